import { describe, expect, it } from 'vitest';
import type { Target } from '../../../lib/csv/types';
import { createRun } from '../../../lib/run/create';
import { nextAction } from '../../../lib/run/next-action';
import {
  applyAndSave,
  createRunStore,
  deleteRun,
  deleteRunsOlderThan,
  listRuns,
  loadRun,
  RUN_INDEX_KEY,
  saveRun,
} from '../../../lib/run/store';
import type { RunState } from '../../../lib/run/types';
import { act, driver, newRun, portal, send, SKU, start, users } from './fake-portal';
import { memoryKv } from './memory-kv';

const DAY = 86_400_000;

function run(id: string, now: number, n = 3): RunState {
  return createRun({ id, product: { skuId: SKU, name: 'Power BI Pro' }, mode: 'guided', targets: users(n), now });
}

describe('run store', () => {
  it('round-trips every kind of field: odd targets, failures, pauses, doubt, step texts and controls', async () => {
    const odd: Target[] = [
      {
        row: 2,
        kind: 'guest',
        id: 'john_fabrikam.com#EXT#@contoso.onmicrosoft.com',
        key: 'john@fabrikam.com',
        action: 'assign',
        displayName: 'John É',
      },
      // A reassignment to a group is not run (skipped), but its fields are stored all the same.
      {
        row: 9,
        kind: 'group',
        id: 'Ann@Contoso.com',
        key: 'ann@contoso.com',
        action: 'reassign',
        from: 'bob@contoso.com',
      },
      { row: 5, kind: 'group', id: 'Sales', key: 'sales', action: 'assign' },
      ...users(4, 20),
    ];
    const d = driver(
      createRun({
        id: 'odd',
        product: { skuId: SKU, name: 'P' },
        mode: 'autopilot',
        batchSize: 2,
        targets: odd,
        now: 500,
      }),
    );
    start(d);
    const p = portal({ missing: new Set([users(4, 20)[1]!.id]) });
    send(d, { type: 'controlFound', step: 'openProductPage' });
    send(d, { type: 'controlMissing', step: 'openAssignPane', control: 'assignButton', text: 'Something went wrong' });
    send(d, { type: 'paused', reason: 'admin', text: 'coffee', params: { n: 1 } });
    send(d, { type: 'resumed' });
    while (d.state.current !== 2 || nextAction(d.state).kind !== 'readOutcome')
      if (!act(d, p)) send(d, { type: 'resumed' });
    send(d, { type: 'controlMissing', step: 'readOutcome', control: 'outcomeBar', text: 'Oops, €5' });
    send(d, { type: 'restarted' });

    const kv = memoryKv();
    await saveRun(createRunStore(kv), d.state);
    const loaded = await loadRun(createRunStore(kv), 'odd');
    expect(loaded).toStrictEqual(d.state);
    expect(loaded!.batches.chunks[0]![0]!.steps.openAssignPane).toMatchObject({ status: 'done' });
    expect(loaded!.batches.chunks[0]!.map((b) => b.inDoubt)).toEqual([undefined, true]);
    expect(loaded!.batches.chunks[0]![1]!.steps.readOutcome).toEqual({
      status: 'failed',
      at: d.now - 1000,
      control: 'outcomeBar',
      text: 'Oops, €5',
    });
    expect(loaded!.pause).toMatchObject({ reason: 'controlMissing', control: 'outcomeBar' });
    expect(loaded!.targets.chunks[0]!.map((r) => r.status)).toEqual([
      'done',
      'skipped',
      'pending',
      'done',
      'failed',
      'submitted',
      'pending',
    ]);
  });

  it('after each event writes only what changed, and a reload equals the state in memory', async () => {
    const kv = memoryKv();
    const store = createRunStore(kv);
    await saveRun(store, newRun(users(1200)));
    const keysAfterSave = new Set(kv.data.keys());
    const before = new Map(kv.data);
    for (const e of [{ type: 'started' }, { type: 'controlFound', step: 'openProductPage' }] as const) {
      const r = await applyAndSave(store, 'run-1', { ...e, at: 2000 });
      expect(r?.rejected).toBeUndefined();
    }
    expect(kv.writtenKeys.at(-1)).toEqual(['run:run-1', 'run:run-1:b0']);
    expect(kv.writtenKeys.at(-2)).toEqual(['run:run-1', 'run:run-1:b0', 'run:run-1:p0']);
    const changed = [...kv.data.keys()].filter((k) => kv.data.get(k) !== before.get(k)).sort();
    // Meta, the progress of the first chunk of 500 targets (the batch's 20), and the first batch chunk.
    expect(changed).toEqual(['run:run-1', 'run:run-1:b0', 'run:run-1:p0']);
    expect([...kv.data.keys()].filter((k) => !keysAfterSave.has(k))).toEqual(['run:run-1:b0']);
    const fresh = await loadRun(createRunStore(kv), 'run-1');
    expect(fresh).toStrictEqual(store.cache.get('run-1'));
  });

  it('writes nothing for a rejected event and answers undefined for an unknown run', async () => {
    const kv = memoryKv();
    const store = createRunStore(kv);
    await saveRun(store, run('a', 0));
    const r = await applyAndSave(store, 'a', { type: 'resumed', at: 1 });
    expect(r?.rejected?.code).toBe('notStarted');
    expect(kv.writes).toHaveLength(1);
    expect(await applyAndSave(store, 'nope', { type: 'started', at: 1 })).toBeUndefined();
  });

  it('applies events one after another even when called at once', async () => {
    const store = createRunStore(memoryKv());
    await saveRun(store, run('a', 0));
    const results = await Promise.all([
      applyAndSave(store, 'a', { type: 'started', at: 1 }),
      applyAndSave(store, 'a', { type: 'controlFound', step: 'openProductPage', at: 2 }),
      applyAndSave(store, 'a', { type: 'controlFound', step: 'openAssignPane', at: 3 }),
    ]);
    expect(results.map((r) => r?.rejected)).toEqual([undefined, undefined, undefined]);
    expect(nextAction((await loadRun(createRunStore(store.kv), 'a'))!).kind).toBe('pickTarget');
  });

  it('lists, deletes, and deletes runs untouched for longer than the retention period', async () => {
    const kv = memoryKv();
    const store = createRunStore(kv);
    await saveRun(store, run('old', 0, 600));
    await saveRun(store, run('recent', 10 * DAY));
    await saveRun(store, run('other', 11 * DAY));
    expect((await listRuns(store)).map((r) => [r.id, r.total, r.status])).toEqual([
      ['other', 3, 'ready'],
      ['recent', 3, 'ready'],
      ['old', 600, 'ready'],
    ]);
    expect(await deleteRunsOlderThan(store, 14, 15 * DAY)).toEqual(['old']);
    expect([...kv.data.keys()].some((k) => k.startsWith('run:old'))).toBe(false);
    expect(await loadRun(store, 'old')).toBeUndefined();
    await deleteRun(store, 'other');
    expect((await listRuns(store)).map((r) => r.id)).toEqual(['recent']);
    expect(JSON.parse(kv.data.get(RUN_INDEX_KEY)!)).toEqual({ recent: 10 * DAY });
    expect([...kv.data.keys()].sort()).toEqual(['run:recent', 'run:recent:i0', 'run:recent:p0', RUN_INDEX_KEY]);
  });
});
