// Every storage item of the extension, versioned, in one place. Page reports live in session storage (gone with the browser session);
// settings and runs live in local storage (they survive a browser restart).
import { storage } from 'wxt/utils/storage';
import type { LearnedControl } from './portals/learned-list';
import type { PageReport } from './portals/types';
import type { ActiveRun, TabBinding } from './worker/run-turns';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings/settings';

/** Latest page report per tab id (as a string): the contract of DESIGN.md. */
export const pageReportsItem = storage.defineItem<Record<string, PageReport>>('session:pageReports', {
  fallback: {},
  version: 1,
});

/** Per tab, per frame: the reports the tab's page report is combined from. */
export const frameReportsItem = storage.defineItem<Record<string, Record<string, PageReport>>>('session:frameReports', {
  fallback: {},
  version: 1,
});

/** Settings, versioned: a change of shape bumps the version and adds a migration here. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings complete and in range, whatever was stored. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** The spreadsheet the admin loaded: kept as its bytes so a restarted service worker reads it again. */
export type StoredCsv = {
  fileName: string;
  base64: string;
  overrides: Record<string, unknown>;
  loadedAt: string;
  /** The admin's confirmation, for this file's run, that the agreement allows licensing guests. */
  guestsConfirmed: boolean;
};
export const loadedCsvItem = storage.defineItem<StoredCsv | null>('local:loadedCsv', { fallback: null, version: 1 });

/** Per run: what its report needs beyond the run itself (the file's rows that never became targets). */
export type RunFile = { fileName: string; delimiter: string; excluded: { row: number; id: string; reason: string }[] };
export const runFilesItem = storage.defineItem<Record<string, RunFile>>('local:runFiles', { fallback: {}, version: 1 });

/** The active run (survives a browser restart). */
export const activeRunItem = storage.defineItem<ActiveRun | null>('local:activeRun', { fallback: null, version: 1 });
/** Its tab as bound in this browser session (session storage is emptied when the browser closes). */
export const runTabItem = storage.defineItem<TabBinding | null>('session:runTab', { fallback: null, version: 1 });

/** Controls the admin showed ("Show me"), per portal and language. */
export const learnedControlsItem = storage.defineItem<LearnedControl[]>('local:learnedControls', {
  fallback: [],
  version: 1,
});
