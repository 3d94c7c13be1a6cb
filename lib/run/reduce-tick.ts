// Unassign flows select targets by ticking their rows in the product page's list. A target the list
// does not show holding the product directly is left out before anything is clicked: not held at
// all, or held only through a group (a license the portal cannot remove per user).
import { queuedTarget, withSelectActive } from './reduce-page';
import { withBefore } from './reduce-before';
import { moved, setTargets } from './state-ops';
import type { EventOf, RejectCode, RunState } from './types';

type Result = RunState | RejectCode;

export function onTargetTicked(s: RunState, e: EventOf<'targetTicked'>): Result {
  const found = queuedTarget(s, e.target, 'tick');
  if (typeof found === 'string') return found;
  // A ticked row shows the target holding the product directly: its before-state, unless read already.
  const seen = withBefore(found.rec, { held: 'direct' }) ?? found.rec;
  const rec = moved(seen, 'picked', e.at, { pickedAt: e.at });
  return setTargets(withSelectActive(s, found.b, e.at), new Map([[e.target, rec]]));
}

/**
 * Skipped with the reason, and the run goes on: nothing needs removing, or nothing can be removed
 * per user. A reassignment left out here keeps its `from` seat and is not assigned either.
 */
export function onTargetNotHeld(s: RunState, e: EventOf<'targetNotHeld'>): Result {
  const found = queuedTarget(s, e.target, 'tick');
  if (typeof found === 'string') return found;
  const viaGroup = e.viaGroup === true && found.b.flow === 'unassignUsers';
  const seen = withBefore(found.rec, { held: e.viaGroup === true ? 'group' : 'none' }) ?? found.rec;
  const rec = moved(seen, 'skipped', e.at, { skip: viaGroup ? 'inheritedFromGroup' : 'notHeld' });
  return setTargets(withSelectActive(s, found.b, e.at), new Map([[e.target, rec]]));
}
