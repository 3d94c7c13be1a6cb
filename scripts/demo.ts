// npm run demo: License Pilot's main job against the portal simulator. The simulator is served on
// localhost (open it in any browser) and stands in for the real portal hosts in Chromium with the
// built extension: a spreadsheet is loaded in the popup, pre-flight runs, and the product is assigned
// in autopilot, batch by batch. With a display the browser stays open for you to look around;
// without one the demo runs headless and writes screenshots and the report to files it names.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { waitFor } from './wait-for';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { blockTheInternet, launchWithExtension, serviceWorkerOf } from '../tests/e2e/browser';
import { defaultScenario, SKU } from '../tests/portal-sim/scenarios';
import { createPortalSim } from '../tests/portal-sim/server';

const OUT = resolve(import.meta.dirname, '..', 'artifacts');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// Users of the simulated tenant without Power BI Pro, plus a guest and a typo, as an admin's file would have.
const scenario = defaultScenario();
const pro = scenario.products.find((p) => p.skuId === SKU.pro);
const viaGroups = scenario.groups.filter((g) => pro?.groups.includes(g.id)).flatMap((g) => g.members);
const holders = new Set([...(pro?.directUsers ?? []), ...viaGroups].map((u) => u.toLowerCase()));
const candidates = scenario.users
  .filter((u) => !u.guest && u.usageLocation && !holders.has(u.upn.toLowerCase()))
  .slice(0, 4);
const csv = [
  'UserPrincipalName;DisplayName;UsageLocation',
  ...candidates.map((u) => `${u.upn};${u.displayName};${u.usageLocation}`),
  'not-an-address;Typo;NL',
].join('\r\n');

async function waitForTab(control: Page, url: string): Promise<number> {
  return waitFor('the portal tab to load', () =>
    control.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url),
  );
}

async function main(): Promise<void> {
  const sim = createPortalSim(scenario);
  const server = await sim.serve(0);
  console.log(`Portal simulator on ${server.url} (admin center: ${server.url}/admin/#/licenses)`);
  if (!hasDisplay) console.log('No display found: running headless; results are written to files.');

  const profile = mkdtempSync(join(tmpdir(), 'license-pilot-demo-'));
  const context = await launchWithExtension(profile, !hasDisplay);
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const blocked: string[] = [];
  await blockTheInternet(context, blocked);
  await sim.route(context);
  const extensionId = new URL((await serviceWorkerOf(context)).url()).host;

  const portal = await context.newPage();
  await portal.goto(`https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${SKU.pro}`);
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/options.html`);
  const tabId = await waitForTab(control, portal.url());

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('page-kind').waitFor();
  mkdirSync(OUT, { recursive: true });
  await popup.screenshot({ path: join(OUT, 'demo-popup-licenses.png') });
  await popup
    .getByTestId('csv-input')
    .setInputFiles({ name: 'power-bi-pro.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await popup.getByTestId('preflight').waitFor();
  await popup.screenshot({ path: join(OUT, 'demo-popup-preflight.png'), fullPage: true });
  await popup.getByTestId('run-mode').selectOption('autopilot');
  await popup.getByTestId('start-run').click();

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await portal.bringToFront();
  await panel.locator('[data-run-status="done"], [data-run-status="paused"]').waitFor({ timeout: 180_000 });
  await portal.screenshot({ path: join(OUT, 'demo-portal.png') });
  await panel.screenshot({ path: join(OUT, 'demo-sidepanel.png'), fullPage: true });
  const report = await panel.evaluate(() =>
    chrome.runtime.sendMessage<unknown, { csv: string } | null>({ type: 'exportReport' }),
  );
  if (report) writeFileSync(join(OUT, 'demo-report.csv'), report.csv);

  const seats = sim.snapshot().products.find((p) => p.skuId === SKU.pro)!;
  console.log(
    `Run ${await panel.getByTestId('run-status').textContent()}: ${sim.submissions.length} Assign submission(s); Power BI Pro now ${seats.assigned} of ${seats.total} assigned.`,
  );
  console.log(
    `Screenshots and report in ${OUT}: demo-popup-licenses.png, demo-popup-preflight.png, demo-portal.png, demo-sidepanel.png, demo-report.csv`,
  );
  if (blocked.length > 0) console.log(`Requests blocked (the extension must make none): ${blocked.join(', ')}`);

  if (hasDisplay) {
    console.log('The browser stays open: close it to end the demo.');
    await new Promise<void>((done) => context.on('close', () => done()));
  } else {
    await context.close();
  }
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error('The demo stopped:', error instanceof Error ? error.message : error);
  process.exit(1);
});
