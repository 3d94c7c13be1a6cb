// Going through every row of the product page's list. The list is virtualized (PORTALS.md §2):
// only rows near the scroll position are in the DOM while `aria-rowcount` keeps the full size, so
// the list is scrolled window by window until its last row was seen. A row missing from one window
// proves nothing; a target missing from a whole pass is not in the list. Ticks survive scrolling
// (unlike the search box, whose filtering drops the selection of rows it hides).
import { listGrid, renderedRows, scrollerOf } from '../../portals/admin-center/list-parts';
import type { ActionContext } from './context';
import { waitFor } from './wait';

export { listGrid, renderedRows } from '../../portals/admin-center/list-parts';

/** Data rows the list holds in all (aria-rowcount counts the header row too); undefined if it does not say. */
export function rowTotal(grid: Element): number | undefined {
  const n = Number(grid.getAttribute('aria-rowcount'));
  return Number.isInteger(n) && n > 0 ? n - 1 : undefined;
}

function rowIndex(row: Element): number {
  return Number(row.getAttribute('aria-rowindex') ?? NaN);
}

/** Every data row of the list has been in the DOM during this pass. */
function seenAll(rows: Element[], total: number | undefined, lastSeen: number): boolean {
  if (total === undefined) return true; // a list that does not say its size is not virtualized
  if (rows.length >= total) return true;
  return lastSeen >= total + 1; // aria-rowindex of the last data row is total + 1
}

/**
 * Visits the rows until `visit` returns true (then true) or every row was visited (then false).
 * The rows in view go first: the row wanted is often still there from the previous action.
 */
export async function scanList(ctx: ActionContext, visit: (row: Element) => boolean): Promise<boolean> {
  const grid = listGrid(ctx.doc);
  if (!grid) return false;
  let rows = renderedRows(grid);
  if (rows.some(visit)) return true;
  const total = rowTotal(grid);
  // Only a list drawn whole is done here; otherwise the pass starts over from the top.
  if (total === undefined || rows.length >= total) return false;
  const scroller = scrollerOf(grid);
  if (!scroller) return false;

  let lastSeen = 0;
  await scrollTo(ctx, grid, scroller, 0);
  for (;;) {
    const current = listGrid(ctx.doc) ?? grid;
    rows = renderedRows(current);
    if (rows.some(visit)) return true;
    lastSeen = Math.max(lastSeen, ...rows.map(rowIndex));
    if (seenAll(rows, rowTotal(current), lastSeen)) return false;
    const last = rows[rows.length - 1];
    const next = last ? offsetIn(scroller, last) : scroller.scrollTop + scroller.clientHeight;
    const target = Math.max(next, scroller.scrollTop + 1);
    const before = scroller.scrollTop;
    await scrollTo(ctx, current, scroller, target);
    if (scroller.scrollTop === before) return false; // the end of the scroll range
  }
}

/** Where a row starts in the scroller's content. */
function offsetIn(scroller: HTMLElement, row: Element): number {
  return row.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

/** Scrolls and waits until the list drew the rows for the new position (or briefly, if it does not redraw). */
async function scrollTo(ctx: ActionContext, grid: Element, scroller: HTMLElement, top: number): Promise<void> {
  const signature = () =>
    renderedRows(listGrid(ctx.doc) ?? grid)
      .map(rowIndex)
      .join(',');
  const before = signature();
  const from = scroller.scrollTop;
  scroller.scrollTop = top;
  if (scroller.scrollTop === from) return;
  await waitFor(ctx.doc, ctx.win, () => signature() !== before, {
    timeoutMs: Math.min(ctx.timeouts.pageMs, 2_000),
    signal: ctx.signal,
    pollMs: 50,
  });
}
