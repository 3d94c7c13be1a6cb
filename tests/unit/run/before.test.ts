import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { createRunStore, loadRun, saveRun } from '../../../lib/run/store';
import { nextAction } from '../../../lib/run/next-action';
import { reduce } from '../../../lib/run/reducer';
import { act, driver, newRun, send, start } from './fake-portal';
import { driveFull, fullPortal, user } from './fake-unassign';
import { memoryKv } from './memory-kv';

const u = (name: string) => `${name}@contoso.com`;

describe('before-state', () => {
  it('keeps the first reading of the open batch and ignores later ones', () => {
    const d = driver(newRun([user(2, u('a')), user(3, u('b'))]));
    start(d);
    act(d, fullPortal({ total: 5 })); // openProductPage
    expect(nextAction(d.state).kind).toBe('openAssignPane');
    send(d, {
      type: 'beforeRead',
      batch: 1,
      results: [
        { target: 0, before: { held: 'group', groups: ['Sales'] } },
        { target: 1, before: { held: 'none' } },
      ],
    });
    send(d, { type: 'beforeRead', batch: 1, results: [{ target: 0, before: { held: 'direct' } }] });
    const [a, b] = toArray(d.state.targets);
    expect(a!.before).toEqual({ held: 'group', groups: ['Sales'] });
    expect(b!.before).toEqual({ held: 'none' });
    const wrong = reduce(d.state, { type: 'beforeRead', batch: 2, results: [], at: d.now + 1 });
    expect(wrong.rejected?.code).toBe('wrongBatch');
  });

  it('records what ticking showed: held directly, through a group only, not at all; a reassignment per person', () => {
    const p = fullPortal({ total: 5, licensed: new Set([u('x'), u('a1')]), viaGroup: new Set([u('g')]) });
    const d = driver(
      newRun([
        user(2, u('x'), 'unassign'),
        user(3, u('g'), 'unassign'),
        user(4, u('nobody'), 'unassign'),
        user(5, u('b1'), 'reassign', u('a1')),
      ]),
    );
    start(d);
    driveFull(d, p);
    const [x, g, nobody, re] = toArray(d.state.targets);
    expect([x!.before, g!.before, nobody!.before]).toEqual([{ held: 'direct' }, { held: 'group' }, { held: 'none' }]);
    expect(re!.fromBefore).toEqual({ held: 'direct' });
  });

  it('survives the store', async () => {
    const d = driver(newRun([user(2, u('a')), user(3, u('b'))]));
    start(d);
    act(d, fullPortal({ total: 5 }));
    send(d, {
      type: 'beforeRead',
      batch: 1,
      results: [{ target: 1, before: { held: 'direct', groups: ['Sales', 'Team 2'] } }],
    });
    const store = createRunStore(memoryKv());
    await saveRun(store, d.state);
    store.cache.clear();
    const loaded = await loadRun(store, d.state.id);
    expect(toArray(loaded!.targets).map((r) => r.before)).toEqual([
      undefined,
      { held: 'direct', groups: ['Sales', 'Team 2'] },
    ]);
  });
});
