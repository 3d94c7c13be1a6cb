// Events the driver reports while it works the page before the Assign click: steps, controls,
// picks, and the pane (or the unassign dialog) closing. Ticks are in reduce-tick.ts.
import { currentStep, invalidatePage } from './batch';
import { isUnassignFlow, NAVIGATION_STEPS, openStep, selectStep } from './flows';
import { currentBatch, markStep, moved, pauseRun, setBatch, setTargets, targetAt } from './state-ops';
import type { Batch, EventOf, RejectCode, RunState, TargetRecord } from './types';

type Result = RunState | RejectCode;

export function onStepBegan(s: RunState, e: EventOf<'stepBegan'>): Result {
  const b = currentBatch(s);
  if (!b) return 'noBatch';
  // `submitting` is the only way to begin the submit step: it must be recorded before the click.
  if (e.step === 'submit' || e.step === 'confirm' || currentStep(b) !== e.step) return 'unexpectedStep';
  return setBatch(s, markStep(b, e.step, { status: 'active', at: e.at }));
}

/** The page shows what a navigation step leads to: the step is done. */
export function onControlFound(s: RunState, e: EventOf<'controlFound'>): Result {
  const b = currentBatch(s);
  if (!b) return 'noBatch';
  if (!NAVIGATION_STEPS.has(e.step) || currentStep(b) !== e.step) return 'unexpectedStep';
  return setBatch(s, markStep(b, e.step, { status: 'done', at: e.at }));
}

/** A control the step needs is not on the page: the step fails and the run waits for the admin. */
export function onControlMissing(s: RunState, e: EventOf<'controlMissing'>): Result {
  const b = currentBatch(s);
  if (!b) return 'noBatch';
  if (currentStep(b) !== e.step) return 'unexpectedStep';
  const mark = { status: 'failed' as const, at: e.at, control: e.control, ...(e.text ? { text: e.text } : {}) };
  const pause = {
    reason: 'controlMissing' as const,
    at: e.at,
    control: e.control,
    ...(e.text ? { text: e.text } : {}),
  };
  return pauseRun(setBatch(s, markStep(b, e.step, mark)), pause);
}

/** The queued member `target` of the open batch, while the batch selects targets in `step`'s way. */
export function queuedTarget(
  s: RunState,
  target: number,
  step: 'pick' | 'tick',
): { b: Batch; rec: TargetRecord } | RejectCode {
  const b = currentBatch(s);
  if (!b) return 'noBatch';
  if (selectStep(b.flow) !== step || currentStep(b) !== step) return 'unexpectedStep';
  const rec = targetAt(s, target);
  if (!rec) return 'unknownTarget';
  if (rec.batch !== b.n) return 'targetNotInBatch';
  if (rec.status !== 'queued') return 'targetState';
  return { b, rec };
}

/** The batch's selecting step (pick or tick) shows as active from its first target on. */
export function withSelectActive(s: RunState, b: Batch, at: number): RunState {
  const step = selectStep(b.flow);
  return b.steps[step]?.status === 'active' ? s : setBatch(s, markStep(b, step, { status: 'active', at }));
}

export function onTargetPicked(s: RunState, e: EventOf<'targetPicked'>): Result {
  const found = queuedTarget(s, e.target, 'pick');
  if (typeof found === 'string') return found;
  const rec = moved(found.rec, 'picked', e.at, { pickedAt: e.at });
  return setTargets(withSelectActive(s, found.b, e.at), new Map([[e.target, rec]]));
}

/** The target fails with notFound and the run waits; on resume the batch goes on without it. */
export function onTargetNotFound(s: RunState, e: EventOf<'targetNotFound'>): Result {
  const found = queuedTarget(s, e.target, 'pick');
  if (typeof found === 'string') return found;
  const failure = { code: 'notFound' as const, ...(e.text ? { text: e.text } : {}) };
  const rec = moved(found.rec, 'failed', e.at, { failure });
  const next = setTargets(withSelectActive(s, found.b, e.at), new Map([[e.target, rec]]));
  return pauseRun(next, { reason: 'targetNotFound', at: e.at, target: e.target, ...(e.text ? { text: e.text } : {}) });
}

/**
 * Expected when closing is the next step; otherwise the picks (or the outcome) went with the pane.
 * The unassign dialog closes by itself once Unassign is clicked: only before that is it a loss.
 */
export function onPaneClosed(s: RunState, e: EventOf<'paneClosed'>): Result {
  const b = currentBatch(s);
  if (!b) return s;
  const step = currentStep(b);
  if (step === 'closePane') return setBatch(s, markStep(b, 'closePane', { status: 'done', at: e.at }));
  const whileOpen = isUnassignFlow(b.flow)
    ? step === 'confirm'
    : step === 'pick' || step === 'submit' || step === 'readOutcome';
  const paneWasOpen = b.steps[openStep(b.flow)]?.status === 'done' && whileOpen;
  if (!paneWasOpen) return s;
  const next = invalidatePage(s, e.at);
  return next.status === 'running' ? pauseRun(next, { reason: 'paneClosed', at: e.at }) : next;
}
