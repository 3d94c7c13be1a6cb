// The product page's list of holders (a Fluent DetailsList, virtualized: PORTALS.md §2) and the
// ways to a product's page: the page knowledge a run needs to go through the list, kept here.
import { anyLabelIn, textSegments } from '../text';
import { mainRegion } from './controls';
import { adminCenterLabels } from './labels';
import { DETAILS_ROW, LEFT_NAV, ROW_CHECK } from './selectors';

const GRID = '[data-automationid="DetailsList"] [role=grid], [role=grid]';
/** Rows of any ARIA grid, the header row (aria-rowindex 1) left out. */
const ARIA_ROWS = '[role=row]:not([aria-rowindex="1"])';
/** Fluent marks the element a list scrolls in. */
const SCROLLABLE = '[data-is-scrollable="true"]';
/** Cells that say how a license is held, by their column key [INF: "Assigned through"]. */
const PATH_CELL =
  '[data-automation-key="assignedThrough" i], [data-automation-key="assignedVia" i], [data-automation-key="assignmentPaths" i]';

/** The list of the page's main region. */
export function listGrid(doc: Document): Element | undefined {
  return (mainRegion(doc) ?? doc).querySelector(GRID) ?? undefined;
}

/** The data rows in the DOM now (the header row left out). */
export function renderedRows(scope: ParentNode): Element[] {
  const rows = Array.from(scope.querySelectorAll(DETAILS_ROW));
  return rows.length > 0
    ? rows
    : Array.from(scope.querySelectorAll(ARIA_ROWS)).filter((r) => !r.querySelector('[role=columnheader]'));
}

/** The element the list scrolls in (its own, around it, or the page). */
export function scrollerOf(grid: Element): HTMLElement | undefined {
  const inside = grid.querySelector(SCROLLABLE);
  const around = grid.closest(SCROLLABLE);
  return (inside ?? around ?? grid.ownerDocument.scrollingElement ?? undefined) as HTMLElement | undefined;
}

/** The row's check box (or undefined when the row carries the selection itself). */
export function rowCheck(row: Element): Element | undefined {
  return row.querySelector(ROW_CHECK) ?? undefined;
}

export type Holding = 'direct' | 'groupOnly' | 'unknown';

/** Direct, through groups only, or unknown when the list has no "Assigned through" column. */
export function holdingOf(row: Element): Holding {
  const cell = row.querySelector(PATH_CELL);
  if (!cell) return 'unknown';
  const parts = textSegments(cell)
    .flatMap((t) => t.split(/[,;]/))
    .map((t) => t.trim())
    .filter(Boolean);
  if (parts.length === 0) return 'unknown';
  return anyLabelIn(parts, adminCenterLabels.set('directAssignment')) ? 'direct' : 'groupOnly';
}

/** Where the admin can go to the product: its link on the Licenses page, else the nav's Licenses link. */
export function wayToProduct(doc: Document, skuId: string): Element | undefined {
  const sku = skuId.toLowerCase();
  for (const a of doc.querySelectorAll('a[href*="licensedetailpage" i]')) {
    if ((a.getAttribute('href') ?? '').toLowerCase().includes(sku) && !a.closest('[data-license-pilot]')) return a;
  }
  return doc.querySelector(`${LEFT_NAV} a[href$="#/licenses" i]`) ?? undefined;
}
