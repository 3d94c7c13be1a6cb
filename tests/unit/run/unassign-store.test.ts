import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { nextAction } from '../../../lib/run/next-action';
import { progressOf } from '../../../lib/run/progress';
import { applyAndSave, createRunStore, loadRun, saveRun } from '../../../lib/run/store';
import type { RunState } from '../../../lib/run/types';
import { driver, newRun, start } from './fake-portal';
import { actFull, fullPortal, group, user } from './fake-unassign';
import { memoryKv } from './memory-kv';

const u = (name: string) => `${name}@contoso.com`;

describe('storing runs with removals and reassignments', () => {
  it('round-trips unassign flows, freed seats and group sizes', async () => {
    const d = driver(
      newRun(
        [
          user(2, u('b'), 'reassign', u('a')),
          group(3, 'Sales', 'unassign', 12),
          group(4, 'Finance', 'assign', 7),
          user(5, u('x'), 'unassign'),
        ],
        { batchSize: 1 },
      ),
    );
    const p = fullPortal({
      total: 30,
      licensed: new Set([u('a'), u('x'), 'Sales']),
      groups: new Map([['Sales', [u('s')]]]),
    });
    start(d);
    while (toArray(d.state.batches).length < 3 || nextAction(d.state).kind !== 'tickTarget') actFull(d, p);
    const kv = memoryKv();
    await saveRun(createRunStore(kv), d.state);
    const loaded = await loadRun(createRunStore(kv), d.state.id);
    expect(loaded).toStrictEqual(d.state);
    expect(toArray(loaded!.batches).map((b) => b.flow)).toEqual(['unassignUsers', 'unassignUsers', 'unassignGroups']);
    expect(toArray(loaded!.targets).map((r) => [r.freedIn, r.target.memberCount])).toEqual([
      [1, undefined],
      [undefined, 12],
      [undefined, 7],
      [undefined, undefined],
    ]);
  });

  it('writes the events of an unassign batch and reloads the same state', async () => {
    const kv = memoryKv();
    const store = createRunStore(kv);
    let s: RunState = newRun([user(2, u('x'), 'unassign'), user(3, u('b'), 'reassign', u('a'))]);
    await saveRun(store, s);
    const d = driver(s);
    start(d);
    const p = fullPortal({ total: 3, licensed: new Set([u('x'), u('a')]) });
    while (actFull(d, p));
    for (const e of d.events) s = (await applyAndSave(store, s.id, e))!.state;
    expect(s).toStrictEqual(d.state);
    expect(await loadRun(createRunStore(kv), s.id)).toStrictEqual(d.state);
  });

  it('reads runs saved before unassign flows existed (no cursor for them)', async () => {
    const s = newRun([user(2, u('y'))]);
    const old = { ...s, cursor: { assignUsers: 0, assignGroups: 0 } } as unknown as RunState;
    const d = driver(old);
    const p = fullPortal({ total: 1 });
    start(d);
    while (actFull(d, p));
    expect(d.state.status).toBe('done');
  });
});

describe('progress of a run with reassignments', () => {
  it('counts a reassignment once, and its assign batch in the time left', () => {
    const d = driver(newRun([user(2, u('b'), 'reassign', u('a')), user(3, u('c'), 'unassign')], { batchSize: 1 }));
    const p = fullPortal({ total: 2, licensed: new Set([u('a'), u('c')]) });
    start(d);
    while (d.state.current === 1) actFull(d, p);
    const first = progressOf(d.state, d.now);
    expect(first).toMatchObject({ total: 2, done: 0, pending: 2 });
    // One unassign batch behind (10 s); the open one and the reassignment's assign batch ahead.
    expect(first.timeLeftMs).toBeGreaterThan(10_000);
    while (actFull(d, p));
    expect(progressOf(d.state, d.now)).toMatchObject({ done: 2, pending: 0, percent: 100 });
  });
});
