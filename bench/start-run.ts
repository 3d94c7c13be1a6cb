// Starts a run in the benchmarks' browser the admin's way: the product page, the popup for its tab,
// a CSV of user principal names, the mode, Start. Returns the portal page and an extension page
// to read storage from.
import type { Page } from '@playwright/test';
import { SKU } from '../tests/portal-sim/scenarios';
import type { PortalBrowser } from './portal-browser';

export async function startRunInBrowser(
  browser: PortalBrowser,
  upns: readonly string[],
  mode: 'guided' | 'autopilot',
): Promise<{ page: Page; control: Page }> {
  const { context, worker } = browser;
  const extensionId = new URL(worker!.url()).host;
  const page = await context.newPage();
  await page.goto(`https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${SKU.pro}`);
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/options.html`);
  const tabId = await control.evaluate(async (url) => {
    for (let i = 0; i < 100; i++) {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id !== undefined) return tab.id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('portal tab not found');
  }, page.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('csv-input').setInputFiles({
    name: 'bench.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['UserPrincipalName', ...upns].join('\r\n')),
  });
  await popup.getByTestId('run-mode').selectOption(mode);
  await popup.getByTestId('start-run').click();
  await popup.close();
  await page.bringToFront();
  return { page, control };
}
