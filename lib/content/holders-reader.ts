// Reading every holder of the product page's list. The list is virtualized (PORTALS.md §2): only
// rows near the scroll position are in the DOM while `aria-rowcount` keeps the full size, so the
// list is scrolled window by window until every row was seen; a row missing from one window proves
// nothing. The reading is complete only when as many rows were seen as the list says it holds.
// The admin's scroll position is restored afterwards.
import { findControl } from '../portals/admin-center/controls';
import {
  holderColumns,
  holdersGrid,
  holderTotal,
  readGroupRow,
  readHolderRow,
  renderedHolderRows,
  type PageGroup,
  type PageHolder,
} from '../portals/admin-center/holders';
import { isFound } from '../portals/lookup';
import { adminCenterProductSkuId } from '../portals/routes';
import type { HoldersRead } from '../messages';
import { isTabSelected, readAssignedCount } from './run-page/page-state';
import { waitFor } from './run-page/wait';

export type ListRead<T> = {
  items: T[];
  /** Rows the list says it holds, when it says so. */
  total?: number;
  /** Every row was seen (and the list was not filtered by its search box). */
  complete: boolean;
};

export type ReadOptions = { signal?: AbortSignal; stepTimeoutMs?: number };

function scrollerOf(grid: Element): HTMLElement | undefined {
  const inside = grid.querySelector('[data-is-scrollable="true"]');
  const around = grid.closest('[data-is-scrollable="true"]');
  return (inside ?? around ?? grid.ownerDocument.scrollingElement ?? undefined) as HTMLElement | undefined;
}

/** The list is narrowed by its own search box: what it shows is not everyone. */
function isFiltered(doc: Document): boolean {
  const box = findControl(doc, 'searchBox');
  return isFound(box) && ((box.element as HTMLInputElement).value ?? '').trim() !== '';
}

/** Where to scroll so that the first row not seen yet (by aria-rowindex) comes into the DOM. */
function nextTop(scroller: HTMLElement, total: number, firstUnseen: number): number {
  const rowHeight = scroller.scrollHeight > 0 ? scroller.scrollHeight / Math.max(1, total) : 0;
  // aria-rowindex 2 is the first data row: row p starts (p - 2) rows down.
  const byRows = Math.floor((firstUnseen - 2) * rowHeight);
  if (rowHeight > 0 && byRows > scroller.scrollTop) return byRows;
  return scroller.scrollTop + Math.max(1, Math.floor(scroller.clientHeight * 0.8));
}

async function readList<T>(
  doc: Document,
  win: Window,
  read: (row: Element, grid: Element) => T | undefined,
  { signal, stepTimeoutMs = 2_000 }: ReadOptions,
): Promise<ListRead<T>> {
  const grid = holdersGrid(doc);
  if (!grid) return { items: [], complete: false };
  const seen = new Map<number | string, T>();
  let firstUnseen = 2;
  const collect = (): void => {
    const current = holdersGrid(doc) ?? grid;
    for (const { position, row } of renderedHolderRows(current)) {
      const key = Number.isNaN(position) ? `row:${seen.size}` : position;
      if (seen.has(key)) continue;
      const item = read(row, current);
      if (item !== undefined) seen.set(key, item);
    }
    while (seen.has(firstUnseen)) firstUnseen++;
  };
  const filtered = isFiltered(doc);
  const total = holderTotal(grid);
  collect();
  // A list that does not say its size is not virtualized: what is drawn is all there is.
  if (total === undefined || seen.size >= total) {
    return { items: [...seen.values()], ...(total !== undefined ? { total } : {}), complete: !filtered };
  }
  const scroller = scrollerOf(grid);
  if (!scroller) return { items: [...seen.values()], total, complete: false };
  const start = scroller.scrollTop;
  const signature = () =>
    renderedHolderRows(holdersGrid(doc) ?? grid)
      .map((r) => r.position)
      .join(',');
  const scrollTo = async (top: number): Promise<boolean> => {
    const before = signature();
    const from = scroller.scrollTop;
    scroller.scrollTop = top;
    if (scroller.scrollTop === from) return false; // the end of the scroll range
    scroller.dispatchEvent(new (win as Window & typeof globalThis).Event('scroll'));
    // A list that draws nothing new for the new position has stopped: the reading stays incomplete.
    const redrawn = await waitFor(doc, win, () => signature() !== before, {
      timeoutMs: stepTimeoutMs,
      signal,
      pollMs: 50,
    });
    return redrawn === true;
  };
  try {
    if (start > 0) await scrollTo(0);
    for (;;) {
      collect();
      if (seen.size >= total) break;
      if (!(await scrollTo(nextTop(scroller, total, firstUnseen)))) break;
    }
  } finally {
    if (scroller.scrollTop !== start) scroller.scrollTop = start;
  }
  return { items: [...seen.values()], total, complete: !filtered && seen.size >= total };
}

export function readHolders(doc: Document, win: Window, options: ReadOptions = {}): Promise<ListRead<PageHolder>> {
  let columns: ReturnType<typeof holderColumns> | undefined;
  return readList(doc, win, (row, grid) => readHolderRow(row, (columns ??= holderColumns(grid))), options);
}

export function readGroups(doc: Document, win: Window, options: ReadOptions = {}): Promise<ListRead<PageGroup>> {
  let columns: ReturnType<typeof holderColumns> | undefined;
  return readList(doc, win, (row, grid) => readGroupRow(row, (columns ??= holderColumns(grid))), options);
}

/**
 * The holders of the product page showing now, for the background's cache. Only the Users tab
 * lists holders: on another tab (or another page) the reading says it is incomplete.
 */
export async function holdersOfPage(doc: Document, win: Window, url: URL): Promise<HoldersRead> {
  const skuId = adminCenterProductSkuId(url);
  const usersShown = isFound(findControl(doc, 'usersTab')) ? isTabSelected(doc, 'users') : true;
  if (!skuId || !usersShown) return { ...(skuId ? { skuId } : {}), holders: [], complete: false };
  const read = await readHolders(doc, win);
  const assigned = readAssignedCount(doc, url);
  return {
    skuId,
    holders: read.items,
    ...(read.total !== undefined ? { total: read.total } : {}),
    complete: read.complete,
    ...(assigned !== undefined ? { assigned } : {}),
  };
}
