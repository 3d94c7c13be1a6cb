// The run's state machine: reduce(state, event) -> { state, rejected? }. Never mutates its input.
// An event that does not fit the current state is rejected with a code, and `state` is then the very
// object passed in, so callers can skip saving. Accepted events are followed by `settle`, which
// advances, closes and opens batches.
import { settle } from './batch';
import * as control from './reduce-control';
import * as page from './reduce-page';
import * as submit from './reduce-submit';
import * as tick from './reduce-tick';
import { onBeforeRead } from './reduce-before';
import type { EventOf, ReduceResult, RejectCode, RunEvent, RunEventType, RunState, RunStatus } from './types';

type Handler<T extends RunEventType> = (s: RunState, e: EventOf<T>) => RunState | RejectCode;

const LIVE: readonly RunStatus[] = ['running', 'paused'];
const OPEN: readonly RunStatus[] = ['ready', 'running', 'paused'];

/**
 * Which statuses accept each event. Page actions need a running run; facts the page reports
 * (submitted, outcome, verify, reconcile, pane closed, restart) are recorded while paused too,
 * because losing them could lead to a second submission.
 */
const HANDLERS: { [T in RunEventType]: { when: readonly RunStatus[]; run: Handler<T> } } = {
  started: { when: ['ready'], run: control.onStarted },
  stepBegan: { when: ['running'], run: page.onStepBegan },
  controlFound: { when: ['running'], run: page.onControlFound },
  controlMissing: { when: ['running'], run: page.onControlMissing },
  targetPicked: { when: ['running'], run: page.onTargetPicked },
  targetNotFound: { when: ['running'], run: page.onTargetNotFound },
  targetTicked: { when: ['running'], run: tick.onTargetTicked },
  targetNotHeld: { when: ['running'], run: tick.onTargetNotHeld },
  beforeRead: { when: LIVE, run: onBeforeRead },
  submitting: { when: ['running'], run: submit.onSubmitting },
  submitted: { when: LIVE, run: submit.onSubmitted },
  outcomeRead: { when: LIVE, run: submit.onOutcomeRead },
  paneClosed: { when: LIVE, run: page.onPaneClosed },
  verified: { when: LIVE, run: submit.onVerified },
  reconciled: { when: LIVE, run: submit.onReconciled },
  restarted: { when: OPEN, run: control.onRestarted },
  paused: { when: LIVE, run: control.onPaused },
  resumed: { when: ['paused'], run: control.onResumed },
  cancelled: { when: OPEN, run: control.onCancelled },
  skipTarget: { when: [...OPEN, 'done', 'cancelled'], run: control.onSkipTarget },
  retryTarget: { when: [...OPEN, 'done', 'cancelled'], run: control.onRetryTarget },
  retryFailed: { when: [...OPEN, 'done', 'cancelled'], run: control.onRetryFailed },
  modeSet: { when: OPEN, run: control.onModeSet },
};

export function reduce(state: RunState, event: RunEvent): ReduceResult {
  const handler = HANDLERS[event.type] as { when: readonly RunStatus[]; run: Handler<RunEventType> };
  const next = handler.when.includes(state.status)
    ? handler.run(state, event)
    : statusRejection(state.status, event.type);
  if (typeof next === 'string') return { state, rejected: { code: next, event: event.type } };
  return { state: settle({ ...next, updatedAt: event.at }, event.at) };
}

function statusRejection(status: RunStatus, type: RunEventType): RejectCode {
  if (status === 'ready') return 'notStarted';
  if (status === 'done' || status === 'cancelled') return 'ended';
  if (type === 'started') return 'alreadyStarted';
  if (type === 'resumed') return 'notPaused';
  return 'paused';
}

/** Applies events in order; stops at the first rejection. */
export function reduceAll(state: RunState, events: readonly RunEvent[]): ReduceResult {
  let s = state;
  for (const e of events) {
    const r = reduce(s, e);
    if (r.rejected) return r;
    s = r.state;
  }
  return { state: s };
}
