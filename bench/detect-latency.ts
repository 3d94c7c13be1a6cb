// detect-latency: median ms from the moment a page's content appears (the simulator renders it) to
// the moment the background has stored the page report for it, in Chromium with the built
// extension, over hash navigations (content right after the route's data) and late renders
// (content 400 ms after the navigation). Both ends are Date.now() on this machine: a
// MutationObserver the bench installs in the page, and storage.onChanged in the service worker.
import type { Page, Worker } from '@playwright/test';
import { waitFor } from '../scripts/wait-for';
import type { PageReport } from '../lib/portals/types';
import { createPortalSim } from '../tests/portal-sim/server';
import { median, openPortalBrowser } from './portal-browser';
import type { Benchmark, BenchResult } from './types';

const NAVIGATIONS = 24; // of each kind
const LATE_MS = 400;
const BUDGET_MS = 100;

/** What the page should show: a product page with this title, or the Licenses list. */
type Expect = { kind: 'product'; name: string; hash: string } | { kind: 'licenses'; hash: string };
type Stored = { t: number; reports: Record<string, PageReport> };
type Probe = { spec?: Expect; armedAt?: number; appearedAt?: number };

/** Runs in the page before its scripts: notes the first moment the expected content is there. */
function installAppearanceProbe(): void {
  const w = window as unknown as { __lpProbe: Probe };
  w.__lpProbe = {};
  const shows = (spec: Expect): boolean => {
    if (spec.kind === 'licenses')
      return document.querySelector('[role=main] [data-automationid="DetailsRow"]') !== null;
    return document.querySelector('[role=main] h1')?.textContent === spec.name;
  };
  new MutationObserver(() => {
    const p = w.__lpProbe;
    if (p.spec && p.appearedAt === undefined && shows(p.spec)) p.appearedAt = Date.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** In the service worker: every stored change of pageReports, with the time it was stored. */
async function recordStores(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __lpStored: Stored[] };
    g.__lpStored = [];
    chrome.storage.onChanged.addListener((changes, area) => {
      const change = changes['pageReports'];
      if (area === 'session' && change)
        g.__lpStored.push({ t: Date.now(), reports: change.newValue as Stored['reports'] });
    });
  });
}

function shows(report: PageReport, spec: Expect): boolean {
  if (!report.url.endsWith(spec.hash)) return false;
  if (spec.kind === 'licenses')
    return report.page === 'licenses' && report.products.length > 0 && report.missing.length === 0;
  return (
    report.page === 'product' &&
    report.product?.name === spec.name &&
    report.product.total !== undefined &&
    report.missing.length === 0
  );
}

/** Navigates by hash and returns ms from the content appearing to the matching report stored. */
async function measureOne(page: Page, worker: Worker, spec: Expect): Promise<number> {
  await page.evaluate((s) => {
    const w = window as unknown as { __lpProbe: Probe };
    w.__lpProbe = { spec: s, armedAt: Date.now() };
    location.hash = s.hash;
  }, spec);
  await page.waitForFunction(() => (window as unknown as { __lpProbe: Probe }).__lpProbe.appearedAt !== undefined);
  const probe = await page.evaluate(() => (window as unknown as { __lpProbe: Probe }).__lpProbe);
  // The latency is from the write's own timestamp, so how often this asks does not change it.
  const hit = await waitFor(
    `a report for ${spec.hash}`,
    async () => {
      const stored = await worker.evaluate(() => (globalThis as unknown as { __lpStored: Stored[] }).__lpStored);
      return stored.find((s) => s.t >= probe.armedAt! && Object.values(s.reports).some((r) => shows(r, spec)));
    },
    { timeout: 10_000, intervals: [20] },
  );
  await worker.evaluate(() => (globalThis as unknown as { __lpStored: Stored[] }).__lpStored.splice(0));
  return hit.t - probe.appearedAt!;
}

export const detectLatency: Benchmark = {
  name: 'detect-latency',
  async run() {
    const sim = createPortalSim({ delays: { loadMs: 0, suggestMs: 0, assignMs: 0 }, seed: 11 });
    const products = sim.snapshot().products.slice(0, 3);
    const browser = await openPortalBrowser(sim, true);
    const samples: Record<'hash' | 'late', number[]> = { hash: [], late: [] };
    try {
      const worker = browser.worker!;
      await recordStores(worker);
      const page = await browser.context.newPage();
      await page.addInitScript(installAppearanceProbe);
      await page.goto('https://admin.microsoft.com/Adminportal/Home#/homepage');
      await page.locator('[role=main] h1').waitFor();
      for (const kind of ['hash', 'late'] as const) {
        sim.configure({ delays: { loadMs: kind === 'late' ? LATE_MS : 0, suggestMs: 0, assignMs: 0 } });
        for (let i = 0; i < NAVIGATIONS; i++) {
          const product = products[(i >> 1) % products.length]!;
          const spec: Expect =
            i % 2 === 0
              ? { kind: 'product', name: product.name, hash: `#/licensedetailpage/${product.skuId}` }
              : { kind: 'licenses', hash: '#/licenses' };
          samples[kind].push(await measureOne(page, worker, spec));
        }
      }
    } finally {
      await browser.close();
    }
    const result = (name: string, values: number[]): BenchResult => {
      const value = median(values);
      return {
        name,
        value,
        unit: `ms median of ${values.length}`,
        budget: `<= ${BUDGET_MS} ms`,
        pass: value <= BUDGET_MS,
      };
    };
    return [
      result('detect-latency', [...samples.hash, ...samples.late]),
      result('detect-latency:hash', samples.hash),
      result('detect-latency:late', samples.late),
    ];
  },
};
