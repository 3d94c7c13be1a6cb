import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { nextAction } from '../../../lib/run/next-action';
import { reduce } from '../../../lib/run/reducer';
import { targetAt } from '../../../lib/run/state-ops';
import { act, drive, driver, newRun, portal, send, start, users } from './fake-portal';
import type { EventInput } from './fake-portal';

describe('skip, retry and cancel', () => {
  it('a target skipped before the start is never batched', () => {
    const d = driver(newRun(users(3)));
    send(d, { type: 'skipTarget', target: 1 });
    start(d);
    const p = portal();
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(toArray(d.state.batches)[0]!.targets).toEqual([0, 2]);
    expect(targetAt(d.state, 1)).toMatchObject({ status: 'skipped', skip: 'admin', batch: 0 });
  });

  it('skipping a queued target takes it out of the open batch', () => {
    const d = driver(newRun(users(3)));
    start(d);
    send(d, { type: 'skipTarget', target: 2 });
    const p = portal();
    drive(d, p);
    expect(p.submittedIds).toHaveLength(2);
  });

  it('refuses to skip a picked target (it sits in the portal’s picker) or a submitted one', () => {
    const d = driver(newRun(users(2)));
    start(d);
    const p = portal();
    for (let k = 0; k < 3; k++) act(d, p);
    expect(reduce(d.state, { type: 'skipTarget', target: 0, at: d.now }).rejected?.code).toBe('targetState');
    act(d, p);
    act(d, p); // submit
    expect(reduce(d.state, { type: 'skipTarget', target: 1, at: d.now }).rejected?.code).toBe('targetState');
  });

  it('closes the pane when every target of a batch was skipped after it opened', () => {
    const d = driver(newRun(users(2)));
    start(d);
    const p = portal({ missing: new Set([targetAt(d.state, 0)!.target.id, targetAt(d.state, 1)!.target.id]) });
    drive(d, p);
    send(d, { type: 'skipTarget', target: 0 });
    drive(d, p);
    send(d, { type: 'skipTarget', target: 1 });
    expect(nextAction(d.state).kind).toBe('closePane');
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(d.state.submissions).toBe(0);
    expect(toArray(d.state.batches)[0]!.steps.submit?.status).toBe('skipped');
  });

  it('retrying a failed target of a finished run opens it again', () => {
    const d = driver(newRun(users(2)));
    const p = portal({ ghost: new Set([targetAt(d.state, 1)!.target.id]) });
    start(d);
    drive(d, p);
    send(d, { type: 'resumed' });
    drive(d, p);
    expect(d.state.status).toBe('done');
    p.licensed.delete(targetAt(d.state, 1)!.target.id);
    p.ghost!.clear();
    send(d, { type: 'retryTarget', target: 1 });
    expect(d.state.status).toBe('running');
    expect(d.state.endedAt).toBeUndefined();
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(targetAt(d.state, 1)).toMatchObject({ status: 'done', batch: 2 });
  });

  it('refuses to retry targets that are done or belong to another product', () => {
    const d = driver(newRun([...users(1), { ...users(1, 9)[0]!, skuId: 'c1d032e0-5619-4761-9b5c-75b6831e1711' }]));
    start(d);
    drive(d, portal());
    expect(reduce(d.state, { type: 'retryTarget', target: 0, at: d.now }).rejected?.code).toBe('targetState');
    expect(reduce(d.state, { type: 'retryTarget', target: 1, at: d.now }).rejected?.code).toBe('targetState');
    expect(reduce(d.state, { type: 'retryTarget', target: 7, at: d.now }).rejected?.code).toBe('unknownTarget');
  });

  it('cancel skips what was not submitted and marks an unanswered submission unconfirmed', () => {
    const d = driver(newRun(users(25)));
    start(d);
    const p = portal();
    while (nextAction(d.state).kind !== 'readOutcome') act(d, p);
    send(d, { type: 'cancelled' });
    const byStatus = (s: string) => toArray(d.state.targets).filter((r) => r.status === s);
    expect(byStatus('failed').map((r) => r.failure)).toEqual(Array(20).fill({ code: 'unconfirmed' }));
    expect(byStatus('skipped').map((r) => r.skip)).toEqual(Array(5).fill('cancelled'));
    expect(d.state.status).toBe('cancelled');
    expect(d.state.current).toBeUndefined();
    expect(nextAction(d.state)).toEqual({ kind: 'done' });
    expect(
      reduce(d.state, { type: 'outcomeRead', batch: 1, outcome: { kind: 'success' }, at: d.now }).rejected?.code,
    ).toBe('ended');
  });
});

describe('rejected events', () => {
  const base = () => {
    const d = driver(newRun(users(3)));
    start(d);
    return d;
  };

  it.each<[string, (d: ReturnType<typeof base>) => void, EventInput, string]>([
    ['started twice', () => {}, { type: 'started' }, 'alreadyStarted'],
    ['resume when not paused', () => {}, { type: 'resumed' }, 'notPaused'],
    ['a pick before the pane is open', () => {}, { type: 'targetPicked', target: 0 }, 'unexpectedStep'],
    ['found a control of a later step', () => {}, { type: 'controlFound', step: 'openAssignPane' }, 'unexpectedStep'],
    ['submit begun without submitting', () => {}, { type: 'stepBegan', step: 'submit' }, 'unexpectedStep'],
    [
      'an outcome before any click',
      () => {},
      { type: 'outcomeRead', batch: 1, outcome: { kind: 'success' } },
      'unexpectedStep',
    ],
    ['a reconcile without doubt', () => {}, { type: 'reconciled', batch: 1, licensed: [] }, 'notInDoubt'],
    ['another batch number', () => {}, { type: 'submitting', batch: 2 }, 'wrongBatch'],
    ['an unknown target', (d) => openPane(d), { type: 'targetPicked', target: 99 }, 'unknownTarget'],
    [
      'a target picked twice',
      (d) => {
        openPane(d);
        send(d, { type: 'targetPicked', target: 0 });
      },
      { type: 'targetPicked', target: 0 },
      'targetState',
    ],
    ['a submit with targets left to pick', (d) => openPane(d), { type: 'submitting', batch: 1 }, 'unexpectedStep'],
  ])('%s', (_name, setup, event, code) => {
    const d = base();
    setup(d);
    const before = d.state;
    const r = reduce(before, { ...event, at: d.now + 1 });
    expect(r.rejected).toEqual({ code, event: event.type });
    expect(r.state).toBe(before);
  });

  it('events before the start are refused, except the admin’s controls', () => {
    const s = newRun(users(1));
    expect(reduce(s, { type: 'targetPicked', target: 0, at: 2 }).rejected?.code).toBe('notStarted');
    expect(reduce(s, { type: 'modeSet', mode: 'guided', at: 2 }).state.mode).toBe('guided');
    expect(nextAction(s)).toEqual({ kind: 'waitForAdmin', reason: 'notStarted' });
  });

  it('a target of another batch is refused', () => {
    const d = driver(newRun(users(3), { batchSize: 2 }));
    start(d);
    openPane(d);
    expect(reduce(d.state, { type: 'targetPicked', target: 2, at: d.now }).rejected?.code).toBe('targetNotInBatch');
  });
});

function openPane(d: ReturnType<typeof driver>): void {
  send(d, { type: 'controlFound', step: 'openProductPage' });
  send(d, { type: 'controlFound', step: 'openAssignPane' });
}
