// The run's report: every input row with its outcome, reason, the portal's message, time and batch.
// Rows left out before the run (invalid, duplicate...) are passed in so the report covers the file.
import type { TargetKind } from '../csv/types';
import { forEachItem } from './chunked';
import type { RunState, TargetRecord } from './types';

export { exportReportCsv } from './report-csv';

export type ReportOutcome = 'assigned' | 'alreadyHad' | 'skipped' | 'failed' | 'notFound' | 'pending';

export type ReportRow = {
  row: number;
  id: string;
  kind?: TargetKind;
  outcome: ReportOutcome;
  /** Stable code: why skipped, or what failed (portalError, notVerified, unconfirmed...). */
  reason?: string;
  /** The portal's own words. */
  message?: string;
  at?: number;
  batch?: number;
};

/** A row of the file that never became a target, with the code of why. */
export type ExcludedRow = { row: number; id: string; reason: string };

export function buildReport(s: RunState, excluded: readonly ExcludedRow[] = []): ReportRow[] {
  const rows: ReportRow[] = excluded.map((x) => ({ row: x.row, id: x.id, outcome: 'skipped', reason: x.reason }));
  forEachItem(s.targets, (r) => rows.push(rowOf(r)));
  return rows.sort((a, b) => a.row - b.row);
}

function rowOf(r: TargetRecord): ReportRow {
  const base: ReportRow = { row: r.target.row, id: r.target.id, kind: r.target.kind, outcome: 'pending' };
  if (r.batch > 0) base.batch = r.batch;
  const row = { ...base, ...outcomeOf(r) };
  if (row.outcome !== 'pending') row.at = r.at;
  return row;
}

function outcomeOf(r: TargetRecord): Pick<ReportRow, 'outcome' | 'reason' | 'message'> {
  const message = r.failure?.text !== undefined ? { message: r.failure.text } : {};
  switch (r.status) {
    case 'done':
      return { outcome: 'assigned' };
    case 'assigned':
      // The portal reported success but the run ended before the page confirmed it.
      return { outcome: 'assigned', reason: 'unverified' };
    case 'skipped':
      return r.skip === 'alreadyHad' ? { outcome: 'alreadyHad' } : { outcome: 'skipped', reason: r.skip ?? 'admin' };
    case 'failed':
      if (r.failure?.code === 'notFound') return { outcome: 'notFound', ...message };
      return { outcome: 'failed', reason: r.failure?.code ?? 'portalError', ...message };
    default:
      return { outcome: 'pending' };
  }
}
