// The browser side of the holders cache: ask the tab's content script to read the product page's
// holders when the cached reading is missing or stale, and keep it per product.
import { holdersReadSchema } from '../messages';
import { sendToTab } from '../send';
import { holdersCacheItem } from '../storage';
import { cacheEntryOf, isFresh, type CachedHolders } from './holders-cache';

/** Reading 2,000 holders takes a few seconds; a page that does not answer in this time is left unread. */
const READ_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

/** The cache, with `skuId` read again from the tab first when it is stale (and the tab shows it). */
export async function refreshHolders(
  tabId: number,
  skuId: string,
  assignedNow?: number,
  now = Date.now(),
): Promise<Record<string, CachedHolders>> {
  const cache = await holdersCacheItem.getValue();
  const sku = skuId.toLowerCase();
  if (isFresh(cache[sku], now, assignedNow)) return cache;
  let answer: unknown;
  try {
    answer = await withTimeout(sendToTab<'readHolders'>(tabId, { type: 'readHolders' }), READ_TIMEOUT_MS);
  } catch {
    return cache; // no content script on the tab (yet): nothing read
  }
  const parsed = holdersReadSchema.safeParse(answer);
  if (!parsed.success || parsed.data.skuId?.toLowerCase() !== sku) return cache;
  if (!parsed.data.complete && parsed.data.holders.length === 0) return cache;
  const next = { ...(await holdersCacheItem.getValue()), [sku]: cacheEntryOf(parsed.data, Date.now()) };
  await holdersCacheItem.setValue(next);
  return next;
}
