import { describe, expect, it } from 'vitest';
import { createRunTurns, type ActiveRun, type TabBinding } from '../../../lib/worker/run-turns';
import { createRunStore, loadRun } from '../../../lib/run';
import { memoryKv, type MemoryKv } from '../run/memory-kv';
import { newRun, users } from '../run/fake-portal';

/** A background whose every call may be the first after a restart: `restart()` drops all memory. */
function background(kv: MemoryKv = memoryKv(), session = { binding: null as TabBinding | null }) {
  let active: ActiveRun | null = null;
  const live = new Set<number>([1, 2]);
  const pokes: number[] = [];
  let clock = 10_000;
  const make = () =>
    createRunTurns({
      store: createRunStore(kv),
      getActive: async () => active,
      setActive: async (v) => void (active = v),
      getBinding: async () => session.binding,
      setBinding: async (v) => void (session.binding = v),
      tabExists: async (id) => live.has(id),
      poke: async (id) => void pokes.push(id),
      now: () => (clock += 1000),
    });
  const bg = { turns: make(), kv, live, pokes, session, active: () => active, restart: () => (bg.turns = make()) };
  return bg;
}

describe('run turns', () => {
  it('a started run binds to the first tab that asks; other tabs are told there is nothing for them', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(3)));
    expect(bg.active()).toEqual({ id: 'run-1' });
    const first = await bg.turns.next(1);
    expect(first).toMatchObject({ runId: 'run-1', mode: 'autopilot', action: { kind: 'openProductPage', batch: 1 } });
    expect(first.info?.members.map((m) => m.who.id)).toEqual(users(3).map((u) => u.id));
    expect(first.info?.batches).toBe(1);
    expect(bg.active()).toEqual({ id: 'run-1', tabId: 1 });
    expect(await bg.turns.next(2)).toEqual({ runId: null });
  });

  it('an event is saved before it is answered, and a restarted worker goes on from storage', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(2)), { tabId: 1 });
    expect(bg.pokes).toEqual([1]);
    const turn = await bg.turns.event(1, 'run-1', { type: 'controlFound', step: 'openProductPage' });
    expect(turn.action).toMatchObject({ kind: 'openAssignPane' });
    const saved = await loadRun(createRunStore(bg.kv), 'run-1');
    expect(saved?.batches.chunks[0]?.[0]?.steps.openProductPage?.status).toBe('done');
    bg.restart();
    expect((await bg.turns.next(1)).action).toMatchObject({ kind: 'openAssignPane' });
  });

  it('a repeated event (its answer was lost) is rejected without harm and answered with the next turn', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(1)), { tabId: 1 });
    await bg.turns.event(1, 'run-1', { type: 'controlFound', step: 'openProductPage' });
    await bg.turns.event(1, 'run-1', { type: 'controlFound', step: 'openAssignPane' });
    const once = await bg.turns.event(1, 'run-1', { type: 'targetPicked', target: 0 });
    bg.restart();
    const twice = await bg.turns.event(1, 'run-1', { type: 'targetPicked', target: 0 });
    expect(twice.rejected).toBe('unexpectedStep');
    expect(twice.action).toEqual(once.action);
    expect(once.action).toMatchObject({ kind: 'submit', targets: [0] });
  });

  it('events from a tab the run is not bound to are refused', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(1)), { tabId: 1 });
    const turn = await bg.turns.event(2, 'run-1', { type: 'controlFound', step: 'openProductPage' });
    expect(turn).toEqual({ runId: null, rejected: 'notBound' });
    expect((await bg.turns.next(1)).action).toMatchObject({ kind: 'openProductPage' });
  });

  it('a run whose tab is gone binds to the next tab that asks', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(1)), { tabId: 1 });
    bg.live.delete(1);
    expect((await bg.turns.next(2)).runId).toBe('run-1');
    expect(bg.active()).toEqual({ id: 'run-1', tabId: 2 });
  });

  it('after a browser restart (session binding gone) a tab with a reused id binds anew', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(1)), { tabId: 1 });
    bg.session.binding = null; // session storage is empty after the browser restarted
    bg.restart();
    expect((await bg.turns.next(2)).runId).toBe('run-1');
    expect(bg.active()).toEqual({ id: 'run-1', tabId: 2 });
    expect(bg.session.binding).toEqual({ id: 'run-1', tabId: 2 });
  });

  it('admin controls apply to the active run and poke its tab', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(1)), { tabId: 1 });
    const paused = await bg.turns.control({ type: 'paused', reason: 'admin' });
    expect(paused).toMatchObject({ ok: true, state: { status: 'paused' } });
    expect(bg.pokes).toEqual([1, 1]);
    expect((await bg.turns.next(1)).action).toEqual({
      kind: 'waitForAdmin',
      reason: 'admin',
      pause: { reason: 'admin', at: expect.any(Number) },
    });
    expect(await bg.turns.control({ type: 'paused', reason: 'admin' })).toMatchObject({ ok: true });
    expect(await bg.turns.control({ type: 'started' })).toMatchObject({ ok: false, rejected: 'alreadyStarted' });
  });

  it('a run started without autoStart waits, and clear forgets it', async () => {
    const bg = background();
    const state = await bg.turns.start(newRun(users(1)), { tabId: 1, autoStart: false });
    expect(state.status).toBe('ready');
    expect((await bg.turns.next(1)).action).toEqual({ kind: 'waitForAdmin', reason: 'notStarted' });
    await bg.turns.clear();
    expect(await bg.turns.next(1)).toEqual({ runId: null });
    expect(await bg.turns.active()).toBeUndefined();
  });

  it('the turn after the Assign click carries when it was recorded', async () => {
    const bg = background();
    await bg.turns.start(newRun(users(2), { batchSize: 1 }), { tabId: 1 });
    await bg.turns.event(1, 'run-1', { type: 'controlFound', step: 'openProductPage' });
    await bg.turns.event(1, 'run-1', { type: 'controlFound', step: 'openAssignPane' });
    await bg.turns.event(1, 'run-1', { type: 'targetPicked', target: 0 });
    const turn = await bg.turns.event(1, 'run-1', { type: 'submitting', batch: 1, seatsBefore: 4 });
    expect(turn.action).toEqual({ kind: 'readOutcome', batch: 1 });
    expect(turn.info).toMatchObject({ batch: 1, batches: 2, submittedAt: expect.any(Number) });
  });
});
