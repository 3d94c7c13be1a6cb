import { describe, expect, it } from 'vitest';
import { nextAction } from '../../../lib/run/next-action';
import { progressOf } from '../../../lib/run/progress';
import { act, drive, driver, newRun, portal, send, start, users } from './fake-portal';
import type { Driver, Portal } from './fake-portal';

/** Runs one whole batch; every event takes one second on the driver's clock. */
function oneBatch(d: Driver, p: Portal): void {
  const n = d.state.current;
  while (d.state.current === n && act(d, p));
}

describe('progress', () => {
  it('counts and percentage over the run', () => {
    const d = driver(newRun(users(10), { batchSize: 4 }));
    const p = portal({ missing: new Set(['user00001.lastname@contoso.onmicrosoft.com']) });
    expect(progressOf(d.state, d.now)).toEqual({ total: 10, done: 0, failed: 0, skipped: 0, pending: 10, percent: 0 });
    send(d, { type: 'skipTarget', target: 9 });
    start(d);
    drive(d, p); // paused on the missing user
    send(d, { type: 'resumed' });
    oneBatch(d, p);
    expect(progressOf(d.state, d.now)).toMatchObject({ done: 3, failed: 1, skipped: 1, pending: 5, percent: 50 });
    drive(d, p);
    expect(progressOf(d.state, d.now)).toEqual({
      total: 10,
      done: 8,
      failed: 1,
      skipped: 1,
      pending: 0,
      percent: 100,
      timeLeftMs: 0,
    });
  });

  it('has no time left estimate before a batch has completed', () => {
    const d = driver(newRun(users(30)));
    start(d);
    act(d, portal());
    expect(progressOf(d.state, d.now).timeLeftMs).toBeUndefined();
  });

  it('estimates time left from completed batch durations, paused time left out', () => {
    const d = driver(newRun(users(100), { batchSize: 10 }));
    const p = portal();
    start(d);
    oneBatch(d, p); // a 10-user batch: 17 events of 1 s (2 page steps, 10 picks, 2 for the click, 3 after)
    const first = d.state.batches.chunks[0]![0]!;
    const batchMs = first.endedAt! - first.startedAt;
    expect(batchMs).toBe(17_000);
    // 8 batches waiting + the open one that has just begun.
    expect(progressOf(d.state, d.now).timeLeftMs).toBe(9 * batchMs);
    // A long pause inside the second batch does not count as batch time.
    act(d, p);
    send(d, { type: 'paused', reason: 'admin' });
    d.now += 3_600_000;
    send(d, { type: 'resumed' });
    oneBatch(d, p);
    const second = d.state.batches.chunks[0]![1]!;
    expect(second.pausedMs).toBe(3_601_000);
    // The second batch took 18 s of work (the pause and resume events add one second); 8 batches left.
    expect(second.endedAt! - second.startedAt - second.pausedMs).toBe(18_000);
    expect(progressOf(d.state, d.now).timeLeftMs).toBe(8 * 17_500);
  });

  it('counts an open batch by what remains of an average batch', () => {
    const d = driver(newRun(users(20), { batchSize: 10 }));
    const p = portal();
    start(d);
    oneBatch(d, p);
    for (let k = 0; k < 4; k++) act(d, p); // 4 s into the second, last batch
    expect(progressOf(d.state, d.now).timeLeftMs).toBe(17_000 - 4_000);
    expect(nextAction(d.state).kind).toBe('pickTarget');
  });
});
