// What the driver must do next. In autopilot the driver performs it; in guided mode it highlights
// the same control and waits for the admin's click. Never a submit while a click is unaccounted for.
import { currentStep } from './batch';
import { actingTarget, isUnassignFlow } from './flows';
import { currentBatch, membersOf } from './state-ops';
import type { Batch, NextAction, RunMember, RunState, TargetRecord } from './types';

export function nextAction(s: RunState): NextAction {
  if (s.status === 'ready') return { kind: 'waitForAdmin', reason: 'notStarted' };
  if (s.status === 'done' || s.status === 'cancelled') return { kind: 'done' };
  if (s.status === 'paused') {
    return s.pause
      ? { kind: 'waitForAdmin', reason: s.pause.reason, pause: s.pause }
      : { kind: 'waitForAdmin', reason: 'admin' };
  }
  const b = currentBatch(s);
  if (!b) return { kind: 'done' };
  return isUnassignFlow(b.flow) ? unassignAction(s, b) : assignAction(s, b);
}

function assignAction(s: RunState, b: Batch): NextAction {
  const batch = b.n;
  // Submitted, outcome never read: read the page before anything else, never re-submit blindly.
  if (b.inDoubt) return { kind: 'reconcile', batch, skuId: s.product.skuId, targets: indicesWith(s, b, 'submitted') };
  switch (currentStep(b)) {
    case 'openProductPage':
      return { kind: 'openProductPage', batch, skuId: s.product.skuId };
    case 'openGroupsTab':
      return { kind: 'openGroupsTab', batch };
    case 'openAssignPane':
      return { kind: 'openAssignPane', batch, flow: b.flow };
    case 'pick': {
      const next = membersOf(s, b).find(([, r]) => r.status === 'queued');
      if (next) return { kind: 'pickTarget', batch, target: next[0], who: next[1].target };
      return { kind: 'submit', batch, targets: indicesWith(s, b, 'picked') };
    }
    case 'submit':
      return { kind: 'submit', batch, targets: indicesWith(s, b, 'picked') };
    case 'readOutcome':
      return { kind: 'readOutcome', batch };
    case 'closePane':
      return { kind: 'closePane', batch };
    case 'verify':
      return { kind: 'verify', batch, skuId: s.product.skuId, targets: indicesWith(s, b, 'assigned') };
    default:
      // settle() closes a batch whose steps are all behind it, so this is not reached.
      return { kind: 'done' };
  }
}

/** Unassign batches name each member as the page knows it: a reassignment by its `from` user. */
function unassignAction(s: RunState, b: Batch): NextAction {
  const batch = b.n;
  const flow = b.flow;
  const skuId = s.product.skuId;
  if (b.inDoubt) return { kind: 'reconcileRemoved', batch, flow, skuId, members: membersWith(s, b, 'submitted') };
  switch (currentStep(b)) {
    case 'openProductPage':
      return { kind: 'openProductPage', batch, skuId };
    case 'openGroupsTab':
      return { kind: 'openGroupsTab', batch };
    case 'tick': {
      const next = membersOf(s, b).find(([, r]) => r.status === 'queued');
      if (next) return { kind: 'tickTarget', batch, flow, target: next[0], who: actingTarget(next[1]) };
      return { kind: 'openUnassignDialog', batch, flow, members: membersWith(s, b, 'picked') };
    }
    case 'openUnassignDialog':
      return { kind: 'openUnassignDialog', batch, flow, members: membersWith(s, b, 'picked') };
    case 'confirm':
      return { kind: 'confirmUnassign', batch, targets: indicesWith(s, b, 'picked') };
    case 'readOutcome':
      return { kind: 'readUnassignOutcome', batch, members: membersWith(s, b, 'submitted') };
    case 'verify':
      return { kind: 'verifyRemoved', batch, flow, skuId, members: membersWith(s, b, 'assigned') };
    default:
      return { kind: 'done' };
  }
}

function indicesWith(s: RunState, b: Batch, status: TargetRecord['status']): number[] {
  return membersOf(s, b)
    .filter(([, r]) => r.status === status)
    .map(([i]) => i);
}

function membersWith(s: RunState, b: Batch, status: TargetRecord['status']): RunMember[] {
  return membersOf(s, b)
    .filter(([, r]) => r.status === status)
    .map(([target, r]) => ({ target, who: actingTarget(r) }));
}
