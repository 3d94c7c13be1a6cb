// The run's short summary file: one line per figure (what, how many), written like the report
// (BOM, the input's delimiter, formula-safe cells) so it opens in the same spreadsheet.
import { localTime, neutralize, quote } from './report-csv';
import type { RunTally } from './tally';

export type TallyLine =
  | 'product'
  | 'file'
  | 'status'
  | 'started'
  | 'ended'
  | 'minutes'
  | 'total'
  | 'done'
  | 'alreadyHeld'
  | 'failed'
  | 'skipped'
  | 'cancelled'
  | 'open'
  | 'seatsBefore'
  | 'seatsAfter';

export type TallyCsvOptions = {
  delimiter: ',' | ';' | '\t';
  product: string;
  fileName: string;
  startedAt?: number;
  endedAt?: number;
  /** Localized names of the lines (TallyLine), of `status_<status>` and of the failure codes. */
  label: (code: string) => string;
};

export function exportTallyCsv(t: RunTally, o: TallyCsvOptions): string {
  const lines: [string, string][] = [
    [o.label('product'), o.product],
    [o.label('file'), o.fileName],
    [o.label('status'), o.label(`status_${t.status}`)],
  ];
  if (o.startedAt !== undefined) lines.push([o.label('started'), localTime(o.startedAt)]);
  if (o.endedAt !== undefined) lines.push([o.label('ended'), localTime(o.endedAt)]);
  if (t.tookMs !== undefined) lines.push([o.label('minutes'), String(Math.round(t.tookMs / 60_000))]);
  const counts: (keyof RunTally & TallyLine)[] = ['total', 'done', 'alreadyHeld', 'failed'];
  for (const k of counts) lines.push([o.label(k), String(t[k])]);
  for (const f of t.failedBy) lines.push([`${o.label('failed')}: ${o.label(f.code)}`, String(f.count)]);
  lines.push([o.label('skipped'), String(t.skipped)]);
  if (t.cancelled) lines.push([o.label('cancelled'), String(t.cancelled)]);
  if (t.open) lines.push([o.label('open'), String(t.open)]);
  if (t.seatsBefore !== undefined) lines.push([o.label('seatsBefore'), String(t.seatsBefore)]);
  if (t.seatsAfter !== undefined) lines.push([o.label('seatsAfter'), String(t.seatsAfter)]);
  const text = lines.map((cells) => cells.map((c) => quote(neutralize(c), o.delimiter)).join(o.delimiter));
  return '\uFEFF' + text.join('\r\n') + '\r\n';
}
