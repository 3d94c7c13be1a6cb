import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, type Handlers } from '../lib/messages';
import { combineFrames, createSerialQueue, withFrameReport, withoutTab } from '../lib/background/page-reports';
import { frameReportsItem, pageReportsItem } from '../lib/browser/storage';
import { resolveSkuIds } from '../lib/catalog/resolve-report';
import { getCatalog } from '../lib/catalog';
import { clearCsv, confirmGuests, currentCsv, loadCsv, setOverrides } from '../lib/browser/loaded-csv';
import { pageFactsFromReport } from '../lib/background/csv-summary';
import { runPreflight, runnableTargets } from '../lib/preflight';
import { readSettings } from '../lib/browser/storage';

export default defineBackground(() => {
  const serially = createSerialQueue();
  const ctx = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  const handlers: Handlers = {
    pageReport: ({ report }, sender) =>
      serially(async () => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { stored: false };
        const frames = withFrameReport(await frameReportsItem.getValue(), tabId, sender.frameId ?? 0, resolveSkuIds(report, getCatalog()));
        const combined = combineFrames(frames[String(tabId)] ?? {});
        const reports = await pageReportsItem.getValue();
        await frameReportsItem.setValue(frames);
        await pageReportsItem.setValue(combined ? { ...reports, [String(tabId)]: combined } : reports);
        return { stored: true };
      }),
    loadCsv: async ({ fileName, base64, overrides }) => ({ summary: await loadCsv(fileName, base64, overrides ?? {}) }),
    confirmGuests: async ({ confirmed }) => ({ guestsConfirmed: await confirmGuests(confirmed) }),
    clearCsv: async () => {
      await clearCsv();
      return { cleared: true };
    },
    setCsvOverrides: async ({ overrides }) => ({ summary: await setOverrides(overrides) }),
    getPreflight: async ({ tabId, skuId }) => {
      const [csv, reports, settings] = await Promise.all([currentCsv(), pageReportsItem.getValue(), readSettings()]);
      const facts = pageFactsFromReport(reports[String(tabId)], skuId);
      const base = { product: facts.product, defaultMode: settings.defaultMode };
      if (!csv) return { ...base, summary: null, guestsConfirmed: false, checks: [], runnable: { run: 0, held: 0, skipped: 0 }, blockedBy: [] };
      const preflightSettings = { excludeGuestsAlways: settings.guestPolicy === 'exclude', guestsConfirmed: csv.stored.guestsConfirmed };
      const checks = runPreflight(csv.result.targets, facts, preflightSettings, getCatalog());
      const runnable = runnableTargets(csv.result.targets, checks, preflightSettings);
      return {
        ...base,
        blockedBy: runnable.blockedBy,
        summary: csv.summary,
        guestsConfirmed: csv.stored.guestsConfirmed,
        checks,
        runnable: { run: runnable.run.length, held: runnable.held.length, skipped: runnable.skipped.length },
      };
    },
  };

  browser.runtime.onMessage.addListener((message, sender) => handleMessage(handlers, message, sender, ctx));

  browser.tabs.onRemoved.addListener((tabId) => {
    void serially(async () => {
      await frameReportsItem.setValue(withoutTab(await frameReportsItem.getValue(), tabId));
      await pageReportsItem.setValue(withoutTab(await pageReportsItem.getValue(), tabId));
    });
  });

  // The toolbar button opens the popup; the side panel opens from the popup (Chrome) or sidebar (Firefox).
  if (import.meta.env.CHROME || import.meta.env.EDGE) {
    void (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: false })
      .catch(() => undefined);
  }
});
