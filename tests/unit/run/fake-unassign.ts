// The fake admin center of fake-portal.ts, extended with removals: ticking list rows, the
// Unassign dialog, the outcome over the list, and the list read back. It throws if a license is
// removed from someone not holding it directly, and keeps the lowest free-seat count it ever had.
import type { Target } from '../../../lib/csv/types';
import { nextAction } from '../../../lib/run/next-action';
import { targetAt } from '../../../lib/run/state-ops';
import type { NextAction, Outcome } from '../../../lib/run/types';
import { act, send, type Driver, type Portal } from './fake-portal';

/**
 * `licensed`: users holding the product directly and groups it is assigned to (group ids have no
 * "@"). Seats taken: those users, `viaGroup`, and the members of licensed groups, each once.
 */
export type FullPortal = Portal & {
  total: number;
  /** Users holding the product only through a group (the list shows them without "Direct"). */
  viaGroup: Set<string>;
  /** Members of groups, by group id. */
  groups: Map<string, string[]>;
  /** Per-target error texts the portal shows after Unassign (the license stays). */
  unassignErrors?: Map<string, string>;
  /** Ids the portal claims to remove but still lists. */
  sticky?: Set<string>;
  removedIds: string[];
  lowestAvailable: number;
};

export function fullPortal(init: Partial<FullPortal> & { total: number }): FullPortal {
  const p: FullPortal = {
    licensed: new Set(),
    seats: 0,
    submittedIds: [],
    viaGroup: new Set(),
    groups: new Map(),
    removedIds: [],
    lowestAvailable: Infinity,
    ...init,
  };
  p.seats = taken(p);
  p.lowestAvailable = p.total - p.seats;
  return p;
}

function people(p: FullPortal, ids: Iterable<string>): string[] {
  return [...ids].flatMap((id) => (id.includes('@') ? [id] : (p.groups.get(id) ?? [])));
}

function taken(p: FullPortal): number {
  return new Set([...people(p, p.licensed), ...p.viaGroup]).size;
}

function recount(p: FullPortal): void {
  p.seats = taken(p);
  p.lowestAvailable = Math.min(p.lowestAvailable, p.total - p.seats);
  if (p.total - p.seats < 0) throw new Error(`seats below zero: ${p.total - p.seats}`);
}

export function user(row: number, id: string, action: Target['action'] = 'assign', from?: string): Target {
  return { row, kind: 'user', id, key: id.toLowerCase(), action, ...(from ? { from } : {}) };
}

export function group(row: number, id: string, action: Target['action'], memberCount?: number): Target {
  return {
    row,
    kind: 'group',
    id,
    key: `group:${id.toLowerCase()}`,
    action,
    ...(memberCount !== undefined ? { memberCount } : {}),
  };
}

/** Performs the next action on the full fake portal; false when the run waits or is done. */
export function actFull(d: Driver, p: FullPortal): boolean {
  const a = nextAction(d.state);
  switch (a.kind) {
    case 'tickTarget': {
      d.actions.push(a.kind);
      const id = a.who.id;
      if (p.licensed.has(id)) send(d, { type: 'targetTicked', target: a.target });
      else send(d, { type: 'targetNotHeld', target: a.target, ...(p.viaGroup.has(id) ? { viaGroup: true } : {}) });
      return true;
    }
    case 'openUnassignDialog':
      d.actions.push(a.kind);
      send(d, { type: 'controlFound', step: 'openUnassignDialog' });
      return true;
    case 'confirmUnassign': {
      d.actions.push(a.kind);
      send(d, { type: 'submitting', batch: a.batch, seatsBefore: p.seats });
      remove(
        p,
        a.targets.map((i) => whoOf(d, i)),
      );
      send(d, { type: 'submitted', batch: a.batch });
      return true;
    }
    case 'readUnassignOutcome': {
      d.actions.push(a.kind);
      const errors = a.members
        .filter((m) => p.unassignErrors?.has(m.who.id))
        .map((m) => ({ target: m.target, text: p.unassignErrors!.get(m.who.id)! }));
      const outcome: Outcome = errors.length ? { kind: 'perTarget', errors } : { kind: 'success' };
      send(d, { type: 'outcomeRead', batch: a.batch, outcome });
      return true;
    }
    case 'verifyRemoved':
      d.actions.push(a.kind);
      send(d, {
        type: 'verified',
        batch: a.batch,
        results: a.members.map((m) => ({ target: m.target, licensed: stillListed(p, m.who) })),
        seatsAfter: p.seats,
      });
      return true;
    case 'reconcileRemoved':
      d.actions.push(a.kind);
      send(d, {
        type: 'reconciled',
        batch: a.batch,
        licensed: a.members.filter((m) => stillListed(p, m.who)).map((m) => m.target),
      });
      return true;
    case 'submit': {
      // The Assign click: the portal refuses a submission needing more seats than are free.
      const holders = new Set([...people(p, p.licensed), ...p.viaGroup]);
      const newcomers = new Set(
        people(
          p,
          a.targets.map((i) => targetAt(d.state, i)!.target.id),
        ).filter((id) => !holders.has(id)),
      );
      const before = p.batchError;
      if (p.total - p.seats < newcomers.size) p.batchError = 'You have run out of licenses.';
      const more = act(d, p);
      p.batchError = before;
      recount(p);
      return more;
    }
    default:
      return act(d, p);
  }
}

/** Who the page works with for target `i` now (a reassignment's `from` before its seat is freed). */
function whoOf(d: Driver, i: number): { id: string; kind: string } {
  const r = targetAt(d.state, i)!;
  return r.target.action === 'reassign' && r.freedIn === undefined ? { id: r.target.from!, kind: 'user' } : r.target;
}

function stillListed(p: FullPortal, who: { id: string }): boolean {
  return p.licensed.has(who.id);
}

function remove(p: FullPortal, who: { id: string; kind: string }[]): void {
  for (const w of who) {
    if (!stillListed(p, w)) throw new Error(`removed without holding: ${w.id}`);
    p.removedIds.push(w.id);
    if (p.unassignErrors?.has(w.id) || p.sticky?.has(w.id)) continue;
    p.licensed.delete(w.id);
  }
  recount(p);
}

/** Acts until the run waits or is done. */
export function driveFull(d: Driver, p: FullPortal, maxActions = 100_000): NextAction {
  for (let n = 0; n < maxActions; n++) if (!actFull(d, p)) return nextAction(d.state);
  throw new Error('run did not settle');
}
