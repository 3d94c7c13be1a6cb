import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, type Handlers } from '../lib/messages';
import { combineFrames, createSerialQueue, withFrameReport, withoutTab } from '../lib/worker/page-reports';
import { frameReportsItem, pageReportsItem } from '../lib/storage';
import { resolveSkuIds } from '../lib/catalog/resolve-report';
import { getCatalog } from '../lib/catalog';
import { clearCsv, confirmGuests, currentCsv, loadCsv, setOverrides } from '../lib/worker/loaded-csv';
import { pageFactsWithHolders } from '../lib/worker/page-facts';
import { runOutcomeOf } from '../lib/worker/run-outcome';
import { evaluatePreflight } from '../lib/worker/evaluate-preflight';
import { readSettings } from '../lib/storage';
import { activeRun, activeRunItem, forgetCachedRuns, runHandlers } from '../lib/worker/run-controller';
import { sendToTab } from '../lib/send';
import { applyRetention } from '../lib/worker/retention';
import { scheduleRetention } from '../lib/worker/retention-schedule';
import { RUN_INDEX_KEY } from '../lib/run';
import { runUiHandlers } from '../lib/worker/run-ui-handlers';
import { undoHandlers } from '../lib/worker/undo-handlers';
import { progressOf } from '../lib/run';

export default defineBackground(() => {
  const serially = createSerialQueue();
  const ctx = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  const handlers: Handlers = {
    ...runHandlers(),
    ...runUiHandlers(),
    ...undoHandlers(),
    pageReport: ({ report }, sender) =>
      serially(async () => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { stored: false };
        const frames = withFrameReport(
          await frameReportsItem.getValue(),
          tabId,
          sender.frameId ?? 0,
          resolveSkuIds(report, getCatalog()),
        );
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
      const active = await activeRun();
      const running =
        active &&
        (active.state.status === 'running' || active.state.status === 'paused' || active.state.status === 'ready');
      // The holders are read only with a file loaded (they serve its checks) and never under a run.
      const { facts, holders } = await pageFactsWithHolders(tabId, reports[String(tabId)], skuId, {
        mayRead: !!csv && !running,
      });
      const ended = active && (active.state.status === 'done' || active.state.status === 'cancelled');
      const progress = running ? progressOf(active.state, Date.now()) : undefined;
      const base = {
        product: facts.product,
        defaultMode: settings.defaultMode,
        ...(holders ? { holders } : {}),
        ...(ended ? { lastRun: runOutcomeOf(active.state, facts.product) } : {}),
        ...(running && progress
          ? {
              activeRun: {
                id: active.state.id,
                status: active.state.status,
                done: progress.done,
                total: progress.total,
              },
            }
          : {}),
      };
      if (!csv)
        return {
          ...base,
          summary: null,
          guestsConfirmed: false,
          checks: [],
          runnable: { run: 0, held: 0, skipped: 0 },
          blockedBy: [],
        };
      const { checks, runnable } = evaluatePreflight(csv.result.targets, facts, settings, csv.stored.guestsConfirmed);
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

  // Retention: on every start of the worker, at browser start-up, and when the setting changes.
  const retain = scheduleRetention(browser.runtime, applyRetention);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // "Delete all data now" clears storage behind the run store's back: forget what it cached.
    if (RUN_INDEX_KEY in changes && changes[RUN_INDEX_KEY]?.newValue === undefined) forgetCachedRuns();
    if ('settings' in changes) retain();
  });

  // The "next step" shortcut (guided mode): the run's tab clicks what it highlights.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'next-step') return;
    void activeRunItem.getValue().then((active) => {
      if (active?.tabId !== undefined)
        void sendToTab<'runNextStep'>(active.tabId, { type: 'runNextStep' }).catch(() => undefined);
    });
  });

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
