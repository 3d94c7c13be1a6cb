// A fake admin center and a driver that follows nextAction, for table tests over whole runs.
// The portal throws if a target that is already licensed is submitted again.
import type { Target } from '../../../lib/csv/types';
import { createRun } from '../../../lib/run/create';
import { nextAction } from '../../../lib/run/next-action';
import { reduce } from '../../../lib/run/reducer';
import { batchAt, targetAt } from '../../../lib/run/state-ops';
import type { NextAction, Outcome, RunEvent, RunMode, RunState } from '../../../lib/run/types';

export const SKU = 'f8a1db68-be16-40ed-86d5-cb42ce701560';

export function users(n: number, firstRow = 2): Target[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `user${String(i).padStart(5, '0')}.lastname@contoso.onmicrosoft.com`;
    return { row: firstRow + i, kind: 'user' as const, id, key: id, action: 'assign' as const };
  });
}

export function groups(n: number, firstRow: number): Target[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `Sales team ${i}`;
    return { row: firstRow + i, kind: 'group' as const, id, key: id.toLowerCase(), action: 'assign' as const };
  });
}

export function newRun(targets: Target[], opts: { mode?: RunMode; batchSize?: number } = {}): RunState {
  return createRun({
    id: 'run-1',
    product: { skuId: SKU, name: 'Power BI Pro' },
    mode: opts.mode ?? 'autopilot',
    ...(opts.batchSize !== undefined ? { batchSize: opts.batchSize } : {}),
    targets,
    now: 1_000,
  });
}

export type Portal = {
  licensed: Set<string>;
  /** Ids the picker cannot find. */
  missing?: Set<string>;
  /** Per-target error texts the portal shows after Assign (those ids stay unlicensed). */
  errors?: Map<string, string>;
  /** A whole-batch error text: nothing in the batch is licensed. */
  batchError?: string;
  /** Ids the portal claims to assign but never shows as licensed. */
  ghost?: Set<string>;
  /** Seats left for the run: beyond them the portal assigns no more and says so naming nobody. */
  shortage?: { left: number; text: string };
  seats: number;
  /** Every submitted id, in order. */
  submittedIds: string[];
};

export function portal(init: Partial<Portal> = {}): Portal {
  return { licensed: new Set(), seats: 0, submittedIds: [], ...init };
}

export type Driver = { state: RunState; now: number; events: RunEvent[]; actions: NextAction['kind'][] };

export function driver(state: RunState): Driver {
  return { state, now: state.createdAt, events: [], actions: [] };
}

/** Applies an event at the driver's clock (one second per event); throws on a rejection. */
export function send(d: Driver, event: EventInput): void {
  d.now += 1000;
  const e = { ...event, at: d.now };
  const r = reduce(d.state, e);
  if (r.rejected) throw new Error(`rejected ${e.type}: ${r.rejected.code}`);
  d.events.push(e);
  d.state = r.state;
}

/** An event without its time (the driver's clock adds it). */
export type EventInput = RunEvent extends infer E ? (E extends unknown ? Omit<E, 'at'> : never) : never;

const idOf = (d: Driver, i: number) => targetAt(d.state, i)!.target.id;

/** Performs the next action; returns false when the run waits for the admin or is done. */
export function act(d: Driver, p: Portal, opts: { clickAfterSubmitting?: boolean } = {}): boolean {
  const a = nextAction(d.state);
  d.actions.push(a.kind);
  switch (a.kind) {
    case 'openProductPage':
    case 'openGroupsTab':
    case 'openAssignPane':
      send(d, { type: 'controlFound', step: a.kind });
      return true;
    case 'pickTarget':
      if (p.missing?.has(a.who.id))
        send(d, { type: 'targetNotFound', target: a.target, text: `No results for ${a.who.id}` });
      else send(d, { type: 'targetPicked', target: a.target });
      return true;
    case 'submit':
      send(d, { type: 'submitting', batch: a.batch, seatsBefore: p.seats });
      if (opts.clickAfterSubmitting === false) return false;
      click(
        p,
        a.targets.map((i) => idOf(d, i)),
      );
      send(d, { type: 'submitted', batch: a.batch });
      return true;
    case 'readOutcome':
      send(d, { type: 'outcomeRead', batch: a.batch, outcome: outcomeOf(d, p, a.batch) });
      return true;
    case 'closePane':
      send(d, { type: 'paneClosed' });
      return true;
    case 'verify':
      send(d, {
        type: 'verified',
        batch: a.batch,
        results: a.targets.map((t) => ({ target: t, licensed: p.licensed.has(idOf(d, t)) })),
        seatsAfter: p.seats,
      });
      return true;
    case 'reconcile':
      send(d, { type: 'reconciled', batch: a.batch, licensed: a.targets.filter((t) => p.licensed.has(idOf(d, t))) });
      return true;
    default:
      return false;
  }
}

/** The Assign click on the fake portal. */
export function click(p: Portal, ids: string[]): void {
  for (const id of ids) {
    if (p.licensed.has(id)) throw new Error(`submitted twice: ${id}`);
    p.submittedIds.push(id);
    if (p.batchError || p.errors?.has(id) || p.ghost?.has(id)) continue;
    if (p.shortage) {
      if (p.shortage.left === 0) continue;
      p.shortage.left--;
    }
    p.licensed.add(id);
    p.seats++;
  }
}

function outcomeOf(d: Driver, p: Portal, batch: number): Outcome {
  if (p.batchError) return { kind: 'error', text: p.batchError };
  const members = batchAt(d.state, batch)?.targets ?? [];
  const errors = members
    .filter((i) => targetAt(d.state, i)!.status === 'submitted' && p.errors?.has(idOf(d, i)))
    .map((i) => ({ target: i, text: p.errors!.get(idOf(d, i))! }));
  const short = p.shortage && members.some((i) => !p.licensed.has(idOf(d, i)));
  if (short) return { kind: 'perTarget', errors, text: p.shortage!.text };
  return errors.length ? { kind: 'perTarget', errors } : { kind: 'success' };
}

/** Acts until the run waits or is done (bounded, so a loop in the machine fails the test). */
export function drive(d: Driver, p: Portal, maxActions = 100_000): NextAction {
  for (let n = 0; n < maxActions; n++) if (!act(d, p)) return nextAction(d.state);
  throw new Error('run did not settle');
}

export function start(d: Driver): void {
  send(d, { type: 'started' });
}

export function countEvents(d: Driver, type: RunEvent['type']): number {
  return d.events.filter((e) => e.type === type).length;
}
