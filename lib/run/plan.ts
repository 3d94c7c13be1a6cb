// The dry run: the batches a run will go through, in order, with the seat arithmetic after each,
// computed from the run's state without touching the portal. Batches are formed as the run forms
// them (flows in FLOW_ORDER, targets in file order, batchSize each): removals first, so the seats
// they free are there before any assignment takes one. A reassignment appears twice: its `from`
// in an unassign batch, then its own target in an assign batch.
import type { TargetAction, TargetKind } from '../csv/types';
import { forEachItem, itemAt } from './chunked';
import { createRun, type CreateRunInput } from './create';
import { FLOW_ORDER, flowOf, isUnassignFlow } from './flows';
import type { FlowKind, RunState, TargetRecord } from './types';

export type PlanItem = {
  /** The target's index in the run. */
  index: number;
  row: number;
  /** Who this batch works on: a reassignment's `from` in its unassign batch, else the target. */
  id: string;
  kind: TargetKind;
  action: TargetAction;
  from?: string;
  /** Change to the available seats (+ freed, − taken); undefined for a group of unknown size. */
  seats?: number;
};

export type PlanBatch = {
  /** The number the batch will have in the run. */
  n: number;
  flow: FlowKind;
  items: PlanItem[];
  /** Items whose seat change is unknown (groups without a member count). */
  unknownSeats: number;
  /** Available seats before and after the batch; undefined when the page gave no count. */
  availableBefore?: number;
  availableAfter?: number;
  /** The batch would take more seats than are free: the portal would refuse it. */
  belowZero: boolean;
};

export type PlanSkip = {
  index: number;
  row: number;
  id: string;
  kind: TargetKind;
  action: TargetAction;
  from?: string;
  reason: string;
};

export type RunPlan = {
  batches: PlanBatch[];
  /** Targets the run leaves out, with the reason code. */
  skipped: PlanSkip[];
  /** Assign and Unassign clicks the plan takes (one per batch). */
  submissions: number;
  availableBefore?: number;
  availableAfter?: number;
  /** The fewest available seats at any moment of the plan. */
  lowest?: number;
  /** The first batch that would need more seats than are free (the plan is unsafe from there). */
  firstShortBatch?: number;
};

/** Seats as the page shows them: available now (undefined when not shown). */
export type PlanSeats = { available?: number };

/** Targets still to be worked: not yet submitted in the open batch, or waiting for a batch. */
const TO_DO = new Set<TargetRecord['status']>(['pending', 'queued', 'picked']);

type Work = { index: number; flow: FlowKind; item: PlanItem };

/** The plan of a run not created yet: the same input `createRun` takes (nothing is stored). */
export function planOfInput(input: CreateRunInput, seats: PlanSeats = {}): RunPlan {
  return planOf(createRun(input), seats);
}

/** The plan of what is left of a run (all of it before it starts). */
export function planOf(s: RunState, seats: PlanSeats = {}): RunPlan {
  const work: Work[] = [];
  const skipped: PlanSkip[] = [];
  forEachItem(s.targets, (r, index) => {
    if (r.status === 'skipped') skipped.push({ ...describe(r, index, r.target.id), reason: r.skip ?? 'admin' });
    else work.push(...workOf(r, index));
  });
  const batches = formBatches(s, work);
  return withSeats(batches, skipped, seats.available);
}

/** What is left to do for one target, per flow. */
function workOf(r: TargetRecord, index: number): Work[] {
  const t = r.target;
  const freed = r.freedIn !== undefined;
  const flow = flowOf(t, freed);
  if (!flow) return [];
  const out: Work[] = [];
  if (TO_DO.has(r.status)) out.push(workItem(r, index, flow));
  // A reassignment's assignment follows its removal: ahead while the removal is to do or under way.
  const removing =
    t.action === 'reassign' && !freed && (TO_DO.has(r.status) || r.status === 'submitted' || r.status === 'assigned');
  if (removing) out.push(workItem(r, index, 'assignUsers'));
  return out;
}

function workItem(r: TargetRecord, index: number, flow: FlowKind): Work {
  const t = r.target;
  const removal = isUnassignFlow(flow);
  const id = removal && t.action === 'reassign' ? (t.from ?? t.id) : t.id;
  const size = t.kind === 'group' ? t.memberCount : 1;
  const seats = size === undefined ? undefined : removal ? size : -size;
  return { index, flow, item: { ...describe(r, index, id), ...(seats === undefined ? {} : { seats }) } };
}

function describe(r: TargetRecord, index: number, id: string): Omit<PlanItem, 'seats'> {
  const t = r.target;
  const item: Omit<PlanItem, 'seats'> = { index, row: t.row, id, kind: t.kind, action: t.action };
  if (t.from !== undefined) item.from = t.from;
  return item;
}

/** The open batch keeps its members and number; the rest are formed flow by flow. */
function formBatches(s: RunState, work: Work[]): PlanBatch[] {
  const open = s.current !== undefined ? itemAt(s.batches, s.current - 1) : undefined;
  const batches: PlanBatch[] = [];
  let rest = work;
  if (open) {
    // Members of the open batch not yet submitted finish in it, under its number.
    const inOpen = new Set(
      open.targets.filter((i) => {
        const r = itemAt(s.targets, i);
        return r !== undefined && r.batch === open.n && (r.status === 'queued' || r.status === 'picked');
      }),
    );
    const members = work.filter((w) => w.flow === open.flow && inOpen.has(w.index));
    if (members.length > 0) batches.push(batchOf(open.n, open.flow, members));
    rest = work.filter((w) => !members.includes(w));
  }
  let n = s.batches.size + 1;
  for (const flow of FLOW_ORDER) {
    const own = rest.filter((w) => w.flow === flow).sort((a, b) => a.index - b.index);
    for (let i = 0; i < own.length; i += s.batchSize) batches.push(batchOf(n++, flow, own.slice(i, i + s.batchSize)));
  }
  return batches;
}

function batchOf(n: number, flow: FlowKind, work: Work[]): PlanBatch {
  const items = work.map((w) => w.item);
  return { n, flow, items, unknownSeats: items.filter((i) => i.seats === undefined).length, belowZero: false };
}

function withSeats(batches: PlanBatch[], skipped: PlanSkip[], available: number | undefined): RunPlan {
  const plan: RunPlan = { batches, skipped, submissions: batches.length };
  if (available === undefined) return plan;
  let now = available;
  let lowest = available;
  for (const b of batches) {
    b.availableBefore = now;
    now += b.items.reduce((sum, i) => sum + (i.seats ?? 0), 0);
    b.availableAfter = now;
    lowest = Math.min(lowest, now);
    b.belowZero = now < 0;
    if (b.belowZero && plan.firstShortBatch === undefined) plan.firstShortBatch = b.n;
  }
  return { ...plan, availableBefore: available, availableAfter: now, lowest };
}
