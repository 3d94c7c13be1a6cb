// Checking on the product page that removals took effect: one pass over the whole list per reading
// (a search per target would wait out its full timeout for every target that is rightly gone).
// `licensed` in the events means "the list still shows the target holding the product directly".
import type { RunTurn } from '../../messages';
import type { NextAction } from '../../run/types';
import { StepStop, url } from './act';
import type { ActionContext } from './context';
import { listGrid, renderedRows } from './list-scan';
import { needList, showTab, showWholeList, stillHolding, tabOf } from './list-work';
import { readAssignedCount } from './page-state';
import { ensureProductPage, reloadProductPage } from './steps-nav';
import { waitFor } from './wait';

type Action<K extends NextAction['kind']> = Extract<NextAction, { kind: K }>;

async function readList(ctx: ActionContext, a: Action<'verifyRemoved' | 'reconcileRemoved'>): Promise<Set<number>> {
  await ensureProductPage(ctx, a.skuId, 'verify');
  await showTab(ctx, tabOf(a.flow), 'verify');
  await needList(ctx, 'verify');
  await showWholeList(ctx);
  return stillHolding(ctx, a.flow, a.members);
}

/** Waits for the list to change (a redraw after the removal) or for a short while. */
function listChanged(ctx: ActionContext): Promise<unknown> {
  const before = listGrid(ctx.doc);
  const rows = before ? renderedRows(before).length : -1;
  return waitFor(
    ctx.doc,
    ctx.win,
    () => {
      const now = listGrid(ctx.doc);
      return now !== before || (now !== undefined && renderedRows(now).length !== rows);
    },
    { timeoutMs: ctx.timeouts.quietMs, signal: ctx.signal },
  );
}

export async function verifyRemoved(ctx: ActionContext, a: Action<'verifyRemoved'>): Promise<RunTurn> {
  let holding = await readList(ctx, a);
  // The list may be redrawn a moment after the outcome shows: read again until all are gone or time is up.
  const until = ctx.now() + ctx.timeouts.verifyMs;
  while (holding.size > 0 && ctx.now() < until) {
    await listChanged(ctx);
    holding = await readList(ctx, a);
  }
  const results = a.members.map((m) => ({ target: m.target, licensed: holding.has(m.target) }));
  const seatsAfter = readAssignedCount(ctx.doc, url(ctx));
  return ctx.emit({ type: 'verified', batch: a.batch, results, ...(seatsAfter !== undefined ? { seatsAfter } : {}) });
}

/**
 * After a restart the Unassign may or may not have gone through: wait until the portal had time to
 * finish it, load the product page afresh, then read who still holds the product. A control the
 * page lacks is a plain pause naming it (the batch's own steps are behind it).
 */
export async function reconcileRemoved(ctx: ActionContext, a: Action<'reconcileRemoved'>): Promise<RunTurn> {
  try {
    const since = ctx.info?.submittedAt ?? ctx.now();
    const due = since + ctx.timeouts.settleMs;
    await waitFor(ctx.doc, ctx.win, () => ctx.now() >= due, {
      timeoutMs: Math.max(0, due - ctx.now()) + 50,
      signal: ctx.signal,
      pollMs: 100,
    });
    await reloadProductPage(ctx, a.skuId);
    const holding = await readList(ctx, a);
    return ctx.emit({
      type: 'reconciled',
      batch: a.batch,
      licensed: a.members.map((m) => m.target).filter((t) => holding.has(t)),
    });
  } catch (e) {
    if (e instanceof StepStop && e.event.type === 'controlMissing') {
      return ctx.emit({ type: 'paused', reason: 'controlMissing', text: e.event.control });
    }
    throw e;
  }
}
