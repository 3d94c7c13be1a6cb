// The list of products with seat counts (admin center Licenses page, Azure/Entra All products):
// one grid row per product, counts in columns found by their header labels.
import { combineCounts, parseCountText, type CountText } from './counts';
import { cellOf, findColumn, gridRows, type GridColumn } from './grid';
import type { ProductSeats } from './types';
import { readCountSentence, type SentenceWords } from './sentences';
import { textSegments, visibleText } from './text';

export type ProductGridLabels = {
  name: ReadonlySet<string>;
  available: ReadonlySet<string>;
  assigned: ReadonlySet<string>;
  total: ReadonlySet<string>;
  /** Count sentences a cell may hold instead of a figure ("7 of 10 licenses assigned"). */
  sentences?: readonly SentenceWords[];
};

/** `countColumns`: how many of available/assigned/total the grid's headers name. */
export type ProductGridRead = { found: boolean; countColumns: number; products: ProductSeats[]; missing: string[] };

const SKU_IN_HREF = /(?:licensedetailpage|skuid)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
const LAYERS = '.ms-Layer, [role=dialog], [role=alertdialog], [data-license-pilot]';

type Columns = { name?: GridColumn; available?: GridColumn; assigned?: GridColumn; total?: GridColumn };

function columnsOf(grid: Element, labels: ProductGridLabels): Columns {
  const out: Columns = {};
  for (const kind of ['name', 'available', 'assigned', 'total'] as const) {
    const column = findColumn(grid, labels[kind]);
    if (column) out[kind] = column;
  }
  return out;
}

/** The first grid (selectors in order) that has at least one seat-count column. */
function findProductGrid(scope: ParentNode, gridSelectors: readonly string[], labels: ProductGridLabels) {
  for (const selector of gridSelectors) {
    for (const grid of scope.querySelectorAll(selector)) {
      if (grid.parentElement?.closest(LAYERS)) continue;
      const columns = columnsOf(grid, labels);
      if (columns.available || columns.assigned || columns.total) return { grid, columns };
    }
  }
  return undefined;
}

type CountKind = 'available' | 'assigned' | 'total';
const KINDS: readonly CountKind[] = ['available', 'assigned', 'total'];

/** Each count column's figure; a cell holding a sentence gives every count it states. */
function countsIn(row: Element, columns: Columns, labels: ProductGridLabels, lang: string) {
  const out: Partial<Record<CountKind, CountText>> = {};
  const said: Partial<Record<CountKind, number>> = {};
  for (const kind of KINDS) {
    const column = columns[kind];
    const cell = column ? cellOf(row, column) : undefined;
    if (!cell) continue;
    const text = visibleText(cell);
    const count = parseCountText(text, lang);
    if (count) out[kind] = count;
    else if (labels.sentences) {
      const found = readCountSentence(text, labels.sentences, lang) ?? {};
      for (const k of KINDS) if (found[k] !== undefined) said[k] ??= found[k];
    }
  }
  for (const kind of KINDS) if (said[kind] !== undefined) out[kind] ??= { kind: 'number', value: said[kind] };
  return out;
}

/** Without a name column or link: the first cell whose text is not a count. */
function firstTextCell(row: Element, lang: string): string | undefined {
  for (const cell of row.querySelectorAll('[role=gridcell], [role=rowheader]')) {
    const text = textSegments(cell)[0];
    if (text && !parseCountText(text, lang)) return text;
  }
  return undefined;
}

function productOf(row: Element, columns: Columns, labels: ProductGridLabels, lang: string): ProductSeats | undefined {
  let name: string | undefined;
  let skuId: string | undefined;
  for (const link of row.querySelectorAll('a[href]')) {
    const match = SKU_IN_HREF.exec(link.getAttribute('href') ?? '');
    if (!match) continue;
    skuId = match[1]!.toLowerCase();
    name = textSegments(link).join(' ') || undefined;
    break;
  }
  const nameCell = columns.name ? cellOf(row, columns.name) : undefined;
  name ??= nameCell ? textSegments(nameCell)[0] : undefined;
  name ??= firstTextCell(row, lang);
  if (!name) return undefined;
  const seats = combineCounts(countsIn(row, columns, labels, lang));
  return { name, ...(skuId ? { skuId } : {}), ...seats };
}

/** Products and their counts from the page's product grid, with what could not be read. */
export function readProductGrid(
  scope: ParentNode,
  gridSelectors: readonly string[],
  labels: ProductGridLabels,
  lang: string,
): ProductGridRead {
  const hit = findProductGrid(scope, gridSelectors, labels);
  if (!hit) return { found: false, countColumns: 0, products: [], missing: ['productsGrid'] };
  const products: ProductSeats[] = [];
  const rows = gridRows(hit.grid);
  for (const row of rows) {
    const product = productOf(row, hit.columns, labels, lang);
    if (product) products.push(product);
  }
  const missing: string[] = [];
  if (rows.length === 0) missing.push('productRows');
  else if (products.length === 0) missing.push('productNameColumn');
  if (products.length > 0) {
    if (!products.some((p) => p.total !== undefined)) missing.push('totalCount');
    if (!products.some((p) => p.assigned !== undefined)) missing.push('assignedCount');
    if (!products.some((p) => p.available !== undefined)) missing.push('availableCount');
  }
  const countColumns = [hit.columns.available, hit.columns.assigned, hit.columns.total].filter(Boolean).length;
  return { found: true, countColumns, products, missing };
}
