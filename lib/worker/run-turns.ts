// The background's side of a run, over injected storage and tab functions so it is tested without a
// browser: which tab the active run works in, the next turn for a tab, and applying events. Every
// call reads from storage (the run store's cache is only an optimisation), so a service worker that
// was stopped in between loses nothing; every event is reduced and saved before it is answered.
import type { PageRunEvent, RunTurn, RunTurnInfo } from '../messages';
import {
  batchPosition,
  currentBatch,
  loadRun,
  nextAction,
  progressOf,
  saveRun,
  applyAndSave,
  targetAt,
  type RunStore,
} from '../run';
import type { RunEvent, RunState } from '../run/types';

/** The one active run; `tabId` is the tab it works in, when bound. */
export type ActiveRun = { id: string; tabId?: number };
/** The binding as made in this browser session (tab ids start over after a browser restart). */
export type TabBinding = { id: string; tabId: number };

export type RunTurnsDeps = {
  store: RunStore;
  getActive(): Promise<ActiveRun | null>;
  setActive(value: ActiveRun | null): Promise<void>;
  getBinding(): Promise<TabBinding | null>;
  setBinding(value: TabBinding | null): Promise<void>;
  tabExists(tabId: number): Promise<boolean>;
  /** Tells the tab's content script to ask for its next action; failures are ignored. */
  poke(tabId: number): Promise<void>;
  now(): number;
};

export type ControlEvent =
  Exclude<RunEvent, { type: 'stepBegan' }> extends infer E ? (E extends unknown ? Omit<E, 'at'> : never) : never;

const NO_RUN: RunTurn = { runId: null };

export function turnOf(s: RunState, now: number): RunTurn {
  const action = nextAction(s);
  const b = currentBatch(s);
  const info: RunTurnInfo = { product: s.product, batches: batchPosition(s, progressOf(s, now)).of, members: [] };
  if (b) {
    info.batch = b.n;
    info.members = b.targets.flatMap((i) => {
      const r = targetAt(s, i);
      return r && r.batch === b.n ? [{ target: i, who: r.target }] : [];
    });
    // The recorded click: Assign in the pane, or Unassign in the dialog.
    const clicked = b.steps.submit ?? b.steps.confirm;
    if (clicked) info.submittedAt = clicked.at;
  }
  return { runId: s.id, mode: s.mode, action, info };
}

export function createRunTurns(deps: RunTurnsDeps) {
  let tail: Promise<unknown> = Promise.resolve();
  /** One call at a time: binding and applying must not interleave. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };

  /** The active run's state and whether `tabId` is (now) its tab; binds a run without a live tab. */
  async function forTab(tabId: number): Promise<RunState | undefined> {
    const active = await deps.getActive();
    if (!active) return undefined;
    const state = await loadRun(deps.store, active.id);
    if (!state) return undefined;
    if (active.tabId === tabId) {
      const binding = await deps.getBinding();
      if (binding?.id === active.id && binding.tabId === tabId) return state;
    }
    const bound = active.tabId !== undefined && (await isLiveBinding(active));
    if (bound && active.tabId !== tabId) return undefined;
    await deps.setActive({ id: active.id, tabId });
    await deps.setBinding({ id: active.id, tabId });
    return state;
  }

  async function isLiveBinding(active: ActiveRun): Promise<boolean> {
    const binding = await deps.getBinding();
    if (!binding || binding.id !== active.id || binding.tabId !== active.tabId) return false;
    return deps.tabExists(binding.tabId);
  }

  async function apply(id: string, event: RunEvent): Promise<{ state?: RunState; rejected?: string }> {
    const result = await applyAndSave(deps.store, id, event);
    if (!result) return {};
    return result.rejected ? { state: result.state, rejected: result.rejected.code } : { state: result.state };
  }

  async function pokeActive(): Promise<void> {
    const active = await deps.getActive();
    if (active?.tabId !== undefined) await deps.poke(active.tabId).catch(() => undefined);
  }

  return {
    /** `runNext` from a tab: its turn, or `{ runId: null }` when the active run works elsewhere. */
    next: (tabId: number): Promise<RunTurn> =>
      serial(async () => {
        const state = await forTab(tabId);
        return state ? turnOf(state, deps.now()) : NO_RUN;
      }),

    /** `runEvent` from a tab: stamped, reduced and saved, then answered with the next turn. */
    event: (tabId: number, runId: string, event: PageRunEvent): Promise<RunTurn & { rejected?: string }> =>
      serial(async () => {
        const state = await forTab(tabId);
        if (!state || state.id !== runId) return { ...NO_RUN, rejected: 'notBound' };
        const applied = await apply(runId, { ...event, at: deps.now() });
        const after = applied.state ?? state;
        const turn = turnOf(after, deps.now());
        return applied.rejected ? { ...turn, rejected: applied.rejected } : turn;
      }),

    /** Saves a new run, makes it the active one (bound to `tabId` when given), starts it unless told
     *  not to, and pokes its tab. */
    start: (state: RunState, options: { tabId?: number; autoStart?: boolean } = {}): Promise<RunState> =>
      serial(async () => {
        await saveRun(deps.store, state);
        await deps.setActive(options.tabId === undefined ? { id: state.id } : { id: state.id, tabId: options.tabId });
        await deps.setBinding(options.tabId === undefined ? null : { id: state.id, tabId: options.tabId });
        let current = state;
        if (options.autoStart !== false && state.status === 'ready') {
          current = (await apply(state.id, { type: 'started', at: deps.now() })).state ?? state;
        }
        await pokeActive();
        return current;
      }),

    /** An admin's command (start, pause, resume, cancel, skip, retry, mode) on the active run. */
    control: (event: ControlEvent): Promise<{ ok: boolean; rejected?: string; state?: RunState }> =>
      serial(async () => {
        const active = await deps.getActive();
        if (!active) return { ok: false, rejected: 'noRun' };
        const applied = await apply(active.id, { ...event, at: deps.now() });
        if (!applied.state) return { ok: false, rejected: 'noRun' };
        await pokeActive();
        return applied.rejected
          ? { ok: false, rejected: applied.rejected, state: applied.state }
          : { ok: true, state: applied.state };
      }),

    /** The active run and its state, for the side panel. */
    active: (): Promise<{ run: ActiveRun; state: RunState } | undefined> =>
      serial(async () => {
        const run = await deps.getActive();
        const state = run ? await loadRun(deps.store, run.id) : undefined;
        return run && state ? { run, state } : undefined;
      }),

    /** Forgets which run is active (its data stays until deleted); the tab's overlay goes away. */
    clear: (): Promise<void> =>
      serial(async () => {
        const active = await deps.getActive();
        await deps.setActive(null);
        await deps.setBinding(null);
        if (active?.tabId !== undefined) await deps.poke(active.tabId).catch(() => undefined);
      }),

    poke: (): Promise<void> => serial(pokeActive),
  };
}

export type RunTurns = ReturnType<typeof createRunTurns>;
