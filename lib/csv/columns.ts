// Which column means what: by header (aliases in four languages), by the admin's override, or,
// for a file without a header, by what the first row holds.
import type { ColumnRole, CsvColumn, CsvProblem } from './types';
import { roleOfHeader, foldHeader } from './header-aliases';
import { cleanAddress, isAddress } from './address';
import { headerName, knownFileOf, knownFileRoles, type KnownFile } from './known-files';

/** The admin's override: a role per column index, or per header text. `null` ignores a column. */
export type ColumnMapping = (ColumnRole | null)[] | Record<string, ColumnRole | null>;

export type ColumnPlan = { columns: CsvColumn[]; hasHeader: boolean; problems: CsvProblem[]; knownFile?: KnownFile };

/** Spreadsheet column letters (A, B, ... Z, AA) name columns that have no header. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function looksLikeAddress(cell: string | undefined): boolean {
  return !!cell && isAddress(cleanAddress(cell.trim()));
}

/** Share of sample cells in a column that are addresses. */
function addressShare(sample: string[][], index: number): number {
  let filled = 0;
  let addresses = 0;
  for (const row of sample) {
    const cell = row[index]?.trim();
    if (!cell) continue;
    filled++;
    if (looksLikeAddress(cell)) addresses++;
  }
  return filled === 0 ? 0 : addresses / filled;
}

/** Keeps the first column of each role; later ones are ignored with a warning. */
function dedupeRoles(columns: CsvColumn[], problems: CsvProblem[]): void {
  const seen = new Set<ColumnRole>();
  columns.forEach((c, i) => {
    if (!c.role) return;
    if (seen.has(c.role)) {
      problems.push({
        severity: 'warning',
        code: 'duplicateColumn',
        column: c.header || columnLetter(i),
        params: [c.header || columnLetter(i)],
      });
      c.role = null;
    } else seen.add(c.role);
  });
}

function applyOverride(columns: CsvColumn[], mapping: ColumnMapping): void {
  if (Array.isArray(mapping)) {
    columns.forEach((c, i) => {
      if (i < mapping.length) c.role = mapping[i] ?? null;
    });
    return;
  }
  const byHeader = new Map(Object.entries(mapping).map(([h, r]) => [foldHeader(h), r]));
  for (const c of columns) {
    const role = byHeader.get(foldHeader(c.header));
    if (role !== undefined) c.role = role;
  }
}

/**
 * Plans the columns from the first row and a few rows after it. A first row with a known header
 * is a header; a first row holding an address (and no known header) is data.
 */
export function planColumns(
  first: string[],
  sample: string[][],
  options: { mapping?: ColumnMapping; hasHeader?: boolean },
): ColumnPlan {
  const problems: CsvProblem[] = [];
  const knownFile = options.hasHeader === false ? undefined : knownFileOf(first.map((c) => c.trim()));
  if (knownFile) {
    const roles = knownFileRoles(knownFile, first);
    const columns = first.map((cell, i) => ({ header: cell.trim(), role: roles[i] ?? null }));
    if (options.mapping) applyOverride(columns, options.mapping);
    dedupeRoles(columns, problems);
    return { columns, hasHeader: true, problems, knownFile };
  }
  const known = first.map((cell) => roleOfHeader(headerName(cell.trim())) ?? null);
  const detectedHeader = known.some((r) => r !== null) || !first.some(looksLikeAddress);
  const hasHeader = options.hasHeader ?? detectedHeader;

  let columns: CsvColumn[];
  if (hasHeader) {
    columns = first.map((cell, i) => ({ header: cell.trim(), role: known[i] ?? null }));
  } else {
    const firstAddress = first.findIndex(looksLikeAddress);
    columns = first.map((_, i) => ({ header: '', role: i === firstAddress ? 'user' : null }));
  }

  if (options.mapping) applyOverride(columns, options.mapping);
  dedupeRoles(columns, problems);

  // A header nobody could recognize over a column of addresses: read it as the user column.
  if (!options.mapping && hasHeader && !columns.some((c) => c.role === 'user' || c.role === 'group')) {
    const candidate = columns.findIndex((c, i) => c.role === null && addressShare(sample, i) >= 0.5);
    if (candidate >= 0) {
      const column = columns[candidate]!;
      column.role = 'user';
      const label = column.header || columnLetter(candidate);
      problems.push({ severity: 'warning', code: 'assumedUserColumn', column: label, params: [label] });
    }
  }
  return { columns, hasHeader, problems };
}
