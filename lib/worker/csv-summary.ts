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
  /** What was read in a way worth knowing (a country name read as its code, a Microsoft file recognized). */
  infos: number;
  problems: CsvProblem[];
  /** The other encoding the file could be read with, offered as one click. */
  encodingAlternative?: CsvEncoding;
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function summarizeCsv(fileName: string, loadedAt: string, result: ParseCsvResult): CsvSummary {
  const counts = { users: 0, guests: 0, groups: 0 };
  for (const t of result.targets) {
    if (t.kind === 'user') counts.users++;
    else if (t.kind === 'guest') counts.guests++;
    else counts.groups++;
  }
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const p of result.problems) bySeverity[p.severity]++;
  // Errors first, then warnings, then information, each by row: the first screen shows what blocks rows.
  const problems = [...result.problems]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0))
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
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    problems,
    ...(result.encodingAlternative ? { encodingAlternative: result.encodingAlternative } : {}),
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
