import { beforeAll, describe, expect, it } from 'vitest';
import { nextAction } from '../../../lib/run/next-action';
import { applyAndSave, createRunStore, loadRun, saveRun } from '../../../lib/run/store';
import type { RunState } from '../../../lib/run/types';
import { act, driver, groups, newRun, portal, send, start, users } from './fake-portal';
import { memoryKv } from './memory-kv';

const N = 100_000;
const MB = 1024 * 1024;

describe('a 100,000-target run in storage', () => {
  let midRun: RunState;
  let finished: RunState;

  beforeAll(() => {
    const targets = [...users(N - 1000), ...groups(1000, N - 1000 + 2)];
    const d = driver(newRun(targets));
    // Some targets fail along the way, so failures and the portal's words are stored too.
    const p = portal({
      missing: new Set(targets.filter((_, i) => i % 1000 === 7).map((t) => t.id)),
      errors: new Map(
        targets
          .filter((_, i) => i % 1000 === 500)
          .map((t) => [t.id, 'License assignment cannot be done for user with invalid usage location.']),
      ),
    });
    start(d);
    while (nextAction(d.state).kind !== 'done') {
      if (!act(d, p)) send(d, { type: 'resumed' });
      if (!midRun && d.state.current === 2500 && nextAction(d.state).kind === 'pickTarget') midRun = d.state;
    }
    finished = d.state;
  }, 60_000);

  it('drove the whole run in ⌈N/20⌉ submissions', () => {
    expect(finished.status).toBe('done');
    expect(finished.submissions).toBe(Math.ceil((N - 1000) / 20) + Math.ceil(1000 / 20));
  });

  it('fits under 10 MB when finished', async () => {
    const kv = memoryKv();
    await saveRun(createRunStore(kv), finished);
    expect(kv.storedBytes()).toBeLessThan(10 * MB);
    expect(kv.storedBytes()).toBeGreaterThan(4 * MB); // the ids alone are about 4 MB: the measure is real
  });

  it('writes less than 100 KB for one event in the middle of the run', async () => {
    const kv = memoryKv();
    const store = createRunStore(kv);
    await saveRun(store, midRun);
    const a = nextAction(midRun);
    if (a.kind !== 'pickTarget') throw new Error(a.kind);
    const r = await applyAndSave(store, midRun.id, {
      type: 'targetPicked',
      target: a.target,
      at: midRun.updatedAt + 1,
    });
    expect(r?.rejected).toBeUndefined();
    expect(kv.writes).toHaveLength(2);
    expect(kv.writes[1]).toBeLessThan(100 * 1024);
    expect(kv.writes[1]).toBeGreaterThan(1000);
  });

  it('loads back exactly what was saved', async () => {
    const kv = memoryKv();
    await saveRun(createRunStore(kv), finished);
    const loaded = await loadRun(createRunStore(kv), finished.id);
    expect(loaded).toStrictEqual(finished);
  });
});
