import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { nextAction } from '../../../lib/run/next-action';
import { reduce } from '../../../lib/run/reducer';
import { currentBatch, targetAt } from '../../../lib/run/state-ops';
import type { RunMode } from '../../../lib/run/types';
import { act, drive, driver, newRun, portal, send, start, users } from './fake-portal';
import type { Driver } from './fake-portal';

const statuses = (d: Driver) => toArray(d.state.targets).map((r) => r.status);
const until = (d: Driver, p: ReturnType<typeof portal>, kind: string) => {
  while (nextAction(d.state).kind !== kind) if (!act(d, p)) throw new Error(`stuck before ${kind}`);
};

describe.each<RunMode>(['autopilot', 'guided'])('pauses in %s mode', (mode) => {
  const run = (n: number) => {
    const d = driver(newRun(users(n), { mode }));
    start(d);
    return d;
  };

  it('a target not found fails with notFound, pauses, and the batch goes on without it on resume', () => {
    const d = run(3);
    const missing = targetAt(d.state, 1)!.target.id;
    const p = portal({ missing: new Set([missing]) });
    const waiting = drive(d, p);
    expect(waiting).toMatchObject({
      kind: 'waitForAdmin',
      reason: 'targetNotFound',
      pause: { target: 1, text: `No results for ${missing}` },
    });
    expect(targetAt(d.state, 1)).toMatchObject({
      status: 'failed',
      failure: { code: 'notFound', text: `No results for ${missing}` },
    });
    expect(reduce(d.state, { type: 'targetPicked', target: 2, at: d.now + 1 }).rejected?.code).toBe('paused');
    send(d, { type: 'resumed' });
    until(d, p, 'submit');
    expect(nextAction(d.state)).toMatchObject({ targets: [0, 2] });
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(statuses(d)).toEqual(['done', 'failed', 'done']);
    expect(p.submittedIds).not.toContain(missing);
  });

  it('retrying the target a pause is about resumes and sends it in a later batch', () => {
    const d = run(2);
    const missing = new Set([targetAt(d.state, 0)!.target.id]);
    const p = portal({ missing });
    drive(d, p);
    send(d, { type: 'retryTarget', target: 0 });
    expect(d.state.status).toBe('running');
    missing.clear(); // the admin fixed the address in the directory
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(statuses(d)).toEqual(['done', 'done']);
    expect(targetAt(d.state, 0)!.batch).toBe(2);
    expect(d.state.submissions).toBe(2);
  });

  it('skipping the target a pause is about resumes the run', () => {
    const d = run(2);
    const p = portal({ missing: new Set([targetAt(d.state, 0)!.target.id]) });
    drive(d, p);
    send(d, { type: 'skipTarget', target: 0 });
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(targetAt(d.state, 0)).toMatchObject({ status: 'skipped', skip: 'admin' });
  });

  it('an error message fails the batch in the portal’s words and waits; the pane is closed after resume', () => {
    const text = "We're sorry, it looks like you've run out of licenses.";
    const d = run(3);
    const p = portal({ batchError: text });
    expect(drive(d, p)).toMatchObject({
      kind: 'waitForAdmin',
      reason: 'portalError',
      pause: { text, params: { failed: 3 } },
    });
    expect(toArray(d.state.targets).map((r) => r.failure)).toEqual(Array(3).fill({ code: 'portalError', text }));
    expect(currentBatch(d.state)!.steps.readOutcome).toMatchObject({ status: 'failed', text });
    send(d, { type: 'resumed' });
    expect(nextAction(d.state).kind).toBe('closePane');
    expect(drive(d, portal())).toEqual({ kind: 'done' });
    expect(d.state.submissions).toBe(1);
  });

  it('per-target errors fail only those targets; the others are verified', () => {
    const d = run(3);
    const conflicted = targetAt(d.state, 2)!.target.id;
    const p = portal({ errors: new Map([[conflicted, 'Conflicting service plans']]) });
    expect(drive(d, p)).toMatchObject({
      reason: 'portalError',
      pause: { text: 'Conflicting service plans', params: { failed: 1 } },
    });
    send(d, { type: 'resumed' });
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(statuses(d)).toEqual(['done', 'done', 'failed']);
  });

  it('a count that does not move as expected pauses with both numbers', () => {
    const d = run(3);
    const p = portal();
    until(d, p, 'verify');
    p.seats += 1; // someone else assigned a seat meanwhile
    expect(drive(d, p)).toMatchObject({ reason: 'countMismatch', pause: { params: { expected: 3, actual: 4 } } });
    expect(statuses(d)).toEqual(['done', 'done', 'done']);
  });

  it('a target the page does not show licensed after success fails verification and pauses', () => {
    const d = run(2);
    const p = portal({ ghost: new Set([targetAt(d.state, 0)!.target.id]) });
    expect(drive(d, p)).toMatchObject({ reason: 'notVerified', pause: { params: { count: 1 } } });
    expect(targetAt(d.state, 0)).toMatchObject({ status: 'failed', failure: { code: 'notVerified' } });
    send(d, { type: 'resumed' });
    expect(drive(d, p)).toEqual({ kind: 'done' });
  });

  it('a sign-in page pauses and starts the batch’s page steps over', () => {
    const d = run(3);
    const p = portal();
    until(d, p, 'submit');
    send(d, { type: 'paused', reason: 'signIn' });
    expect(nextAction(d.state)).toMatchObject({ kind: 'waitForAdmin', reason: 'signIn' });
    expect(statuses(d)).toEqual(['queued', 'queued', 'queued']);
    send(d, { type: 'resumed' });
    expect(nextAction(d.state).kind).toBe('openProductPage');
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(d.state.submissions).toBe(1);
  });

  it('the pane closing while picking pauses and unpicks', () => {
    const d = run(3);
    const p = portal();
    for (let k = 0; k < 3; k++) act(d, p);
    send(d, { type: 'paneClosed' });
    expect(d.state.pause?.reason).toBe('paneClosed');
    expect(statuses(d)).toEqual(['queued', 'queued', 'queued']);
    send(d, { type: 'resumed' });
    expect(drive(d, p)).toEqual({ kind: 'done' });
  });

  it('the pane closing after the click, before the outcome, puts the batch in doubt', () => {
    const d = run(2);
    const p = portal();
    until(d, p, 'readOutcome');
    send(d, { type: 'paneClosed' });
    expect(currentBatch(d.state)!.inDoubt).toBe(true);
    send(d, { type: 'resumed' });
    expect(nextAction(d.state).kind).toBe('reconcile');
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(p.submittedIds).toHaveLength(2);
  });

  it('a missing control fails its step with the control’s name and is tried again on resume', () => {
    const d = run(1);
    send(d, { type: 'controlFound', step: 'openProductPage' });
    send(d, { type: 'controlMissing', step: 'openAssignPane', control: 'assignLicensesButton' });
    expect(nextAction(d.state)).toMatchObject({ reason: 'controlMissing', pause: { control: 'assignLicensesButton' } });
    expect(currentBatch(d.state)!.steps.openAssignPane).toMatchObject({
      status: 'failed',
      control: 'assignLicensesButton',
    });
    send(d, { type: 'resumed' });
    expect(nextAction(d.state).kind).toBe('openAssignPane');
    expect(drive(d, portal())).toEqual({ kind: 'done' });
  });

  it('the admin pauses and resumes; facts from the page are still recorded while paused', () => {
    const d = run(2);
    const p = portal();
    until(d, p, 'readOutcome');
    send(d, { type: 'paused', reason: 'admin' });
    expect(reduce(d.state, { type: 'resumed', at: d.now + 1 }).state.status).toBe('running');
    send(d, { type: 'outcomeRead', batch: 1, outcome: { kind: 'success' } });
    expect(d.state.status).toBe('paused');
    expect(statuses(d)).toEqual(['assigned', 'assigned']);
    expect(reduce(d.state, { type: 'paused', reason: 'admin', at: d.now + 1 }).rejected).toBeUndefined();
    send(d, { type: 'resumed' });
    expect(drive(d, p)).toEqual({ kind: 'done' });
  });
});
