// The before-state of an assign batch: before the pane opens, one pass over the product page's list
// says how each member holds the product now (directly, through which groups, or not at all). The
// run keeps the first reading per target, so undo never takes back a license that was there before.
import type { HeldBefore } from '../../run/types';
import type { ActionContext } from './context';
import { showWholeList } from './list-work';
import { assignmentPaths, rowNames } from './list-rows';
import { listGrid, scanList } from './list-scan';
import { waitFor } from './wait';
import { whoOf } from './who';

/** How the list shows `row`'s holder; groups are listed as holding the product themselves. */
function heldIn(row: Element, group: boolean): HeldBefore {
  if (group) return { held: 'direct' };
  const paths = assignmentPaths(row);
  if (!paths) return { held: 'unknown' };
  if (paths.direct) return paths.groups.length ? { held: 'direct', groups: paths.groups } : { held: 'direct' };
  return { held: 'group', groups: paths.groups };
}

/**
 * Reads the members' before-state from the list on the tab shown now and records it; records
 * nothing when the page shows no list (a reading that proves nothing is not a before-state).
 */
export async function recordBefore(ctx: ActionContext, batch: number): Promise<void> {
  const members = ctx.info?.members ?? [];
  if (members.length === 0) return;
  const grid = await waitFor(ctx.doc, ctx.win, () => listGrid(ctx.doc), {
    timeoutMs: ctx.timeouts.quietMs,
    signal: ctx.signal,
  });
  if (!grid) return;
  await showWholeList(ctx);
  const wanted = members.map((m) => ({ target: m.target, who: whoOf(m.who), group: m.who.kind === 'group' }));
  const seen = new Map<number, HeldBefore>();
  await scanList(ctx, (row) => {
    for (const w of wanted) if (!seen.has(w.target) && rowNames(row, w.who)) seen.set(w.target, heldIn(row, w.group));
    return seen.size === wanted.length;
  });
  const results = wanted.map((w) => ({ target: w.target, before: seen.get(w.target) ?? { held: 'none' as const } }));
  await ctx.emit({ type: 'beforeRead', batch, results });
}
