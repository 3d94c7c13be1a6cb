// What the popup is told about a loaded file: counts, columns and problems — not the 100,000 targets.
import type { CsvColumn, CsvEncoding, CsvProblem, ParseCsvResult } from '../csv/types';
import type { PageFacts } from '../preflight/types';
import type { PageReport } from '../portals/types';

/** Problems listed in full; beyond this the popup says how many more there are. */
export const MAX_LISTED_PROBLEMS = 200;

export type CsvSummary = {
  fileName: string;
  loadedAt: string;
  encoding: CsvEncoding;
  delimiter: string;
  hasHeader: boolean;
  columns: CsvColumn[];
  rowCount: number;
  counts: { users: number; guests: number; groups: number };
  errors: number;
  warnings: number;
  problems: CsvProblem[];
};

export function summarizeCsv(fileName: string, loadedAt: string, result: ParseCsvResult): CsvSummary {
  const counts = { users: 0, guests: 0, groups: 0 };
  for (const t of result.targets) {
    if (t.kind === 'user') counts.users++;
    else if (t.kind === 'guest') counts.guests++;
    else counts.groups++;
  }
  let errors = 0;
  for (const p of result.problems) if (p.severity === 'error') errors++;
  // Errors first, then by row, so the first screen shows what blocks rows.
  const problems = [...result.problems]
    .sort((a, b) => (a.severity === b.severity ? (a.row ?? 0) - (b.row ?? 0) : a.severity === 'error' ? -1 : 1))
    .slice(0, MAX_LISTED_PROBLEMS);
  return {
    fileName,
    loadedAt,
    encoding: result.encoding,
    delimiter: result.delimiter,
    hasHeader: result.hasHeader,
    columns: result.columns,
    rowCount: result.rowCount,
    counts,
    errors,
    warnings: result.problems.length - errors,
    problems,
  };
}

/** The page facts pre-flight needs, from a tab's page report and the product chosen for the run. */
export function pageFactsFromReport(report: PageReport | undefined, skuId?: string): PageFacts {
  if (!report) return { pageKind: 'other' };
  const product =
    report.page === 'product'
      ? report.product
      : (report.products.find((p) => skuId && p.skuId === skuId) ??
        (report.products.length === 1 ? report.products[0] : undefined));
  return {
    pageKind: report.page,
    portal: report.portal,
    canAssignHere: report.canAssignHere,
    assignControlFound: report.page === 'product' ? !report.missing.includes('assignLicensesButton') : undefined,
    ...(product ? { product } : {}),
  };
}
