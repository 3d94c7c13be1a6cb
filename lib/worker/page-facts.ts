// The page facts pre-flight works from: the tab's page report, plus who holds the product as its
// page's list showed (read again when stale, unless a run is working on the page).
import { getCatalog } from '../catalog';
import type { PageFacts } from '../preflight/types';
import type { PageReport } from '../portals/types';
import { holdersCacheItem } from '../storage';
import { pageFactsFromReport } from './csv-summary';
import { knownHoldersFrom } from './holders-cache';
import { refreshHolders } from './holders-refresh';

export type HoldersMeta = { count: number; complete: boolean; at: number };

export async function pageFactsWithHolders(
  tabId: number,
  report: PageReport | undefined,
  skuId: string | undefined,
  options: { mayRead: boolean },
): Promise<{ facts: PageFacts; holders?: HoldersMeta }> {
  const facts = pageFactsFromReport(report, skuId);
  const sku = facts.product?.skuId?.toLowerCase();
  if (!sku) return { facts };
  const onItsPage = facts.pageKind === 'product' && report?.portal === 'admin-center';
  const cache =
    onItsPage && options.mayRead
      ? await refreshHolders(tabId, sku, facts.product?.assigned)
      : await holdersCacheItem.getValue();
  const knownHolders = knownHoldersFrom(cache, sku, getCatalog());
  const entry = cache[sku];
  if (!knownHolders || !entry) return { facts };
  return {
    facts: { ...facts, knownHolders },
    holders: { count: entry.holders.length, complete: entry.complete, at: entry.at },
  };
}
