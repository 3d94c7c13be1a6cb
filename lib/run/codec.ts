// The run's compact storage form. A run is stored as meta + chunks so that one event rewrites only
// what it changed. Targets are split in two: the input (written once) and the progress (rewritten
// when it changes), both column-wise with one-letter codes; times are offsets from the run's creation.
import type { TargetAction, TargetKind } from '../csv/types';
import { ALL_STEPS } from './flows';
import type {
  Batch,
  FailureCode,
  FlowKind,
  HeldBefore,
  RunState,
  RunTarget,
  StepMark,
  TargetRecord,
  TargetStatus,
} from './types';

export type RunMeta = Omit<RunState, 'targets' | 'batches'> & { n: number; per: number; bn: number; bper: number };

export function metaOf(s: RunState): RunMeta {
  const { targets, batches, ...rest } = s;
  return { ...rest, n: targets.size, per: targets.per, bn: batches.size, bper: batches.per };
}

export function stateOf(meta: RunMeta, targets: TargetRecord[][], batches: Batch[][]): RunState {
  const { n, per, bn, bper, ...rest } = meta;
  return { ...rest, targets: { size: n, per, chunks: targets }, batches: { size: bn, per: bper, chunks: batches } };
}

const codes = <T extends string>(map: Record<T, string>) => ({
  to: map,
  from: Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<string, T>,
});
const KIND = codes<TargetKind>({ user: 'u', guest: 'e', group: 'g' });
const STATUS = codes<TargetStatus>({
  pending: 'p',
  queued: 'q',
  picked: 'k',
  submitted: 's',
  assigned: 'a',
  done: 'd',
  failed: 'f',
  skipped: 'x',
});
const FLOW = codes<FlowKind>({ assignUsers: 'u', assignGroups: 'g', unassignUsers: 'ru', unassignGroups: 'rg' });
const STEP = codes<StepMark['status']>({ active: 'a', done: 'd', failed: 'f', skipped: 's' });

/** Column-wise input: row deltas, kind letters, ids; the rest only where it differs from the usual. */
export type EncodedInputs = { r: number[]; k: string; i: string[]; x?: Record<number, InputExtras> };
type InputExtras = { key?: string; action?: TargetAction; from?: string; displayName?: string; memberCount?: number };

export function encodeInputs(chunk: readonly TargetRecord[]): EncodedInputs {
  const enc: EncodedInputs = { r: [], k: '', i: [] };
  const extras: Record<number, InputExtras> = {};
  let prev = 0;
  chunk.forEach(({ target: t }, j) => {
    enc.r.push(t.row - prev);
    prev = t.row;
    enc.k += KIND.to[t.kind];
    enc.i.push(t.id);
    const x: InputExtras = {};
    if (t.key !== t.id.toLowerCase()) x.key = t.key;
    if (t.action !== 'assign') x.action = t.action;
    if (t.from !== undefined) x.from = t.from;
    if (t.displayName !== undefined) x.displayName = t.displayName;
    if (t.memberCount !== undefined) x.memberCount = t.memberCount;
    if (Object.keys(x).length) extras[j] = x;
  });
  if (Object.keys(extras).length) enc.x = extras;
  return enc;
}

export function decodeInputs(enc: EncodedInputs): RunTarget[] {
  let row = 0;
  return enc.i.map((id, j) => {
    row += enc.r[j] ?? 0;
    const x = enc.x?.[j] ?? {};
    const kind = KIND.from[enc.k[j] ?? ''] ?? 'user';
    const t: RunTarget = { row, kind, id, key: x.key ?? id.toLowerCase(), action: x.action ?? 'assign' };
    if (x.from !== undefined) t.from = x.from;
    if (x.displayName !== undefined) t.displayName = x.displayName;
    if (x.memberCount !== undefined) t.memberCount = x.memberCount;
    return t;
  });
}

/** Column-wise progress: status letters, then batch numbers, change and pick times as differences; failures, skips and freed seats sparse. */
export type EncodedProgress = {
  s: string;
  b: number[];
  a: number[];
  p: (number | null)[];
  f?: Record<number, [FailureCode] | [FailureCode, string]>;
  x?: Record<number, string>;
  /** Reassignments: the batch that freed the `from` seat. */
  r?: Record<number, number>;
  /** Before-states of the targets, and of reassignments' `from`: a letter, then group names. */
  h?: Record<number, EncodedBefore>;
  hf?: Record<number, EncodedBefore>;
};
type EncodedBefore = [string, ...string[]];
const HELD = codes<HeldBefore['held']>({ direct: 'd', group: 'g', none: 'n', unknown: 'u' });

function encodeBefore(b: HeldBefore): EncodedBefore {
  return [HELD.to[b.held], ...(b.groups ?? [])];
}

function decodeBefore([letter, ...groups]: EncodedBefore): HeldBefore {
  const b: HeldBefore = { held: HELD.from[letter] ?? 'unknown' };
  if (groups.length) b.groups = groups;
  return b;
}

export function encodeProgress(chunk: readonly TargetRecord[], t0: number): EncodedProgress {
  const enc: EncodedProgress = { s: '', b: [], a: [], p: [] };
  const f: NonNullable<EncodedProgress['f']> = {};
  const x: NonNullable<EncodedProgress['x']> = {};
  const freed: NonNullable<EncodedProgress['r']> = {};
  const h: NonNullable<EncodedProgress['h']> = {};
  const hf: NonNullable<EncodedProgress['hf']> = {};
  // Neighbours share batches and times: each number is stored as the difference to the one before.
  let batch = 0,
    at = t0,
    picked = t0;
  chunk.forEach((r, j) => {
    enc.s += STATUS.to[r.status];
    enc.b.push(r.batch - batch);
    enc.a.push(r.at - at);
    enc.p.push(r.pickedAt === undefined ? null : r.pickedAt - picked);
    batch = r.batch;
    at = r.at;
    picked = r.pickedAt ?? picked;
    if (r.failure) f[j] = r.failure.text === undefined ? [r.failure.code] : [r.failure.code, r.failure.text];
    if (r.skip !== undefined) x[j] = r.skip;
    if (r.freedIn !== undefined) freed[j] = r.freedIn;
    if (r.before) h[j] = encodeBefore(r.before);
    if (r.fromBefore) hf[j] = encodeBefore(r.fromBefore);
  });
  if (Object.keys(h).length) enc.h = h;
  if (Object.keys(hf).length) enc.hf = hf;
  if (Object.keys(f).length) enc.f = f;
  if (Object.keys(x).length) enc.x = x;
  if (Object.keys(freed).length) enc.r = freed;
  return enc;
}

export function decodeTargets(inputs: EncodedInputs, progress: EncodedProgress, t0: number): TargetRecord[] {
  let batch = 0,
    at = t0,
    picked = t0;
  return decodeInputs(inputs).map((target, j) => {
    batch += progress.b[j] ?? 0;
    at += progress.a[j] ?? 0;
    const r: TargetRecord = { target, status: STATUS.from[progress.s[j] ?? ''] ?? 'pending', batch, at };
    const pickDelta = progress.p[j];
    if (pickDelta !== null && pickDelta !== undefined) {
      picked += pickDelta;
      r.pickedAt = picked;
    }
    const f = progress.f?.[j];
    if (f) r.failure = f[1] === undefined ? { code: f[0] } : { code: f[0], text: f[1] };
    const skip = progress.x?.[j];
    if (skip !== undefined) r.skip = skip;
    const freedIn = progress.r?.[j];
    if (freedIn !== undefined) r.freedIn = freedIn;
    const before = progress.h?.[j];
    if (before) r.before = decodeBefore(before);
    const fromBefore = progress.hf?.[j];
    if (fromBefore) r.fromBefore = decodeBefore(fromBefore);
    return r;
  });
}

/** [n, flow, target runs [start, length]..., start, step letters, step times from start, rare fields]. */
export type EncodedBatch = [number, string, number[], number, string, number[], BatchExtras?];
type BatchExtras = {
  e?: number;
  pm?: number;
  d?: 1;
  sb?: number;
  sa?: number;
  t?: Record<number, string>;
  c?: Record<number, string>;
};

export function encodeBatch(b: Batch, t0: number): EncodedBatch {
  let letters = '';
  const times: number[] = [];
  const x: BatchExtras = {};
  ALL_STEPS.forEach((step, k) => {
    const m = b.steps[step];
    letters += m ? STEP.to[m.status] : '-';
    if (!m) return;
    times.push(m.at - b.startedAt);
    if (m.text !== undefined) (x.t ??= {})[k] = m.text;
    if (m.control !== undefined) (x.c ??= {})[k] = m.control;
  });
  if (b.endedAt !== undefined) x.e = b.endedAt - b.startedAt;
  if (b.pausedMs) x.pm = b.pausedMs;
  if (b.inDoubt) x.d = 1;
  if (b.seatsBefore !== undefined) x.sb = b.seatsBefore;
  if (b.seatsAfter !== undefined) x.sa = b.seatsAfter;
  const enc: EncodedBatch = [b.n, FLOW.to[b.flow], runsOf(b.targets), b.startedAt - t0, letters, times];
  if (Object.keys(x).length) enc.push(x);
  return enc;
}

export function decodeBatch(enc: EncodedBatch, t0: number): Batch {
  const [n, flow, runs, start, letters, times, x = {}] = enc;
  const startedAt = start + t0;
  const steps: Batch['steps'] = {};
  let t = 0;
  ALL_STEPS.forEach((step, k) => {
    const status = STEP.from[letters[k] ?? '-'];
    if (!status) return;
    const mark: StepMark = { status, at: (times[t++] ?? 0) + startedAt };
    if (x.t?.[k] !== undefined) mark.text = x.t[k];
    if (x.c?.[k] !== undefined) mark.control = x.c[k];
    steps[step] = mark;
  });
  const b: Batch = {
    n,
    flow: FLOW.from[flow] ?? 'assignUsers',
    targets: expandRuns(runs),
    steps,
    startedAt,
    pausedMs: x.pm ?? 0,
  };
  if (x.e !== undefined) b.endedAt = x.e + startedAt;
  if (x.d) b.inDoubt = true;
  if (x.sb !== undefined) b.seatsBefore = x.sb;
  if (x.sa !== undefined) b.seatsAfter = x.sa;
  return b;
}

/** Consecutive indices as [start, length] pairs: a batch of 20 neighbours takes two numbers. */
function runsOf(xs: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of xs) {
    const last = out.length - 2;
    if (last >= 0 && out[last]! + out[last + 1]! === x) out[last + 1] = out[last + 1]! + 1;
    else out.push(x, 1);
  }
  return out;
}

function expandRuns(runs: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < runs.length; k += 2) for (let j = 0; j < runs[k + 1]!; j++) out.push(runs[k]! + j);
  return out;
}
