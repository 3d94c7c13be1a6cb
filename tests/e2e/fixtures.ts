// The e2e fixture: Debian's Chromium, headless, with the built extension loaded; the portal hosts
// served by the portal simulator through context.route; every other request aborted and recorded,
// so a test fails if anything (the extension included) reaches for the internet.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockTheInternet, launchWithExtension, serviceWorkerOf } from './browser';
import { createPortalSim, type PortalSim } from '../portal-sim/server';
import type { ScenarioInput } from '../portal-sim/scenarios/schema';
import type { PageReport } from '../../lib/portals/types';

type Fixtures = {
  scenario: Partial<ScenarioInput> | undefined;
  /** The browser's language (and so the extension's). */
  uiLocale: string;
  userDataDir: string;
  context: BrowserContext;
  blockedRequests: string[];
  sim: PortalSim;
  serviceWorker: Worker;
  extensionId: string;
  /** The id of the tab showing `page`, from the extension's point of view. */
  tabIdOf: (page: Page) => Promise<number>;
  /** The page report the background stored for `page`'s tab. */
  pageReportOf: (page: Page) => Promise<PageReport | undefined>;
  openPopup: (forPage: Page) => Promise<Page>;
  openSidePanel: (forPage: Page) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  scenario: [undefined, { option: true }],
  uiLocale: ['en-US', { option: true }],
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'license-pilot-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  blockedRequests: async ({}, use) => {
    await use([]);
  },
  sim: async ({ scenario }, use) => {
    await use(createPortalSim(scenario));
  },
  context: async ({ userDataDir, sim, blockedRequests, uiLocale }, use) => {
    const context = await launchWithExtension(userDataDir, true, uiLocale);
    await blockTheInternet(context, blockedRequests);
    // Registered after the block, so the simulator's routes take precedence for portal hosts.
    await sim.route(context);
    await use(context);
    await context.close();
    expect(blockedRequests, 'requests outside the portal hosts').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      let id: number | undefined;
      await expect
        .poll(async () => {
          id = await serviceWorker.evaluate(async (url) => {
            const tabs = await chrome.tabs.query({});
            return tabs.find((tab) => tab.url === url)?.id;
          }, page.url());
          return id;
        })
        .toBeDefined();
      return id!;
    });
  },
  pageReportOf: async ({ serviceWorker, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      return serviceWorker.evaluate(async (key) => {
        const { pageReports } = await chrome.storage.session.get('pageReports');
        return (pageReports as Record<string, PageReport> | undefined)?.[key];
      }, String(tabId));
    });
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (forPage) => {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(forPage)}`);
      return popup;
    });
  },
  openSidePanel: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (forPage) => {
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 420, height: 800 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${await tabIdOf(forPage)}`);
      return panel;
    });
  },
});

export { expect };
