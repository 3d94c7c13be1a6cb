// Checking on the product page which targets hold the product: each one through the list's own
// search box (the list is virtualized: a row missing from the DOM proves nothing), then the counts.
import type { RunTurn } from '../../messages';
import { setReactInputValue, targetMatch } from '../../portals/admin-center/actions';
import { findControl, mainRegion } from '../../portals/admin-center/controls';
import { isFound } from '../../portals/lookup';
import { textSegments } from '../../portals/text';
import { renderedRows } from '../../portals/admin-center/list-parts';
import type { RunTarget } from '../../run/types';
import { missing, url } from './act';
import type { ActionContext } from './context';
import { readAssignedCount, type ListTab } from './page-state';
import { ensureProductPage, reloadProductPage, selectTab } from './steps-nav';
import { waitFor } from './wait';
import { whoOf, type Who } from './who';

/** The rows the page's list shows now (outside panes). */
function listRows(doc: Document): Element[] {
  const scope = mainRegion(doc) ?? doc;
  return renderedRows(scope);
}

/** A row names the target: by address; by name only for targets known by name alone. */
export function listShows(doc: Document, who: Who): boolean {
  const hasAddress = !!(who.upn || who.mail);
  return listRows(doc).some((row) => {
    const m = targetMatch(textSegments(row), who);
    return m === 'address' || (m === 'name' && !hasAddress);
  });
}

function searchBox(doc: Document): HTMLInputElement | undefined {
  const found = findControl(doc, 'searchBox');
  return isFound(found) ? (found.element as HTMLInputElement) : undefined;
}

/** Searches the list for the target; true once a row names it, false when none did within `timeoutMs`. */
async function searchFor(ctx: ActionContext, who: Who, timeoutMs: number): Promise<boolean> {
  const first = searchBox(ctx.doc);
  if (!first) throw missing('verify', 'searchBox');
  const found = await waitFor(
    ctx.doc,
    ctx.win,
    () => {
      // A re-render (the list reloading after Assign) brings a new, empty box: type again.
      const box = searchBox(ctx.doc);
      if (box && box.value !== who.query) setReactInputValue(box, who.query);
      return listShows(ctx.doc, who);
    },
    { timeoutMs, signal: ctx.signal, pollMs: 100 },
  );
  return found === true;
}

function clearSearch(doc: Document): void {
  const box = searchBox(doc);
  if (box && box.value !== '') setReactInputValue(box, '');
}

function tabFor(members: { who: RunTarget }[]): ListTab {
  return members.some((m) => m.who.kind === 'group') ? 'groups' : 'users';
}

/** Each target in turn; `timeoutMs` is how long an absent one is waited for. */
async function licensedAmong(ctx: ActionContext, targets: number[], timeoutMs: number): Promise<Map<number, boolean>> {
  const members = (ctx.info?.members ?? []).filter((m) => targets.includes(m.target));
  await selectTab(ctx, tabFor(members), 'verify');
  const out = new Map<number, boolean>();
  try {
    for (const m of members) out.set(m.target, await searchFor(ctx, whoOf(m.who), timeoutMs));
  } finally {
    clearSearch(ctx.doc);
  }
  return out;
}

export async function verify(ctx: ActionContext, batch: number, skuId: string, targets: number[]): Promise<RunTurn> {
  await ensureProductPage(ctx, skuId, 'verify');
  const licensed = await licensedAmong(ctx, targets, ctx.timeouts.verifyMs);
  const results = targets.filter((t) => licensed.has(t)).map((t) => ({ target: t, licensed: licensed.get(t)! }));
  const seatsAfter = readAssignedCount(ctx.doc, url(ctx));
  return ctx.emit({ type: 'verified', batch, results, ...(seatsAfter !== undefined ? { seatsAfter } : {}) });
}

/**
 * After a restart the batch's Assign may or may not have gone through: wait until the portal had
 * time to finish it, load the product page afresh (a list drawn before the click is stale), then read.
 */
export async function reconcile(ctx: ActionContext, batch: number, skuId: string, targets: number[]): Promise<RunTurn> {
  const since = ctx.info?.submittedAt;
  if (since !== undefined) {
    const due = since + ctx.timeouts.settleMs;
    await waitFor(ctx.doc, ctx.win, () => ctx.now() >= due, {
      timeoutMs: Math.max(0, due - ctx.now()) + 50,
      signal: ctx.signal,
      pollMs: 100,
    });
  }
  await reloadProductPage(ctx, skuId);
  await ensureProductPage(ctx, skuId, 'verify');
  const licensed = await licensedAmong(ctx, targets, ctx.timeouts.quietMs);
  return ctx.emit({ type: 'reconciled', batch, licensed: targets.filter((t) => licensed.get(t) === true) });
}
