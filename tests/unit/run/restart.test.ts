import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { nextAction } from '../../../lib/run/next-action';
import { reduce } from '../../../lib/run/reducer';
import { currentBatch, targetAt } from '../../../lib/run/state-ops';
import { act, click, drive, driver, newRun, portal, send, start, users } from './fake-portal';
import type { Driver, Portal } from './fake-portal';

/** Drives until the next action is a submit, then records `submitting` without going further. */
function recordSubmittingOnly(d: Driver, p: Portal): number[] {
  while (nextAction(d.state).kind !== 'submit') act(d, p);
  const a = nextAction(d.state);
  if (a.kind !== 'submit') throw new Error('no submit');
  send(d, { type: 'submitting', batch: a.batch });
  return a.targets;
}

const ids = (d: Driver, xs: number[]) => xs.map((i) => targetAt(d.state, i)!.target.id);

describe('a restart never submits a target twice', () => {
  it('reconciles an in-doubt batch and submits only what the page does not show licensed', () => {
    const d = driver(newRun(users(45)));
    const p = portal();
    start(d);
    const batch1 = recordSubmittingOnly(d, p);
    // The click happened, but only the first 12 took effect before the worker died.
    click(p, ids(d, batch1.slice(0, 12)));
    send(d, { type: 'restarted' });

    const a = nextAction(d.state);
    expect(a).toEqual({ kind: 'reconcile', batch: 1, skuId: d.state.product.skuId, targets: batch1 });
    act(d, p);
    expect(toArray(d.state.targets).filter((r) => r.status === 'done')).toHaveLength(12);
    // The 8 unlicensed ones lead the next batch, filled up with the next pending users.
    expect(drive(d, p)).toEqual({ kind: 'done' });
    const batches = toArray(d.state.batches);
    expect(batches[1]!.targets).toEqual([...batch1.slice(12), ...Array.from({ length: 12 }, (_, k) => 20 + k)]);
    expect(p.licensed.size).toBe(45);
    // The fake portal throws on a licensed target submitted again; here: 45 ids + 8 resent after doubt.
    expect(p.submittedIds).toHaveLength(12 + 8 + 25);
    expect(d.state.submissions).toBe(1 + 2);
  });

  it('submits the whole batch again when the recorded click never happened', () => {
    const d = driver(newRun(users(20)));
    const p = portal();
    start(d);
    const batch1 = recordSubmittingOnly(d, p);
    send(d, { type: 'restarted' });
    expect(nextAction(d.state).kind).toBe('reconcile');
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(toArray(d.state.batches)[1]!.targets).toEqual(batch1);
    expect(p.submittedIds).toHaveLength(20);
  });

  it('never offers a submit while a batch is in doubt', () => {
    const d = driver(newRun(users(5)));
    const p = portal();
    start(d);
    const batch1 = recordSubmittingOnly(d, p);
    click(p, ids(d, batch1));
    send(d, { type: 'restarted' });
    const s = d.state;
    for (const e of [
      { type: 'submitting', batch: 1, at: 1e9 },
      { type: 'restarted', at: 1e9 },
    ] as const) {
      const r = reduce(s, e);
      expect(nextAction(r.state).kind).toBe('reconcile');
    }
    expect(reduce(s, { type: 'submitting', batch: 1, at: 1e9 }).rejected?.code).toBe('unexpectedStep');
    // The page shows all five licensed: nothing is submitted again and the run ends after closing the pane.
    act(d, p);
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(p.submittedIds).toHaveLength(5);
    expect(d.state.submissions).toBe(1);
  });

  it('starts the page steps over and unpicks when the restart came before the click', () => {
    const d = driver(newRun(users(3)));
    const p = portal();
    start(d);
    for (let k = 0; k < 4; k++) act(d, p); // product page, pane, two picks
    expect(toArray(d.state.targets).map((r) => r.status)).toEqual(['picked', 'picked', 'queued']);
    send(d, { type: 'restarted' });
    expect(toArray(d.state.targets).map((r) => r.status)).toEqual(['queued', 'queued', 'queued']);
    expect(currentBatch(d.state)!.steps).toEqual({});
    expect(nextAction(d.state)).toMatchObject({ kind: 'openProductPage', batch: 1 });
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(d.state.submissions).toBe(1);
  });

  it('after the outcome was read, goes on to close and verify without reconciling', () => {
    const d = driver(newRun(users(2)));
    const p = portal();
    start(d);
    while (nextAction(d.state).kind !== 'closePane') act(d, p);
    send(d, { type: 'restarted' });
    expect(nextAction(d.state).kind).toBe('closePane');
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(d.state.submissions).toBe(1);
  });

  it('keeps a paused run paused across a restart, with its batch in doubt', () => {
    const d = driver(newRun(users(4)));
    const p = portal();
    start(d);
    const batch1 = recordSubmittingOnly(d, p);
    send(d, { type: 'paused', reason: 'admin' });
    send(d, { type: 'restarted' });
    expect(d.state.status).toBe('paused');
    expect(nextAction(d.state)).toMatchObject({ kind: 'waitForAdmin', reason: 'admin' });
    send(d, { type: 'resumed' });
    expect(nextAction(d.state)).toMatchObject({ kind: 'reconcile', targets: batch1 });
  });

  it('accepts the outcome read from the pane as the end of the doubt', () => {
    const d = driver(newRun(users(3)));
    const p = portal();
    start(d);
    const batch1 = recordSubmittingOnly(d, p);
    click(p, ids(d, batch1));
    send(d, { type: 'restarted' });
    send(d, { type: 'outcomeRead', batch: 1, outcome: { kind: 'success' } });
    expect(currentBatch(d.state)!.inDoubt).toBeUndefined();
    expect(nextAction(d.state).kind).toBe('closePane');
    expect(drive(d, p)).toEqual({ kind: 'done' });
  });
});
