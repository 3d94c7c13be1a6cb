// The content scripts' loop: read the page, send the report when it changed, answer the popup.
// The reading itself is the pure page model (lib/portals); this file only wires browser APIs to it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { outlinePage } from '../portals/outline';
import { reportFingerprint, watchPage } from '../portals/watch';
import type { Sender } from '../messages';
import type { PageReport } from '../portals/types';
import { contentMessageType } from './content-receiver';
import { sendMessage } from '../send';

/** Debounce of page reads: well inside the 100 ms a person reads as instant. */
const DEBOUNCE_MS = 40;

/** Reads the page: each content script passes the page model of its portal(s). */
export type ReadReport = (doc: Document, url: URL, now: Date) => PageReport;

export function startPageReporting(ctx: ContentScriptContext, readPageReport: ReadReport): void {
  let last = '';
  const report = () => {
    if (ctx.isInvalid) return;
    const current = readPageReport(document, new URL(location.href), new Date());
    const fingerprint = reportFingerprint(current);
    if (fingerprint === last) return;
    last = fingerprint;
    sendMessage<'pageReport'>({ type: 'pageReport', report: current }).catch(() => {
      last = ''; // not stored (background restarting): send again on the next change
    });
  };

  const ctxIds = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  // Checked without zod (content script size budget): getOutline has no payload.
  const onMessage = (message: unknown, sender: Sender) =>
    contentMessageType(message, sender, ctxIds) === 'getOutline'
      ? Promise.resolve({ outline: outlinePage(document) })
      : undefined;
  browser.runtime.onMessage.addListener(onMessage);

  report();
  const stop = watchPage(document, window, report, { debounceMs: DEBOUNCE_MS });
  ctx.onInvalidated(() => {
    stop();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
