// The product catalogue: display name <-> String_Id <-> skuId (GUID), and the service plans each
// product includes, from data/product-catalog.json (Microsoft's table, compacted by
// scripts/update-catalog.mjs; its source address and date are in the file).
import generated from '../../data/product-catalog.json';
import { isGuid, normalizeName } from './normalize';

export { normalizeName, isGuid } from './normalize';

export type CatalogProduct = { name: string; stringId: string; skuId: string; planIds: string[] };
export type Catalog = {
  products: CatalogProduct[];
  bySkuId: Map<string, CatalogProduct>;
  byKey: Map<string, CatalogProduct>;
  /** How many products include each plan: plans in nearly every product say nothing about coverage. */
  planUse: Map<string, number>;
};

type GeneratedCatalog = { plans: string[]; products: [string, string, string, number[]][] };

export function buildCatalog(data: GeneratedCatalog): Catalog {
  const products = data.products.map(([name, stringId, skuId, plans]) => ({
    name,
    stringId,
    skuId,
    planIds: plans.map((i) => data.plans[i] ?? `plan-${i}`),
  }));
  const bySkuId = new Map(products.map((p) => [p.skuId, p]));
  const byKey = new Map<string, CatalogProduct>();
  for (const p of products) {
    // Display names first; a String_Id never overrides a display name that reads the same.
    if (!byKey.has(normalizeName(p.name))) byKey.set(normalizeName(p.name), p);
  }
  for (const p of products) {
    if (!byKey.has(normalizeName(p.stringId))) byKey.set(normalizeName(p.stringId), p);
  }
  const planUse = new Map<string, number>();
  for (const p of products) for (const plan of p.planIds) planUse.set(plan, (planUse.get(plan) ?? 0) + 1);
  return { products, bySkuId, byKey, planUse };
}

let cached: Catalog | undefined;
export function getCatalog(): Catalog {
  cached ??= buildCatalog(generated as unknown as GeneratedCatalog);
  return cached;
}

/** Finds a product by display name, String_Id or skuId (case-, space- and accent-insensitive). */
export function findProduct(catalog: Catalog, text: string): CatalogProduct | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (isGuid(trimmed)) return catalog.bySkuId.get(trimmed.toLowerCase());
  return catalog.byKey.get(normalizeName(trimmed));
}

/** Plans shared by a large part of the catalogue (Exchange Foundation and the like). */
const COMMON_PLAN_SHARE = 0.1;

/** The plans that make a product what it is: its own plans minus the ubiquitous ones. */
export function corePlans(catalog: Catalog, product: CatalogProduct): string[] {
  const limit = catalog.products.length * COMMON_PLAN_SHARE;
  return product.planIds.filter((plan) => (catalog.planUse.get(plan) ?? 0) <= limit);
}

/** Products that include all of the given product's core plans, e.g. E5 and PPU cover Power BI Pro. */
export function productsCovering(catalog: Catalog, skuId: string): CatalogProduct[] {
  const product = catalog.bySkuId.get(skuId.toLowerCase());
  if (!product) return [];
  const core = corePlans(catalog, product);
  if (core.length === 0) return [];
  return catalog.products.filter(
    (other) => other.skuId !== product.skuId && core.every((plan) => other.planIds.includes(plan)),
  );
}

/** Products that include a service plan by name, e.g. 'AAD_PREMIUM' (Microsoft Entra ID P1). */
export function productsWithPlan(catalog: Catalog, planName: string): CatalogProduct[] {
  return catalog.products.filter((p) => p.planIds.includes(planName));
}
