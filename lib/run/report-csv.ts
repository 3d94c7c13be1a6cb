// The report as a CSV file: UTF-8 with a BOM (so Excel reads it right), the input's delimiter,
// RFC 4180 quoting, and every cell neutralized against formula injection (OWASP). Times are local,
// written as Excel reads a date and time in every locale; the admin's own columns follow ours.
import type { ReportRow } from './report';

export type ReportColumn =
  'row' | 'id' | 'kind' | 'outcome' | 'reason' | 'message' | 'time' | 'batch' | 'action' | 'from' | 'name';
/** Columns added later come last: the earlier columns keep their places. */
export const REPORT_COLUMNS: readonly ReportColumn[] = [
  'row',
  'id',
  'kind',
  'outcome',
  'reason',
  'message',
  'time',
  'batch',
  'action',
  'from',
  'name',
];

export type CsvExportOptions = {
  delimiter: ',' | ';' | '\t';
  /** Localized header labels; the column codes otherwise. */
  headers?: Partial<Record<ReportColumn, string>>;
  /** Localizes the outcome and reason codes; the codes are written as they are otherwise. */
  label?: (code: string) => string;
  /** The file's own rows (numbered from 1 as the report's rows are) and its header: carried through. */
  source?: { header: readonly string[]; rows: readonly (readonly string[] | undefined)[] };
};

const BOM = '\uFEFF';

/** Returns the file's text, BOM first; write it as UTF-8 (e.g. a Blob of type text/csv;charset=utf-8). */
export function exportReportCsv(rows: readonly ReportRow[], options: CsvExportOptions): string {
  const label = options.label ?? ((code: string) => code);
  const source = options.source;
  const header = [...REPORT_COLUMNS.map((c) => options.headers?.[c] ?? c), ...(source?.header ?? [])];
  const own = (r: ReportRow) => {
    const cells = source?.rows[r.row - 1] ?? [];
    return source ? source.header.map((_, k) => cells[k] ?? '') : [];
  };
  const lines = [header, ...rows.map((r) => [...cellsOf(r, label), ...own(r)])].map((cells) =>
    cells.map((c) => quote(neutralize(c), options.delimiter)).join(options.delimiter),
  );
  return BOM + lines.join('\r\n') + '\r\n';
}

function cellsOf(r: ReportRow, label: (code: string) => string): string[] {
  return [
    String(r.row),
    r.id,
    r.kind === undefined ? '' : label(r.kind),
    label(r.outcome),
    r.reason === undefined ? '' : label(r.reason),
    r.message ?? '',
    r.at === undefined ? '' : localTime(r.at),
    r.batch === undefined ? '' : String(r.batch),
    r.action === undefined ? '' : label(r.action),
    r.from ?? '',
    r.name ?? '',
  ];
}

const two = (n: number) => String(n).padStart(2, '0');

/** Local time as `yyyy-mm-dd hh:mm:ss`: Excel takes it for a date and time whatever its language. */
export function localTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** A spreadsheet may run a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutralize(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a cell holding the delimiter, a quote, CR or LF; double the quotes inside. */
export function quote(cell: string, delimiter: string): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell);
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}
