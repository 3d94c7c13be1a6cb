// Who holds a product, as its page lists them: the Users tab shows each holder with how the license
// came (directly and/or through groups: the "Assigned through" column), the Groups tab each group
// with its member count. Pure reads of the rows in the DOM now; the list is virtualized, so a
// reader scrolls (lib/content/holders-reader.ts) until every row of `aria-rowcount` was seen.
import { labelSets, type LabelTable } from '../labels';
import { cellOf, findColumn, gridRows, type GridColumn } from '../grid';
import { anyLabelIn, normalizeLabel, textSegments, visibleText } from '../text';
import { mainRegion } from './controls';
import { PRODUCT_GRIDS } from './selectors';

export type HolderLabel = 'assignedThroughColumn' | 'direct' | 'membersColumn' | 'nameColumn';

/** [INF] The column's wording is not documented (PORTALS.md §7); Graph calls it assignedByGroup. */
export const HOLDER_LABELS: LabelTable<HolderLabel> = {
  en: {
    assignedThroughColumn: ['Assigned through', 'Assignment paths', 'Assigned via', 'Assignment path'],
    direct: ['Direct', 'Directly assigned', 'Assigned directly'],
    membersColumn: ['Members', 'Member count'],
    nameColumn: ['Name', 'Display name', 'Group name'],
  },
  nl: {
    assignedThroughColumn: ['Toegewezen via', 'Toewijzingspaden'],
    direct: ['Rechtstreeks', 'Direct toegewezen', 'Direct'],
    membersColumn: ['Leden', 'Aantal leden'],
    nameColumn: ['Naam', 'Weergavenaam', 'Groepsnaam'],
  },
  de: {
    assignedThroughColumn: ['Zugewiesen über', 'Zuweisungspfade'],
    direct: ['Direkt', 'Direkt zugewiesen'],
    membersColumn: ['Mitglieder', 'Anzahl Mitglieder'],
    nameColumn: ['Name', 'Anzeigename', 'Gruppenname'],
  },
  fr: {
    assignedThroughColumn: ['Attribuée via', 'Attribué via', "Chemins d'attribution"],
    direct: ['Directe', 'Direct', 'Attribution directe'],
    membersColumn: ['Membres', 'Nombre de membres'],
    nameColumn: ['Nom', "Nom d'affichage", 'Nom du groupe'],
  },
};

const holderLabels = labelSets(HOLDER_LABELS);
/** "Direct" in any locale: a page may mix languages (an admin's locale vs. the tenant's data). */
export const DIRECT_LABELS: ReadonlySet<string> = holderLabels.set('direct');

/** Column keys that say how a license is held, for lists whose headers are not found by label. */
const PATH_CELL_KEYS = ['assignedthrough', 'assignmentpaths', 'assignedvia'];

/** One holder as the Users tab lists them. */
export type PageHolder = {
  /** The holder's address (UPN or mail) as shown, when the row shows one. */
  address?: string;
  name?: string;
  /** Holds the license directly (true), only through groups (false); undefined when the list does not say. */
  direct?: boolean;
  /** The groups the license comes through. */
  groups: string[];
};

export type PageGroup = { name: string; address?: string; members?: number };

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function holdersGrid(doc: Document): Element | undefined {
  const scope = mainRegion(doc) ?? doc;
  for (const selector of PRODUCT_GRIDS) {
    const grid = scope.querySelector(selector);
    if (grid) return grid;
  }
  return undefined;
}

/** Data rows the list holds in all (aria-rowcount counts the header row); undefined when it does not say. */
export function holderTotal(grid: Element): number | undefined {
  const n = Number(grid.getAttribute('aria-rowcount'));
  return Number.isInteger(n) && n > 0 ? n - 1 : undefined;
}

/** A row's place in the whole list (aria-rowindex: 2 for the first data row), NaN when unmarked. */
export function rowPosition(row: Element): number {
  return Number(row.getAttribute('aria-rowindex') ?? NaN);
}

export type HolderColumns = { through?: GridColumn; name?: GridColumn; members?: GridColumn };

export function holderColumns(grid: Element): HolderColumns {
  const through = findColumn(grid, holderLabels.set('assignedThroughColumn'));
  const name = findColumn(grid, holderLabels.set('nameColumn'));
  const members = findColumn(grid, holderLabels.set('membersColumn'));
  return { ...(through ? { through } : {}), ...(name ? { name } : {}), ...(members ? { members } : {}) };
}

function pathCell(row: Element, columns: HolderColumns): Element | undefined {
  if (columns.through) return cellOf(row, columns.through);
  for (const cell of row.querySelectorAll('[data-automation-key]')) {
    if (PATH_CELL_KEYS.includes((cell.getAttribute('data-automation-key') ?? '').toLowerCase())) return cell;
  }
  return undefined;
}

/** How the license is held, from the "Assigned through" cell: "Direct" and/or group names. */
export function holdingPaths(cell: Element | undefined): { direct?: boolean; groups: string[] } {
  if (!cell) return { groups: [] };
  const parts = textSegments(cell)
    .flatMap((t) => t.split(/[,;]/))
    .map((t) => t.trim())
    .filter(Boolean);
  if (parts.length === 0) return { groups: [] };
  const groups = parts.filter((p) => !DIRECT_LABELS.has(normalizeLabel(p)));
  return { direct: anyLabelIn(parts, DIRECT_LABELS), groups };
}

/** One row of the Users tab. Undefined for a row that names nobody (a header or a placeholder). */
export function readHolderRow(row: Element, columns: HolderColumns = {}): PageHolder | undefined {
  const texts = textSegments(row);
  const address = texts.find((t) => ADDRESS.test(t));
  const nameCell = columns.name ? cellOf(row, columns.name) : undefined;
  const name = (nameCell && visibleText(nameCell)) || texts.find((t) => !ADDRESS.test(t));
  if (!address && !name) return undefined;
  const paths = holdingPaths(pathCell(row, columns));
  return {
    ...(address ? { address } : {}),
    ...(name ? { name } : {}),
    ...(paths.direct !== undefined ? { direct: paths.direct } : {}),
    groups: paths.groups,
  };
}

/** One row of the Groups tab: its name, address and member count where shown. */
export function readGroupRow(row: Element, columns: HolderColumns = {}): PageGroup | undefined {
  const texts = textSegments(row);
  const nameCell = columns.name ? cellOf(row, columns.name) : undefined;
  const name = (nameCell && visibleText(nameCell)) || texts.find((t) => !ADDRESS.test(t));
  if (!name) return undefined;
  const address = texts.find((t) => ADDRESS.test(t));
  const membersCell = columns.members ? cellOf(row, columns.members) : undefined;
  const digits = membersCell ? visibleText(membersCell).replace(/[\s.,\u00a0\u202f']/g, '') : '';
  const members = /^\d+$/.test(digits) ? Number(digits) : undefined;
  return { name, ...(address ? { address } : {}), ...(members !== undefined ? { members } : {}) };
}

/** The data rows in the DOM now, each with its place in the list. */
export function renderedHolderRows(grid: Element): { position: number; row: Element }[] {
  return gridRows(grid).map((row) => ({ position: rowPosition(row), row }));
}
