// The run's end in a few figures: what was done, what was already held, what failed and why, what
// was skipped or left undone (a cancelled run), the assigned-seat count before and after, and the
// time taken. One walk over the targets; the side panel, the popup and the summary file read it.
import { forEachItem } from './chunked';
import type { FailureCode, RunState, RunStatus } from './types';

export type RunTally = {
  status: RunStatus;
  total: number;
  /** The change was made (assigned, removed or reassigned). */
  done: number;
  alreadyHeld: number;
  failed: number;
  /** Failures by code, most frequent first. */
  failedBy: { code: FailureCode; count: number }[];
  /** Skipped for any reason but "already held" or the cancel. */
  skipped: number;
  /** Left undone by a cancel. */
  cancelled: number;
  /** Still to do (a run that has not ended). */
  open: number;
  /** The product's assigned-seat count read before the first submission and after the last check. */
  seatsBefore?: number;
  seatsAfter?: number;
  /** From start to end (or to now while the run goes on), pauses included. */
  tookMs?: number;
};

export function tallyOf(s: RunState, now: number): RunTally {
  const sum: RunTally = {
    status: s.status,
    total: s.targets.size,
    done: 0,
    alreadyHeld: 0,
    failed: 0,
    failedBy: [],
    skipped: 0,
    cancelled: 0,
    open: 0,
  };
  const failures = new Map<FailureCode, number>();
  forEachItem(s.targets, (r) => {
    if (r.status === 'done' || r.status === 'assigned') sum.done++;
    else if (r.status === 'failed') {
      sum.failed++;
      const code = r.failure?.code ?? 'portalError';
      failures.set(code, (failures.get(code) ?? 0) + 1);
    } else if (r.status === 'skipped') {
      if (r.skip === 'alreadyHad') sum.alreadyHeld++;
      else if (r.skip === 'cancelled') sum.cancelled++;
      else sum.skipped++;
    } else sum.open++;
  });
  sum.failedBy = [...failures].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
  let first: number | undefined;
  let last: number | undefined;
  forEachItem(s.batches, (b) => {
    if (b.seatsBefore !== undefined) first ??= b.seatsBefore;
    if (b.seatsAfter !== undefined) last = b.seatsAfter;
  });
  if (first !== undefined) sum.seatsBefore = first;
  if (last !== undefined) sum.seatsAfter = last;
  if (s.startedAt !== undefined) sum.tookMs = Math.max(0, (s.endedAt ?? now) - s.startedAt);
  return sum;
}
