// The run's report: every input row with its outcome, reason, the portal's message, time and batch.
// Rows left out before the run (invalid, duplicate...) are passed in so the report covers the file.
// A reassignment whose `from` lost the license while its own target did not get it says so
// (`reassignPartial`): a freed seat is never lost silently.
import type { TargetAction, TargetKind } from '../csv/types';
import { forEachItem } from './chunked';
import type { RunState, TargetRecord } from './types';

export { exportReportCsv } from './report-csv';

export type ReportOutcome =
  | 'assigned'
  | 'unassigned'
  | 'reassigned'
  /** The `from` user's seat was freed; the target did not get it (see reason and message). */
  | 'reassignPartial'
  /** Held the product already (directly, through a group or a product that includes it): no seat taken. */
  | 'alreadyHeld'
  | 'skipped'
  | 'failed'
  | 'notFound'
  | 'pending';

export type ReportRow = {
  row: number;
  id: string;
  /** The display name the file gives (the report is matched to the source sheet by it too). */
  name?: string;
  kind?: TargetKind;
  action?: TargetAction;
  /** Reassignments: the user the license was taken from. */
  from?: string;
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
  const t = r.target;
  const base: ReportRow = { row: t.row, id: t.id, kind: t.kind, action: t.action, outcome: 'pending' };
  if (t.displayName) base.name = t.displayName;
  if (t.from !== undefined) base.from = t.from;
  if (r.batch > 0) base.batch = r.batch;
  const row = {
    ...base,
    ...(r.freedIn !== undefined && r.status !== 'done' && r.status !== 'assigned' ? partialOf(r) : outcomeOf(r)),
  };
  if (row.outcome !== 'pending' || row.reason !== undefined) row.at = r.at;
  return row;
}

/** Skip reasons that mean the target held the product already (pre-flight's notes, or found in the run). */
const ALREADY_HELD: ReadonlySet<string> = new Set([
  'alreadyHad',
  'alreadyHeld',
  'alreadyHolds',
  'holdsThroughGroup',
  'coveredBy',
]);

/** What a change the portal made is called, by the row's action. */
const MADE: Record<TargetAction, ReportOutcome> = {
  assign: 'assigned',
  unassign: 'unassigned',
  reassign: 'reassigned',
};

/** The seat moved out of `from` and not (yet) into the target. */
function partialOf(r: TargetRecord): Pick<ReportRow, 'outcome' | 'reason' | 'message'> {
  const message = r.failure?.text !== undefined ? { message: r.failure.text } : {};
  if (r.status === 'failed') return { outcome: 'reassignPartial', reason: 'seatFreedAssignFailed', ...message };
  if (r.status === 'skipped') return { outcome: 'reassignPartial', reason: 'seatFreedAssignSkipped' };
  return { outcome: 'pending', reason: 'seatFreed' };
}

function outcomeOf(r: TargetRecord): Pick<ReportRow, 'outcome' | 'reason' | 'message'> {
  const message = r.failure?.text !== undefined ? { message: r.failure.text } : {};
  // A reassignment confirmed in its unassign batch only (the run ended there) freed the seat and no more.
  const made = r.target.action === 'reassign' && r.freedIn === undefined ? undefined : MADE[r.target.action];
  switch (r.status) {
    case 'done':
      return { outcome: made ?? 'pending' };
    case 'assigned':
      // The portal reported success but the run ended before the page confirmed it.
      if (!made) return { outcome: 'reassignPartial', reason: 'seatFreedAssignSkipped' };
      return { outcome: made, reason: 'unverified' };
    case 'skipped':
      if (r.skip && ALREADY_HELD.has(r.skip))
        return r.skip === 'alreadyHad' ? { outcome: 'alreadyHeld' } : { outcome: 'alreadyHeld', reason: r.skip };
      return { outcome: 'skipped', reason: r.skip ?? 'admin' };
    case 'failed':
      if (r.failure?.code === 'notFound') return { outcome: 'notFound', ...message };
      return { outcome: 'failed', reason: r.failure?.code ?? 'portalError', ...message };
    default:
      return { outcome: 'pending' };
  }
}
