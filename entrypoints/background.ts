import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, type Handlers } from '../lib/messages';
import { combineFrames, createSerialQueue, withFrameReport, withoutTab } from '../lib/background/page-reports';
import { frameReportsItem, pageReportsItem } from '../lib/browser/storage';
import { resolveSkuIds } from '../lib/catalog/resolve-report';
import { getCatalog } from '../lib/catalog';

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
