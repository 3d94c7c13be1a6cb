// Reading group-based licensing in the admin center: each group's licensing status on a product's
// Groups tab, and the members with an issue on the group's "Actions needed" tab (a side panel).
// Columns are found by their header's label; rows as the grid's own rows (lib/portals/grid).
import type { LicenseErrorCategory, MemberLicenseError } from '../../group-route/license-errors';
import { cellOf, findColumn, gridRows } from '../grid';
import { labelSets } from '../labels';
import { normalizeLabel, spacedText, visibleText } from '../text';
import { GROUP_LICENSE_LABELS, type GroupLicenseLabel } from './group-license-labels';
import { LAYERS, MAIN } from './selectors';

export type GroupLicenseState = 'allAssigned' | 'inProgress' | 'errors';
export type GroupStatusRow = { group: string; state?: GroupLicenseState; text: string };

const labels = labelSets(GROUP_LICENSE_LABELS);
const STATES: readonly GroupLicenseState[] = ['allAssigned', 'inProgress', 'errors'];
const CATEGORIES: readonly (LicenseErrorCategory & GroupLicenseLabel)[] = [
  'notEnoughLicenses',
  'usageLocation',
  'conflictingPlans',
  'missingDependentPlans',
  'proxyAddress',
  'other',
];
const ADDRESS = /[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+/;

/** The status a text names, in any locale; an unknown text names none (never guessed). */
export function groupLicenseState(text: string): GroupLicenseState | undefined {
  const normalized = normalizeLabel(text);
  return STATES.find((s) => labels.set(s).has(normalized));
}

/** The category an issue text names; text that names none is "other", its words kept for the admin. */
export function licenseErrorCategory(text: string): LicenseErrorCategory {
  const normalized = normalizeLabel(text);
  return CATEGORIES.find((c) => labels.set(c).has(normalized)) ?? 'other';
}

function grids(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll('[role=grid], [role=table], table'));
}

/** The first cell of a row that names its item (a row header where the grid marks one). */
function nameCell(row: Element): Element | undefined {
  return row.querySelector('[role=rowheader]') ?? row.querySelector('[role=gridcell], [role=cell], td') ?? undefined;
}

/** Each group listed with a licensing status column (the product page's Groups tab). */
export function readGroupStatuses(doc: Document): GroupStatusRow[] {
  const main = doc.querySelector(MAIN) ?? doc.body;
  const out: GroupStatusRow[] = [];
  for (const grid of grids(main)) {
    const status = findColumn(grid, labels.set('statusColumn'));
    if (!status) continue;
    for (const row of gridRows(grid)) {
      const name = nameCell(row);
      const cell = cellOf(row, status);
      if (!name || !cell || name === cell) continue;
      const text = visibleText(cell);
      const state = groupLicenseState(text);
      out.push({ group: visibleText(name), text, ...(state ? { state } : {}) });
    }
  }
  return out;
}

/** Members with a licensing issue, from a grid with an issue column in an open panel. */
export function readLicenseIssues(doc: Document): MemberLicenseError[] {
  const out: MemberLicenseError[] = [];
  // Layers nest (a dialog inside its .ms-Layer): each grid once.
  const inLayers = new Set(Array.from(doc.querySelectorAll(LAYERS)).flatMap(grids));
  {
    for (const grid of inLayers) {
      const issue = findColumn(grid, labels.set('issueColumn'));
      if (!issue) continue;
      for (const row of gridRows(grid)) {
        const cell = cellOf(row, issue);
        const who = nameCell(row);
        if (!cell || !who || who === cell) continue;
        const whole = spacedText(row);
        const member = ADDRESS.exec(whole)?.[0] ?? visibleText(who);
        const text = visibleText(cell);
        out.push({ member, category: licenseErrorCategory(text), text });
      }
    }
  }
  return out;
}
