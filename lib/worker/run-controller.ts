// The background's run controller: run-turns.ts wired to browser.storage and browser.tabs. The
// lead's createRun/runControl/getRunView handlers use the helpers below; runHandlers() answers the
// content script's runNext/runEvent.
import { browser } from 'wxt/browser';
import type { Handlers } from '../messages';
import { createRunStore, type KeyValueStore, type RunStore } from '../run';
import type { RunState } from '../run/types';
import { createRunTurns, type ActiveRun, type ControlEvent, type RunTurns } from './run-turns';
import { sendToTab } from '../send';
import { activeRunItem, runTabItem } from '../storage';

export { activeRunItem, runTabItem } from '../storage';

export type { ActiveRun, ControlEvent } from './run-turns';

const localKv: KeyValueStore = {
  get: (keys) => browser.storage.local.get<Record<string, unknown>>(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};

let store: RunStore | undefined;
let turns: RunTurns | undefined;

/** The one run store of this service worker: every writer of runs must use it (its cache assumes so). */
export function runStore(): RunStore {
  return (store ??= createRunStore(localKv));
}

function runTurns(): RunTurns {
  return (turns ??= createRunTurns({
    store: runStore(),
    getActive: () => activeRunItem.getValue(),
    setActive: (value) => activeRunItem.setValue(value),
    getBinding: () => runTabItem.getValue(),
    setBinding: (value) => runTabItem.setValue(value),
    tabExists: (tabId) =>
      browser.tabs.get(tabId).then(
        () => true,
        () => false,
      ),
    poke: async (tabId) => {
      await sendToTab<'runPoke'>(tabId, { type: 'runPoke' });
    },
    now: () => Date.now(),
  }));
}

/** Handlers to spread into the background's: the content script's turns and events. */
export function runHandlers(): Pick<Handlers, 'runNext' | 'runEvent'> {
  return {
    runNext: (_message, sender) => {
      const tabId = sender.tab?.id;
      return tabId === undefined || (sender.frameId ?? 0) !== 0 ? { runId: null } : runTurns().next(tabId);
    },
    runEvent: ({ runId, event }, sender) => {
      const tabId = sender.tab?.id;
      return tabId === undefined || (sender.frameId ?? 0) !== 0
        ? { runId: null, rejected: 'notBound' }
        : runTurns().event(tabId, runId, event);
    },
  };
}

/** Saves a new run as the active one, bound to `tabId` when given, started unless `autoStart` is false. */
export function startRun(state: RunState, options: { tabId?: number; autoStart?: boolean } = {}): Promise<RunState> {
  return runTurns().start(state, options);
}

/** Applies an admin command (`started`, `paused`, `resumed`, `cancelled`, `skipTarget`, ...) to the active run. */
export function applyControl(event: ControlEvent): Promise<{ ok: boolean; rejected?: string; state?: RunState }> {
  return runTurns().control(event);
}

/** The active run and its state. */
export function activeRun(): Promise<{ run: ActiveRun; state: RunState } | undefined> {
  return runTurns().active();
}

/** Forgets the active run (its stored data and report stay). */
export function clearActiveRun(): Promise<void> {
  return runTurns().clear();
}

/** Asks the run's tab to fetch its next action (after a change made outside the page). */
export function pokeRunTab(): Promise<void> {
  return runTurns().poke();
}

/** Drops the store's memory of runs, after their keys were deleted behind its back ("delete all data"). */
export function forgetCachedRuns(): void {
  store?.cache.clear();
}
