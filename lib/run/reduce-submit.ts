// Events from the Assign (or Unassign) click on: recording it, reading the outcome, verifying on
// the page, and reconciling a batch whose outcome was lost. No target is ever submitted twice.
import { currentStep, isSettled, submitRecorded } from './batch';
import { isUnassignFlow, submitStep } from './flows';
import {
  currentBatch,
  lowerCursor,
  markStep,
  membersOf,
  moved,
  omit,
  pauseRun,
  setBatch,
  setTargets,
} from './state-ops';
import type { Batch, EventOf, RejectCode, RunState, StepMark, TargetRecord } from './types';

type Result = RunState | RejectCode;

function batchOf(s: RunState, n: number): Batch | RejectCode {
  const b = currentBatch(s);
  if (!b) return 'noBatch';
  return b.n === n ? b : 'wrongBatch';
}

function withStatus(s: RunState, b: Batch, status: TargetRecord['status']): [number, TargetRecord][] {
  return membersOf(s, b).filter(([, r]) => r.status === status);
}

/** The submit step of the batch's flow done, if its click was recorded and not yet confirmed. */
function withSubmitDone(b: Batch, at: number): Batch {
  const step = submitStep(b.flow);
  return b.steps[step]?.status === 'active' ? markStep(b, step, { status: 'done', at }) : b;
}

/**
 * A change the page confirmed: done; a reassignment whose `from` lost the license waits, pending,
 * for the assign batch that gives it to its own target.
 */
function confirmedOnPage(r: TargetRecord, b: Batch, at: number): TargetRecord {
  if (isUnassignFlow(b.flow) && r.target.action === 'reassign') return moved(r, 'pending', at, { freedIn: b.n });
  return moved(r, 'done', at);
}

export function onSubmitting(s: RunState, e: EventOf<'submitting'>): Result {
  const b = batchOf(s, e.batch);
  if (typeof b === 'string') return b;
  if (b.inDoubt || currentStep(b) !== submitStep(b.flow)) return 'unexpectedStep';
  const picked = withStatus(s, b, 'picked');
  if (picked.length === 0) return 'nothingToSubmit';
  let batch = markStep(b, submitStep(b.flow), { status: 'active', at: e.at });
  if (e.seatsBefore !== undefined) batch = { ...batch, seatsBefore: e.seatsBefore };
  const updates = new Map(picked.map(([i, r]) => [i, moved(r, 'submitted', e.at)]));
  return { ...setTargets(setBatch(s, batch), updates), submissions: s.submissions + 1 };
}

export function onSubmitted(s: RunState, e: EventOf<'submitted'>): Result {
  const b = batchOf(s, e.batch);
  if (typeof b === 'string') return b;
  if (b.steps[submitStep(b.flow)]?.status !== 'active') return 'unexpectedStep';
  return setBatch(s, withSubmitDone(b, e.at));
}

/** Success assigns every submitted target; errors fail the targets they name and pause the run. */
export function onOutcomeRead(s: RunState, e: EventOf<'outcomeRead'>): Result {
  const b = batchOf(s, e.batch);
  if (typeof b === 'string') return b;
  if (!submitRecorded(b) || isSettled('readOutcome', b.steps.readOutcome)) return 'unexpectedStep';
  const submitted = new Map(withStatus(s, b, 'submitted'));
  const errors = new Map<number, string>();
  if (e.outcome.kind === 'error') for (const i of submitted.keys()) errors.set(i, e.outcome.text);
  if (e.outcome.kind === 'perTarget') for (const err of e.outcome.errors) errors.set(err.target, err.text);
  for (const i of errors.keys()) if (!submitted.has(i)) return 'targetNotInBatch';

  const updates = new Map<number, TargetRecord>();
  for (const [i, r] of submitted) {
    const text = errors.get(i);
    if (text === undefined) updates.set(i, moved(r, 'assigned', e.at));
    else updates.set(i, moved(r, 'failed', e.at, { failure: { code: 'portalError', text } }));
  }
  const firstText = errors.values().next().value;
  let batch = withSubmitDone(omit(b, 'inDoubt'), e.at);
  // Words naming nobody: the verification fails, in these words, the targets the page does not show.
  if (e.outcome.kind === 'perTarget' && e.outcome.text) batch = { ...batch, portalText: e.outcome.text };
  const mark: StepMark =
    firstText === undefined ? { status: 'done', at: e.at } : { status: 'failed', at: e.at, text: firstText };
  const next = setTargets(setBatch(s, markStep(batch, 'readOutcome', mark)), updates);
  if (firstText === undefined) return next;
  return pauseRun(next, { reason: 'portalError', at: e.at, text: firstText, params: { failed: errors.size } });
}

/**
 * Targets the page shows as the change left them (licensed after Assign, no longer licensed after
 * Unassign) are done; the others fail and the run waits for the admin.
 */
export function onVerified(s: RunState, e: EventOf<'verified'>): Result {
  const b = batchOf(s, e.batch);
  if (typeof b === 'string') return b;
  if (currentStep(b) !== 'verify') return 'unexpectedStep';
  const removing = isUnassignFlow(b.flow);
  const assigned = new Map(withStatus(s, b, 'assigned'));
  const updates = new Map<number, TargetRecord>();
  for (const { target, licensed } of e.results) {
    const r = assigned.get(target);
    if (!r) return 'targetNotInBatch';
    const shown = licensed !== removing;
    // After a partial failure the portal's words say why a target the page does not show failed.
    const failure = b.portalText
      ? { code: 'portalError' as const, text: b.portalText }
      : { code: 'notVerified' as const };
    updates.set(target, shown ? confirmedOnPage(r, b, e.at) : moved(r, 'failed', e.at, { failure }));
  }
  let next = lowerCursor(
    setTargets(s, updates),
    [...updates].filter(([, r]) => r.status === 'pending').map(([i]) => i),
  );
  const members = membersOf(next, b);
  if (members.some(([, r]) => r.status === 'assigned')) return next;

  const unverified = members.filter(([, r]) => r.failure?.code === 'notVerified').length;
  const read = e.seatsAfter !== undefined ? { ...b, seatsAfter: e.seatsAfter } : b;
  const refused = b.portalText ? [...updates.values()].filter((r) => r.status === 'failed').length : 0;
  next = setBatch(next, markStep(read, 'verify', { status: unverified || refused ? 'failed' : 'done', at: e.at }));
  if (refused)
    return pauseRun(next, { reason: 'portalError', at: e.at, text: b.portalText, params: { failed: refused } });
  if (unverified) return pauseRun(next, { reason: 'notVerified', at: e.at, params: { count: unverified } });
  // Users hold one seat each: the assigned count must have moved by exactly the number licensed now
  // who held no seat before (one already holding it, directly or through a group, takes none).
  if (b.flow === 'assignUsers' && b.seatsBefore !== undefined && e.seatsAfter !== undefined) {
    const tookSeat = (r: TargetRecord) =>
      r.status === 'done' && r.before?.held !== 'direct' && r.before?.held !== 'group';
    const expected = members.filter(([, r]) => tookSeat(r)).length;
    const actual = e.seatsAfter - b.seatsBefore;
    if (actual !== expected) return pauseRun(next, { reason: 'countMismatch', at: e.at, params: { expected, actual } });
  }
  return next;
}

/**
 * The page was read after a restart: targets the change reached are done (licensed after Assign;
 * no longer licensed after Unassign), the rest wait for a new batch.
 */
export function onReconciled(s: RunState, e: EventOf<'reconciled'>): Result {
  const b = batchOf(s, e.batch);
  if (typeof b === 'string') return b;
  if (!b.inDoubt) return 'notInDoubt';
  const submitted = new Map(withStatus(s, b, 'submitted'));
  const licensed = new Set(e.licensed);
  for (const i of licensed) if (!submitted.has(i)) return 'targetNotInBatch';
  const removing = isUnassignFlow(b.flow);
  const updates = new Map<number, TargetRecord>();
  for (const [i, r] of submitted) {
    const reached = licensed.has(i) !== removing;
    updates.set(i, reached ? confirmedOnPage(r, b, e.at) : moved(r, 'pending', e.at));
  }
  let batch = withSubmitDone(omit(b, 'inDoubt'), e.at);
  batch = markStep(batch, 'readOutcome', { status: 'skipped', at: e.at });
  batch = markStep(batch, 'verify', { status: 'done', at: e.at });
  const back = [...updates].filter(([, r]) => r.status === 'pending').map(([i]) => i);
  return lowerCursor(setTargets(setBatch(s, batch), updates), back);
}
