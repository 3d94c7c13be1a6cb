// Reading ARIA grids (Fluent DetailsList, Azure's azc-grid): columns found by their header's label,
// cells by the header's data-item-key (DetailsList's data-automation-key) or by column position.
import { accessibleName } from './accname';
import { hasLabel, normalizeLabel } from './text';

export type GridColumn = { header: Element; key?: string; index: number };

const CELL = '[role=gridcell], [role=rowheader], [role=columnheader]';

/** Position of a cell in its row: aria-colindex when given, else its place among the row's cells. */
function cellIndex(cell: Element): number {
  const aria = Number(cell.getAttribute('aria-colindex'));
  if (Number.isInteger(aria) && aria > 0) return aria;
  const row = cell.closest('[role=row]') ?? cell.parentElement;
  if (!row) return -1;
  let i = 0;
  for (const other of row.querySelectorAll(CELL)) {
    i += 1;
    if (other === cell) return i;
  }
  return -1;
}

/** The column whose header carries one of the labels (the header's name part first, as Fluent draws it). */
export function findColumn(grid: Element, labels: ReadonlySet<string>): GridColumn | undefined {
  for (const header of grid.querySelectorAll('[role=columnheader]')) {
    const namePart = header.querySelector('.ms-DetailsHeader-cellName');
    const matches = (namePart && labels.has(normalizeLabel(accessibleName(namePart)))) || hasLabel(header, labels);
    if (!matches) continue;
    const key = header.getAttribute('data-item-key') ?? undefined;
    return { header, index: cellIndex(header), ...(key ? { key } : {}) };
  }
  return undefined;
}

/** Data rows: DetailsList rows when marked so, else every row that holds no column header. */
export function gridRows(grid: Element): Element[] {
  const marked = grid.querySelectorAll('[data-automationid="DetailsRow"]');
  if (marked.length > 0) return Array.from(marked);
  return Array.from(grid.querySelectorAll('[role=row]')).filter((row) => !row.querySelector('[role=columnheader]'));
}

/** The row's cell of a column: by automation key first, by position second. */
export function cellOf(row: Element, column: GridColumn): Element | undefined {
  const cells = row.querySelectorAll(CELL);
  if (column.key !== undefined) {
    for (const cell of cells) if (cell.getAttribute('data-automation-key') === column.key) return cell;
  }
  if (column.index < 1) return undefined;
  let position = 0;
  for (const cell of cells) {
    const aria = Number(cell.getAttribute('aria-colindex'));
    position = Number.isInteger(aria) && aria > 0 ? aria : position + 1;
    if (position === column.index) return cell;
  }
  return undefined;
}
