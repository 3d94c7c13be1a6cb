// Versioned storage items. Page reports live in session storage (gone with the browser session);
// settings and runs live in local storage (they survive a browser restart).
import { storage } from 'wxt/utils/storage';
import type { PageReport } from '../portals/types';

/** Latest page report per tab id (as a string): the contract of DESIGN.md. */
export const pageReportsItem = storage.defineItem<Record<string, PageReport>>('session:pageReports', {
  fallback: {},
  version: 1,
});

/** Per tab, per frame: the reports the tab's page report is combined from. */
export const frameReportsItem = storage.defineItem<Record<string, Record<string, PageReport>>>(
  'session:frameReports',
  { fallback: {}, version: 1 },
);
