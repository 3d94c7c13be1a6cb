import { describe, expect, it, vi } from 'vitest';
import { checkSender, handleMessage, type Handlers } from '../../../lib/messages';
import type { PageReport } from '../../../lib/portals/types';

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const report: PageReport = {
  portal: 'admin-center',
  page: 'licenses',
  pane: null,
  locale: 'en',
  url: 'https://admin.microsoft.com/#/licenses',
  products: [{ name: 'Power BI Pro', total: 10, assigned: 7, available: 3 }],
  canAssignHere: true,
  missing: [],
  at: '2026-11-22T10:00:00.000Z',
};
const portalTab = { id: 7, url: 'https://admin.microsoft.com/#/licenses' };

describe('handleMessage', () => {
  it('hands a valid page report from a portal tab to its handler', async () => {
    const pageReport = vi.fn(() => ({ stored: true }));
    const handlers: Handlers = { pageReport };
    const answer = await handleMessage(
      handlers,
      { type: 'pageReport', report },
      { id: 'ext-id', url: portalTab.url, tab: portalTab },
      ctx,
    );
    expect(answer).toEqual({ stored: true });
    expect(pageReport).toHaveBeenCalledWith({ type: 'pageReport', report }, expect.anything());
  });

  it.each([
    ['no type', { report }],
    ['unknown type', { type: 'deleteEverything' }],
    ['bad report', { type: 'pageReport', report: { ...report, page: 'billing' } }],
    ['counts as strings', { type: 'pageReport', report: { ...report, products: [{ name: 'x', total: '10' }] } }],
    ['not an object', 'pageReport'],
  ])('refuses a malformed message: %s', async (_, raw) => {
    const pageReport = vi.fn();
    const answer = await handleMessage({ pageReport }, raw, { id: 'ext-id', url: portalTab.url, tab: portalTab }, ctx);
    expect(answer).toEqual({ refused: 'malformed' });
    expect(pageReport).not.toHaveBeenCalled();
  });

  it('refuses a page report from a tab outside the portal hosts', async () => {
    const pageReport = vi.fn();
    const evil = { id: 7, url: 'https://admin.microsoft.com.evil.example/#/licenses' };
    const answer = await handleMessage(
      { pageReport },
      { type: 'pageReport', report },
      { id: 'ext-id', url: evil.url, tab: evil },
      ctx,
    );
    expect(answer).toEqual({ refused: 'unknownSender' });
    expect(pageReport).not.toHaveBeenCalled();
  });

  it('refuses a message from another extension', async () => {
    const answer = await handleMessage(
      {},
      { type: 'getOutline' },
      { id: 'other', url: 'chrome-extension://other/popup.html' },
      ctx,
    );
    expect(answer).toEqual({ refused: 'unknownSender' });
  });

  it('answers unhandled for a valid message nobody handles here', async () => {
    const answer = await handleMessage(
      {},
      { type: 'getOutline' },
      { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' },
      ctx,
    );
    expect(answer).toEqual({ refused: 'unhandled' });
  });
});

describe('checkSender', () => {
  it.each([
    [
      'content from admin.cloud.microsoft',
      'content',
      { id: 'ext-id', url: 'https://admin.cloud.microsoft/?#/licenses', tab: { id: 1 } },
      true,
    ],
    [
      'content from a reactblade frame',
      'content',
      {
        id: 'ext-id',
        url: 'https://x.reactblade.portal.azure.net/blade',
        tab: { id: 1, url: 'https://portal.azure.com/' },
      },
      true,
    ],
    ['content without a tab', 'content', { id: 'ext-id', url: 'https://admin.microsoft.com/' }, false],
    ['content over http', 'content', { id: 'ext-id', url: 'http://admin.microsoft.com/', tab: { id: 1 } }, false],
    [
      'content from the bare frame suffix',
      'content',
      { id: 'ext-id', url: 'https://.reactblade.portal.azure.net/', tab: { id: 1 } },
      false,
    ],
    ['extension page', 'extension', { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' }, true],
    [
      'extension message from a web page',
      'extension',
      { id: 'ext-id', url: 'https://admin.microsoft.com/', tab: { id: 1 } },
      false,
    ],
  ] as const)('%s', (_, origin, sender, expected) => {
    expect(checkSender(origin, sender, ctx)).toBe(expected);
  });
});
