// Progress for the side panel: counts, percentage, and time left estimated from the durations of
// the batches already completed (time spent paused left out).
import { forEachItem } from './chunked';
import { FLOW_ORDER, flowOfRecord, submitStep } from './flows';
import { currentBatch } from './state-ops';
import type { Batch, FlowKind, RunState } from './types';

export type RunProgress = {
  total: number;
  done: number;
  failed: number;
  skipped: number;
  /** Everything not finished yet, including targets of the open batch. */
  pending: number;
  /** Finished share (done + failed + skipped), 0..100, rounded down. */
  percent: number;
  /** Undefined until one batch has completed. */
  timeLeftMs?: number;
};

/** How many recent batches the estimate averages: recent ones reflect the portal's current speed. */
const RECENT = 10;

export function progressOf(s: RunState, now: number): RunProgress {
  let done = 0,
    failed = 0,
    skipped = 0;
  const waiting: Record<FlowKind, number> = { unassignUsers: 0, unassignGroups: 0, assignUsers: 0, assignGroups: 0 };
  forEachItem(s.targets, (r) => {
    if (r.status === 'done') done++;
    else if (r.status === 'failed') failed++;
    else if (r.status === 'skipped') skipped++;
    else if (r.status === 'pending') {
      const flow = flowOfRecord(r);
      if (flow) waiting[flow]++;
      // A reassignment still to free its seat has its assign batch ahead too.
      if (flow === 'unassignUsers' && r.target.action === 'reassign') waiting.assignUsers++;
    }
  });
  const total = s.targets.size;
  const finished = done + failed + skipped;
  const progress: RunProgress = {
    total,
    done,
    failed,
    skipped,
    pending: total - finished,
    percent: total === 0 ? 100 : Math.floor((finished / total) * 100),
  };
  if (s.status === 'done' || s.status === 'cancelled') return { ...progress, timeLeftMs: 0 };
  const timeLeftMs = estimate(s, waiting, now);
  return timeLeftMs === undefined ? progress : { ...progress, timeLeftMs };
}

function estimate(s: RunState, waiting: Record<FlowKind, number>, now: number): number | undefined {
  const recent = completedBatches(s);
  if (recent.length === 0) return undefined;
  const overall = average(recent.map(duration));
  const perFlow = (flow: FlowKind) => {
    const own = recent.filter((b) => b.flow === flow);
    return own.length ? average(own.map(duration)) : overall;
  };
  let left = 0;
  for (const flow of FLOW_ORDER) left += Math.ceil(waiting[flow] / s.batchSize) * perFlow(flow);
  const open = currentBatch(s);
  if (open) {
    const pausedNow = s.status === 'paused' && s.pause ? Math.max(0, now - s.pause.at) : 0;
    const elapsed = now - open.startedAt - open.pausedMs - pausedNow;
    left += Math.max(0, perFlow(open.flow) - elapsed);
  }
  return Math.round(left);
}

/** The last batches that ran to their end with an Assign or Unassign click (not empty, not reconciled). */
function completedBatches(s: RunState): Batch[] {
  const out: Batch[] = [];
  for (let k = s.batches.chunks.length - 1; k >= 0 && out.length < RECENT; k--) {
    const chunk = s.batches.chunks[k] ?? [];
    for (let j = chunk.length - 1; j >= 0 && out.length < RECENT; j--) {
      const b = chunk[j];
      if (
        b?.endedAt !== undefined &&
        b.steps[submitStep(b.flow)]?.status === 'done' &&
        b.steps.readOutcome?.status !== 'skipped'
      ) {
        out.push(b);
      }
    }
  }
  return out;
}

function duration(b: Batch): number {
  return Math.max(0, (b.endedAt ?? b.startedAt) - b.startedAt - b.pausedMs);
}

function average(xs: number[]): number {
  return xs.reduce((a, x) => a + x, 0) / xs.length;
}

/** The open batch's number and the run's batches in all: those formed plus those the rest will take. */
export function batchPosition(s: RunState, progress: RunProgress): { n?: number; of: number } {
  const b = currentBatch(s);
  const rest = progress.pending - (b ? b.targets.length : 0);
  const of = s.batches.size + Math.max(0, Math.ceil(rest / s.batchSize));
  return b ? { n: b.n, of } : { of };
}
