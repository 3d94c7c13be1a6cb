// The admin's controls (start, pause, resume, cancel, skip, retry, mode) and the restart signal.
import { invalidatePage } from './batch';
import { forEachItem, mapItems } from './chunked';
import {
  currentBatch,
  lowerCursor,
  moved,
  omit,
  pauseRun,
  resumeRun,
  setBatch,
  setTargets,
  targetAt,
} from './state-ops';
import type { EventOf, PauseReason, RejectCode, RunState, TargetRecord } from './types';

type Result = RunState | RejectCode;

/** Pauses after which the page cannot be trusted to still show the open pane and its picks. */
const PAGE_LOST: ReadonlySet<PauseReason> = new Set<PauseReason>(['signIn', 'paneClosed', 'unexpectedPage']);

/** Skips the run cannot undo: the target belongs to another product or to a later kind of run. */
const FINAL_SKIPS: ReadonlySet<string> = new Set(['otherProduct', 'actionNotSupported']);

export function onStarted(s: RunState, e: EventOf<'started'>): Result {
  return { ...s, status: 'running', startedAt: e.at };
}

export function onPaused(s: RunState, e: EventOf<'paused'>): Result {
  const next = PAGE_LOST.has(e.reason) ? invalidatePage(s, e.at) : s;
  return pauseRun(next, {
    reason: e.reason,
    at: e.at,
    ...(e.text !== undefined ? { text: e.text } : {}),
    ...(e.params !== undefined ? { params: e.params } : {}),
  });
}

export function onResumed(s: RunState, e: EventOf<'resumed'>): Result {
  return resumeRun(s, e.at);
}

export function onRestarted(s: RunState, e: EventOf<'restarted'>): Result {
  return invalidatePage(s, e.at);
}

export function onModeSet(s: RunState, e: EventOf<'modeSet'>): Result {
  return { ...s, mode: e.mode };
}

/** Unsubmitted targets are skipped; targets whose click was recorded without an outcome are unconfirmed. */
export function onCancelled(s: RunState, e: EventOf<'cancelled'>): Result {
  const targets = mapItems(s.targets, (r) => {
    if (r.status === 'pending' || r.status === 'queued' || r.status === 'picked') {
      return moved(r, 'skipped', e.at, { skip: 'cancelled' });
    }
    if (r.status === 'submitted') return moved(r, 'failed', e.at, { failure: { code: 'unconfirmed' } });
    return r;
  });
  let next: RunState = { ...omit(s, 'pause', 'current'), targets, status: 'cancelled', endedAt: e.at };
  const b = currentBatch(s);
  if (b) next = setBatch(next, { ...b, endedAt: e.at });
  return next;
}

/** Deciding about the very target a pause is about also resumes the run. */
function resumeIfAbout(s: RunState, target: number, at: number): RunState {
  return s.status === 'paused' && s.pause?.target === target ? resumeRun(s, at) : s;
}

export function onSkipTarget(s: RunState, e: EventOf<'skipTarget'>): Result {
  const r = targetAt(s, e.target);
  if (!r) return 'unknownTarget';
  // A picked target sits in the portal's picker: skipping it here would still submit it there.
  if (r.status !== 'pending' && r.status !== 'queued' && r.status !== 'failed') return 'targetState';
  const next = setTargets(s, new Map([[e.target, moved(r, 'skipped', e.at, { skip: 'admin' })]]));
  return resumeIfAbout(next, e.target, e.at);
}

export function onRetryTarget(s: RunState, e: EventOf<'retryTarget'>): Result {
  const r = targetAt(s, e.target);
  if (!r) return 'unknownTarget';
  const retryable = r.status === 'failed' || (r.status === 'skipped' && !FINAL_SKIPS.has(r.skip ?? ''));
  if (!retryable) return 'targetState';
  const next = reopen(s, new Map([[e.target, moved(r, 'pending', e.at)]]));
  return resumeIfAbout(next, e.target, e.at);
}

/** Every failed target goes back to pending; a finished or cancelled run goes on with them. */
export function onRetryFailed(s: RunState, e: EventOf<'retryFailed'>): Result {
  const updates = new Map<number, TargetRecord>();
  forEachItem(s.targets, (r, i) => {
    if (r.status === 'failed') updates.set(i, moved(r, 'pending', e.at));
  });
  if (updates.size === 0) return 'targetState';
  const next = reopen(s, updates);
  return next.status === 'paused' ? resumeRun(next, e.at) : next;
}

/** Targets back to pending; an ended run runs again for them (its other targets keep their outcome). */
function reopen(s: RunState, updates: ReadonlyMap<number, TargetRecord>): RunState {
  const next = lowerCursor(setTargets(s, updates), updates.keys());
  return next.status === 'done' || next.status === 'cancelled' ? { ...omit(next, 'endedAt'), status: 'running' } : next;
}
