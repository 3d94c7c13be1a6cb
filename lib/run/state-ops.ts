// Small immutable helpers the reducer is built from: read and replace targets and batches, pause and
// resume. Every helper returns new objects and leaves absent fields absent (never `undefined`).
import { itemAt, withItem, withItems } from './chunked';
import { flowOfRecord } from './flows';
import type { Batch, Pause, RunState, StepMark, StepName, TargetRecord } from './types';

export function targetAt(s: RunState, i: number): TargetRecord | undefined {
  return itemAt(s.targets, i);
}

export function batchAt(s: RunState, n: number): Batch | undefined {
  return itemAt(s.batches, n - 1);
}

export function currentBatch(s: RunState): Batch | undefined {
  return s.current === undefined ? undefined : batchAt(s, s.current);
}

export function setTargets(s: RunState, updates: ReadonlyMap<number, TargetRecord>): RunState {
  return updates.size === 0 ? s : { ...s, targets: withItems(s.targets, updates) };
}

export function setBatch(s: RunState, b: Batch): RunState {
  return { ...s, batches: withItem(s.batches, b.n - 1, b) };
}

export function markStep(b: Batch, step: StepName, mark: StepMark | undefined): Batch {
  const steps = { ...b.steps };
  if (mark) steps[step] = mark;
  else delete steps[step];
  return { ...b, steps };
}

/** A copy of `obj` without `keys`. */
export function omit<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...obj };
  for (const k of keys) delete copy[k];
  return copy;
}

/** A target moves to `status` at `at`; failure, skip and pick time are dropped unless given again. */
export function moved(
  rec: TargetRecord,
  status: TargetRecord['status'],
  at: number,
  extra: Partial<Pick<TargetRecord, 'failure' | 'skip' | 'pickedAt' | 'batch' | 'freedIn'>> = {},
): TargetRecord {
  const keep = status === 'pending' || status === 'queued' ? {} : pick(rec, 'pickedAt');
  return { ...omit(rec, 'failure', 'skip', 'pickedAt'), ...keep, status, at, ...extra };
}

function pick<T extends object, K extends keyof T>(obj: T, key: K): Partial<T> {
  return obj[key] === undefined ? {} : ({ [key]: obj[key] } as unknown as Partial<T>);
}

/** Members of batch `b` that are still in it (not retried into a later batch), with their index. */
export function membersOf(s: RunState, b: Batch): [number, TargetRecord][] {
  const out: [number, TargetRecord][] = [];
  for (const i of b.targets) {
    const rec = targetAt(s, i);
    if (rec && rec.batch === b.n) out.push([i, rec]);
  }
  return out;
}

export function pauseRun(s: RunState, pause: Pause): RunState {
  return { ...s, status: 'paused', pause };
}

export function resumeRun(s: RunState, at: number): RunState {
  const pausedFor = s.pause ? Math.max(0, at - s.pause.at) : 0;
  let next: RunState = { ...omit(s, 'pause'), status: 'running' };
  const b = currentBatch(next);
  if (b && pausedFor > 0) next = setBatch(next, { ...b, pausedMs: b.pausedMs + pausedFor });
  return next;
}

/** Targets that became pending again must be reachable by the batch former. */
export function lowerCursor(s: RunState, indices: Iterable<number>): RunState {
  const cursor = { ...s.cursor };
  for (const i of indices) {
    const rec = targetAt(s, i);
    const flow = rec && flowOfRecord(rec);
    if (flow) cursor[flow] = Math.min(cursor[flow] ?? i, i);
  }
  return { ...s, cursor };
}
