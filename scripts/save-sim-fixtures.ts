// Saves every page kind of the portal simulator, in English and Dutch, as fixture HTML for the
// page models' unit tests (tests/unit/portals/fixtures/sim/). Run: npx tsx scripts/save-sim-fixtures.ts
// The plan (names, URLs, scenarios) is tests/unit/portals/sim-fixture-plan.ts; the seed is fixed,
// so the files only change when the simulator does.
import { chromium, type Frame, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createPortalSim, type PortalSim } from '../tests/portal-sim/server/index.ts';
import { formatNumber } from '../tests/portal-sim/shared/format.ts';
import { labelsFor } from '../tests/portal-sim/shared/labels/index.ts';
import { chromiumPath } from './chromium.ts';
import {
  captureScenario,
  OPEN_QUERY,
  PICKS,
  SIM_CAPTURES,
  type SimCapture,
} from '../tests/unit/portals/sim-fixture-plan.ts';

const OUT = new URL('../tests/unit/portals/fixtures/sim/', import.meta.url);
const MAIN = '[role=main]';
const PANE = '.ms-Layer [role=dialog][aria-modal="true"]';
const PICKER = `${PANE} input.ms-BasePicker-input`;
const ENABLED_OPTION = '[role=listbox] [role=option]:not([aria-disabled="true"])';

/** The main region holds content and no spinner: the late render is done. */
async function mainRendered(page: Page | Frame, content: string): Promise<void> {
  await page.locator(`${MAIN} ${content}`).first().waitFor();
  await page.waitForFunction((main) => !document.querySelector(`${main} .ms-Spinner`), MAIN);
}

async function productPage(page: Page): Promise<void> {
  await mainRendered(page, '[data-automationid="DetailsRow"]');
  await page.locator(`${MAIN} h1`).waitFor();
}

async function openPane(page: Page, capture: SimCapture): Promise<void> {
  await productPage(page);
  await page.getByRole('menuitem', { name: labelsFor(capture.locale).assignLicenses, exact: true }).click();
  await page.locator(PICKER).waitFor();
}

async function showSuggestions(page: Page, query: string): Promise<void> {
  await page.locator(PICKER).fill(query);
  await page.locator(ENABLED_OPTION).first().waitFor();
}

async function pickAll(page: Page): Promise<void> {
  for (const [i, pick] of PICKS.entries()) {
    await page.locator(PICKER).fill(pick.query);
    await page.locator(ENABLED_OPTION).first().waitFor();
    await page.locator(PICKER).press('Enter');
    await page.locator(`${PANE} .ms-BasePicker-itemsWrapper [data-selection-index]`).nth(i).waitFor();
  }
}

async function act(page: Page, capture: SimCapture, sim: PortalSim): Promise<Page | Frame> {
  const labels = labelsFor(capture.locale);
  switch (capture.action) {
    case 'licenses':
    case 'users':
      await mainRendered(page, '[data-automationid="DetailsRow"]');
      return page;
    case 'home':
      await mainRendered(page, '.ms-Card');
      return page;
    case 'productUsers':
      await productPage(page);
      return page;
    case 'productGroups':
      await productPage(page);
      await page.getByRole('tab', { name: labels.tabGroups, exact: true }).click();
      await mainRendered(page, '[data-automation-key="groupName"]');
      return page;
    case 'assignSuggestions':
      await openPane(page, capture);
      await showSuggestions(page, OPEN_QUERY);
      return page;
    case 'assignPicked':
      await openPane(page, capture);
      await pickAll(page);
      await showSuggestions(page, OPEN_QUERY);
      return page;
    case 'assignSuccess':
    case 'assignError': {
      await openPane(page, capture);
      await pickAll(page);
      await page.locator(`${PANE} .ms-Button--primary`, { hasText: labels.assign }).click();
      const bar = capture.action === 'assignSuccess' ? '.ms-MessageBar--success' : '.ms-MessageBar--error';
      await page.locator(`${PANE} ${bar}`).waitFor();
      if (capture.action === 'assignSuccess') {
        // The product page behind the pane reloads its counts (the simulator's own hook tells which).
        const pro = sim.snapshot().products.find((p) => capture.url.endsWith(p.skuId));
        const available = formatNumber(pro?.available ?? -1, capture.locale);
        await page.locator(`${MAIN} [data-sim-count="available"]`, { hasText: available }).waitFor();
      }
      return page;
    }
    case 'unassignDialog':
      await productPage(page);
      await page.locator(`${MAIN} [data-automationid="DetailsRowCheck"]`).first().click();
      await page.getByRole('menuitem', { name: labels.unassignLicenses, exact: true }).click();
      await page.locator('.ms-Layer [role=alertdialog]').waitFor();
      return page;
    case 'azureProducts':
      await page.locator('.fxs-blade-title-titleText').first().waitFor();
      if (capture.scenario.azure?.frame === 'reactblade') await page.locator('iframe.fxs-reactview-frame').waitFor();
      else await page.locator('.azc-grid tbody tr[role=row]').first().waitFor();
      return page;
    case 'azureFrame': {
      await page.locator('iframe.fxs-reactview-frame').waitFor();
      const frame = page.frames().find((f) => f.url() === capture.frameUrl);
      if (!frame)
        throw new Error(
          `no frame at ${capture.frameUrl}: ${page
            .frames()
            .map((f) => f.url())
            .join(', ')}`,
        );
      await frame.locator('.azc-grid tbody tr[role=row]').first().waitFor();
      return frame;
    }
    case 'azureProductBlade':
      await page.locator('.azc-grid tbody tr[role=row]').first().waitFor();
      return page;
    case 'azureLegacyAssign':
      await page.locator('.azc-grid tbody tr[role=row]').first().waitFor();
      await page.locator('.azc-toolbarButton-label', { hasText: labels.plusAssign }).click();
      await page.locator('.fxs-blade-title-titleText', { hasText: labels.assignLicense }).waitFor();
      return page;
  }
}

/** The document as rendered, without the app's script and stylesheet (a DOM test must not load them). */
async function savedHtml(where: Page | Frame): Promise<string> {
  await where.evaluate(() => {
    for (const el of document.querySelectorAll('script[src], link[rel=stylesheet]')) el.remove();
  });
  return where.content();
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  mkdirSync(OUT, { recursive: true });
  const only = process.argv.slice(2);
  try {
    for (const capture of SIM_CAPTURES) {
      if (only.length > 0 && !only.some((o) => capture.name.startsWith(o))) continue;
      const sim = createPortalSim(captureScenario(capture));
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
      await context.route('**/*', (route) => route.abort()); // nothing leaves the machine
      await sim.route(context); // added later, so it wins for the portal hosts
      const page = await context.newPage();
      await page.goto(capture.url);
      const where = await act(page, capture, sim);
      writeFileSync(new URL(`${capture.name}.html`, OUT), `${await savedHtml(where)}\n`);
      console.log(`saved ${capture.name}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
