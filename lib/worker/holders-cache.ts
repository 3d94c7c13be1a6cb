// Who holds which product, as product pages listed them: one entry per product with the time it
// was read, turned into pre-flight's known holders. Holders of products that include the run's
// product (E5 includes Power BI Pro) count when their page was read too. Pure: the browser side is
// in holders-refresh.ts.
import { productsCovering, type Catalog } from '../catalog';
import type { HoldersRead } from '../messages';
import type { KnownHolder } from '../preflight/types';

export type CachedHolder = { key: string; direct?: boolean; groups: string[] };
export type CachedHolders = {
  at: number;
  complete: boolean;
  total?: number;
  assigned?: number;
  holders: CachedHolder[];
};

/** A reading is refreshed when older than this (before a run starts and before each batch). */
export const HOLDERS_MAX_AGE_MS = 3 * 60_000;

export function cacheEntryOf(read: HoldersRead, at: number): CachedHolders {
  const holders: CachedHolder[] = [];
  for (const h of read.holders) {
    const key = h.address ?? h.name;
    if (!key) continue;
    holders.push({ key, ...(h.direct !== undefined ? { direct: h.direct } : {}), groups: h.groups });
  }
  return {
    at,
    complete: read.complete,
    ...(read.total !== undefined ? { total: read.total } : {}),
    ...(read.assigned !== undefined ? { assigned: read.assigned } : {}),
    holders,
  };
}

/** Recent enough, and the page's assigned count (when known) has not moved since. */
export function isFresh(entry: CachedHolders | undefined, now: number, assignedNow?: number): boolean {
  if (!entry || now - entry.at >= HOLDERS_MAX_AGE_MS) return false;
  return assignedNow === undefined || entry.assigned === undefined || entry.assigned === assignedNow;
}

function viaOf(h: CachedHolder): Pick<KnownHolder, 'via' | 'groups'> {
  if (h.direct === undefined) return h.groups.length ? { groups: h.groups } : {};
  return { via: h.direct ? 'direct' : 'group', ...(h.groups.length ? { groups: h.groups } : {}) };
}

/**
 * Pre-flight's known holders for `skuId`, or undefined when its page was never read. Holders of
 * covering products are added only when the product's own list was read whole: a user known by
 * another product alone then truly does not hold this one.
 */
export function knownHoldersFrom(
  cache: Record<string, CachedHolders>,
  skuId: string,
  catalog: Catalog,
): KnownHolder[] | undefined {
  const sku = skuId.toLowerCase();
  const own = cache[sku];
  if (!own) return undefined;
  const byKey = new Map<string, KnownHolder>();
  for (const h of own.holders) byKey.set(h.key.toLowerCase(), { key: h.key, skuIds: [sku], ...viaOf(h) });
  if (!own.complete) return [...byKey.values()];
  for (const other of productsCovering(catalog, sku)) {
    for (const h of cache[other.skuId]?.holders ?? []) {
      const known = byKey.get(h.key.toLowerCase());
      if (known) known.skuIds.push(other.skuId);
      else byKey.set(h.key.toLowerCase(), { key: h.key, skuIds: [other.skuId] });
    }
  }
  return [...byKey.values()];
}
