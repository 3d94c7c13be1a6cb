// README screenshots, rendered from the built extension over the portal simulator, in light and dark:
// the popup over the Licenses page, the popup with a spreadsheet's pre-flight (a seat shortfall and a
// guest), the side panel, the options page, and the in-page guidance of a guided run.
// `npm run screenshots` (it builds first). Nothing leaves the machine: every other host is blocked.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { waitFor } from './wait-for';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { blockTheInternet, launchWithExtension, serviceWorkerOf } from '../tests/e2e/browser';
import { createPortalSim } from '../tests/portal-sim/server';
import { playGuidedAdmin } from '../tests/e2e/guided-admin';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const LICENSES = 'https://admin.microsoft.com/Adminportal/Home#/licenses';
const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const PRODUCT_PAGE = `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${PRO}`;
const DOMAIN = 'northwindsim.onmicrosoft.com';
/** The time shown as "Read at …", pinned so the pictures only change when the UI does. */
const PINNED_TIME = '2026-03-02T09:30:00.000Z';
const SCHEMES = ['light', 'dark'] as const;
// Times in the pictures read the same on every machine (Chromium takes the zone from the environment).
process.env.TZ = 'UTC';

// Eight users for a product with five free seats, and one guest.
const SAMPLE_CSV = [
  'UserPrincipalName,DisplayName,UsageLocation',
  ...[
    'umar.haddad',
    'vera.willems',
    'wouter.jacobs',
    'xander.degraaf',
    'zoe.vanleeuwen',
    'jurgen.weiss',
    'emilie.laurent',
    'kenji.sato',
  ].map((u) => `${u}@${DOMAIN},${u.replace('.', ' ')},NL`),
  `jordan.blake_partnerco.example#EXT#@${DOMAIN},Jordan Blake,US`,
].join('\r\n');

const RUN_CSV = [
  'UserPrincipalName',
  ...['umar.haddad', 'vera.willems', 'wouter.jacobs'].map((u) => `${u}@${DOMAIN}`),
].join('\r\n');

const written: string[] = [];

const until = <T>(what: string, probe: () => Promise<T | undefined | null | false>, timeout = 15_000) =>
  waitFor(what, probe, { timeout });

async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  return until(`the tab of ${page.url()}`, () =>
    sw.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url()),
  );
}

/** Waits for the page report of a tab. */
async function readyReport(sw: Worker, page: Page, needsProduct = false): Promise<number> {
  const tabId = await tabIdOf(sw, page);
  await until('the page report', () =>
    sw.evaluate(
      async ({ key, needsProduct }) => {
        const report = (
          (await chrome.storage.session.get('pageReports')).pageReports as
            Record<string, { product?: unknown; products: unknown[] }> | undefined
        )?.[key];
        return report && (needsProduct ? report.product !== undefined : report.products.length > 0);
      },
      { key: String(tabId), needsProduct },
    ),
  );
  return tabId;
}

/** Sets the time of every stored page report to PINNED_TIME; the pages showing it follow storage. */
async function pinReportTimes(sw: Worker): Promise<void> {
  await sw.evaluate(async (at) => {
    const { pageReports } = await chrome.storage.session.get<{ pageReports?: Record<string, { at: string }> }>(
      'pageReports',
    );
    const all = Object.entries(pageReports ?? {}).map(([k, r]) => [k, { ...r, at }] as const);
    await chrome.storage.session.set({ pageReports: Object.fromEntries(all) });
  }, PINNED_TIME);
}

async function extensionPage(
  context: BrowserContext,
  url: string,
  size: { width: number; height: number },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  return page;
}

/** One picture per color scheme of the whole page (the viewports are short, so the picture is as tall as the content). */
async function shoot(sw: Worker, page: Page, name: string): Promise<void> {
  await pinReportTimes(sw);
  if (await page.getByText(/^· Read at/).count()) await page.getByText('· Read at 9:30 AM').waitFor();
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const path = join(OUT, `${name}-${colorScheme}.png`);
    await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
    written.push(path);
  }
}

/** Starts a guided run from the popup and pictures the guidance in the page and the checklist. */
async function guidedRun(
  context: BrowserContext,
  sw: Worker,
  base: string,
  product: Page,
  popup: Page,
  tabId: number,
): Promise<void> {
  // A file that fits the free seats, so nothing blocks the run.
  await popup.getByRole('button', { name: 'Remove file' }).click();
  await popup
    .getByTestId('csv-input')
    .setInputFiles({ name: 'three-users.csv', mimeType: 'text/csv', buffer: Buffer.from(RUN_CSV, 'utf8') });
  await popup.getByTestId('run-mode').selectOption('guided');
  await until('Start to be enabled', () => popup.getByTestId('start-run').isEnabled());
  await popup.getByTestId('start-run').click();
  await product.bringToFront();
  await until('the in-page guidance', async () => (await product.locator('[data-license-pilot]').count()) > 0, 20_000);
  await until(
    'the highlighted control',
    async () => (await product.locator('[data-license-pilot-target]').count()) > 0,
    20_000,
  );
  // The ring follows the control on a short interval: wait until it frames the control.
  await until('the ring around the highlighted control', () =>
    product.evaluate(() => {
      const target = document.querySelector('[data-license-pilot-target]')?.getBoundingClientRect();
      const ring = document
        .querySelector('[data-license-pilot]')
        ?.shadowRoot?.querySelector('[data-part="ring"]')
        ?.getBoundingClientRect();
      if (!target || !ring || ring.width === 0) return false;
      return (
        ring.left < target.left && ring.right > target.right && ring.top < target.top && ring.bottom > target.bottom
      );
    }),
  );
  const path = join(OUT, 'guidance.png');
  await product.screenshot({ path, animations: 'disabled', caret: 'hide' });
  written.push(path);

  const panel = await extensionPage(context, `${base}/sidepanel.html?tabId=${tabId}`, { width: 420, height: 240 });
  await panel.getByTestId('run').waitFor();
  await shoot(sw, panel, 'sidepanel-run');
  // The admin presses what is marked until the end: the side panel then shows the run's summary.
  await playGuidedAdmin(product, panel, 120_000);
  await panel.getByTestId('run-tally').waitFor();
  await shoot(sw, panel, 'sidepanel-end');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'license-pilot-shots-'));
  const blocked: string[] = [];
  const sim = createPortalSim();
  const context = await launchWithExtension(userDataDir);
  try {
    await blockTheInternet(context, blocked);
    await sim.route(context);
    const sw = await serviceWorkerOf(context);
    const base = `chrome-extension://${new URL(sw.url()).host}`;

    const licenses = await context.newPage();
    await licenses.goto(LICENSES);
    const licensesTab = await readyReport(sw, licenses);
    const popup = await extensionPage(context, `${base}/popup.html?tabId=${licensesTab}`, { width: 400, height: 240 });
    await popup.getByTestId('products').waitFor();
    await shoot(sw, popup, 'popup-licenses');

    const panel = await extensionPage(context, `${base}/sidepanel.html?tabId=${licensesTab}`, {
      width: 420,
      height: 240,
    });
    await panel.getByTestId('page-summary').waitFor();
    await shoot(sw, panel, 'sidepanel');
    await panel.close();

    const options = await extensionPage(context, `${base}/options.html`, { width: 760, height: 240 });
    await options.getByTestId('retention').waitFor();
    await shoot(sw, options, 'options');
    await options.close();

    const product = await context.newPage();
    await product.goto(PRODUCT_PAGE);
    const productTab = await readyReport(sw, product, true);
    const preflight = await extensionPage(context, `${base}/popup.html?tabId=${productTab}`, {
      width: 400,
      height: 240,
    });
    await preflight
      .getByTestId('csv-input')
      .setInputFiles({ name: 'power-bi-pro-users.csv', mimeType: 'text/csv', buffer: Buffer.from(SAMPLE_CSV, 'utf8') });
    await preflight.locator('[data-check="seats"][data-status="fail"]').waitFor();
    await preflight.locator('[data-check="guests"][data-status="warn"]').waitFor();
    await shoot(sw, preflight, 'popup-preflight');
    // What the admin sees first: the top 600 px of the popup at 400 px wide.
    await preflight.setViewportSize({ width: 400, height: 600 });
    const top = join(OUT, 'popup-top.png');
    await preflight.screenshot({ path: top, animations: 'disabled', caret: 'hide' });
    written.push(top);

    try {
      await guidedRun(context, sw, base, product, preflight, productTab);
    } catch (error) {
      console.warn(`In-page guidance not pictured: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    }
    if (blocked.length) throw new Error(`requests outside the portal hosts: ${blocked.join(', ')}`);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  for (const path of written) console.log(relative(ROOT, path));
}

await main();
