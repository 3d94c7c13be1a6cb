// Product cells -> skuId, remembered. A file names few distinct products, so a short list compared
// with === (no hashing of a fresh string per row) serves nearly every look-up.
import type { Catalog } from '../catalog';
import { findProduct } from '../catalog';

const RECENT_PRODUCTS = 8;

export class ProductMemo {
  private readonly recentTexts: string[] = [];
  private readonly recentSkus: (string | null)[] = [];
  private readonly skus = new Map<string, string | null>();

  constructor(private readonly catalog: Catalog) {}

  /** The skuId a cell names, or null when the catalogue does not know it. */
  skuOf(text: string): string | null {
    const recent = this.recentTexts;
    for (let i = 0; i < recent.length; i++) if (recent[i] === text) return this.recentSkus[i]!;
    let sku = this.skus.get(text);
    if (sku === undefined) {
      sku = findProduct(this.catalog, text)?.skuId ?? null;
      this.skus.set(text, sku);
    }
    if (recent.length < RECENT_PRODUCTS) {
      recent.push(text);
      this.recentSkus.push(sku);
    }
    return sku;
  }
}
