// Batches: which step comes next, forming the next batch, closing a finished one, and forgetting
// what the page showed when the page may have changed under us.
import { appended, itemAt } from './chunked';
import { FLOW_ORDER, FLOW_STEPS, flowOfRecord, openStep, selectStep, submitStep } from './flows';
import { currentBatch, markStep, membersOf, moved, omit, setBatch, setTargets, targetAt } from './state-ops';
import type { Batch, RunState, StepMark, StepName, TargetRecord } from './types';

/** The Assign (or Unassign) click was recorded (`submitting`), whether or not it was confirmed. */
export function submitRecorded(b: Batch): boolean {
  const s = b.steps[submitStep(b.flow)]?.status;
  return s === 'active' || s === 'done';
}

/** A step is behind us: done, skipped, recorded (submit), or failed for good (not a missing control). */
export function isSettled(step: StepName, mark: StepMark | undefined): boolean {
  if (!mark) return false;
  if (step === 'submit' || step === 'confirm') return mark.status !== 'failed';
  if (mark.status === 'done' || mark.status === 'skipped') return true;
  return mark.status === 'failed' && mark.control === undefined;
}

export function currentStep(b: Batch): StepName | undefined {
  return FLOW_STEPS[b.flow].find((step) => !isSettled(step, b.steps[step]));
}

/** Normalizes after every event: advances the open batch, closes it when finished, opens the next. */
export function settle(s: RunState, at: number): RunState {
  const b = currentBatch(s);
  let next = b ? settleBatch(s, b, at) : s;
  if (next.current === undefined && (next.status === 'running' || next.status === 'paused')) {
    next = openNextBatch(next, at);
  }
  return next;
}

function settleBatch(s: RunState, b: Batch, at: number): RunState {
  const members = membersOf(s, b);
  const count = (status: TargetRecord['status']) => members.filter(([, r]) => r.status === status).length;
  let batch = b;
  const mark = (step: StepName, status: StepMark['status']) => {
    if (!isSettled(step, batch.steps[step])) batch = markStep(batch, step, { status, at });
  };
  const select = selectStep(b.flow);
  if (!submitRecorded(b)) {
    const queued = count('queued');
    if (queued + count('picked') === 0) {
      // Nothing left to submit: skip the rest, but a pane that is open still has to be closed.
      const paneOpen = b.steps[openStep(b.flow)]?.status === 'done';
      for (const step of FLOW_STEPS[b.flow]) {
        if (step === 'closePane' && paneOpen) continue;
        mark(step, step === select && b.steps[select] ? 'done' : 'skipped');
      }
    } else if (queued === 0 && currentStep(b) === select) {
      mark(select, 'done');
    }
  } else if (isSettled('readOutcome', b.steps.readOutcome) && count('assigned') === 0) {
    mark('verify', 'skipped');
  }
  const finished = !batch.inDoubt && FLOW_STEPS[b.flow].every((step) => isSettled(step, batch.steps[step]));
  if (finished) return omit(setBatch(s, { ...batch, endedAt: at }), 'current');
  return batch === b ? s : setBatch(s, batch);
}

/** Forms the next batch from pending targets, flow by flow; with none left a running run is done. */
export function openNextBatch(s: RunState, at: number): RunState {
  const cursor = { ...s.cursor };
  for (const flow of FLOW_ORDER) {
    const chosen: number[] = [];
    let i = cursor[flow] ?? 0; // runs saved before a flow existed have no cursor for it
    for (; i < s.targets.size && chosen.length < s.batchSize; i++) {
      const rec = itemAt(s.targets, i);
      if (rec?.status === 'pending' && flowOfRecord(rec) === flow) chosen.push(i);
    }
    cursor[flow] = i;
    if (chosen.length > 0) {
      const n = s.batches.size + 1;
      const batch: Batch = { n, flow, targets: chosen, steps: {}, startedAt: at, pausedMs: 0 };
      const updates = new Map(chosen.map((t) => [t, moved(targetAt(s, t)!, 'queued', at, { batch: n })]));
      return { ...setTargets({ ...s, cursor }, updates), batches: appended(s.batches, batch), current: n };
    }
  }
  return s.status === 'running' ? { ...s, cursor, status: 'done', endedAt: at } : { ...s, cursor };
}

/**
 * The page may not be what the state says (restart, sign-in page, pane gone). Before the Assign
 * (or Unassign) click: start the batch's page steps over and unpick (untick). After it, without an
 * outcome: in doubt.
 */
export function invalidatePage(s: RunState, at: number): RunState {
  const b = currentBatch(s);
  if (!b) return s;
  if (submitRecorded(b)) {
    if (!isSettled('readOutcome', b.steps.readOutcome)) return setBatch(s, { ...b, inDoubt: true });
    let batch = b;
    for (const step of ['closePane', 'verify'] as const) {
      if (batch.steps[step]?.status === 'active') batch = markStep(batch, step, undefined);
    }
    return batch === b ? s : setBatch(s, batch);
  }
  let batch = b;
  for (const step of [
    'openProductPage',
    'openGroupsTab',
    'openAssignPane',
    'pick',
    'tick',
    'openUnassignDialog',
  ] as const) {
    batch = markStep(batch, step, undefined);
  }
  const unpicked = membersOf(s, b)
    .filter(([, r]) => r.status === 'picked')
    .map(([i, r]): [number, TargetRecord] => [i, moved(r, 'queued', at)]);
  return setTargets(setBatch(s, batch), new Map(unpicked));
}
