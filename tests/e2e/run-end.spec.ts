// The end of a run, in Dutch: the summary card, retry all failed after the end, Cancel and Clear
// asking first, and the report with its headers and values in Dutch, local times, the display
// name and the file's own columns carried through.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { makeScenario } from '../portal-sim/scenarios/generate';
import { controlPage, productUrl, resume, startRunFor, storedRun, targetsOf, waitForStatus } from './run-helpers';

const scenario = makeScenario({
  users: 30,
  seats: 100,
  delays: { loadMs: 30, suggestMs: 30, assignMs: 120 },
  seed: 23,
});
const people = scenario.users.filter((u) => !u.guest && u.usageLocation !== null).slice(0, 5);
const TYPO = 'nobody.here@contoso.onmicrosoft.com';
const rows = [...people.map((u, i) => [u.upn, `Dept ${i}`, `Person ${i}`]), [TYPO, 'Sales;North', 'Typo']];
const csv = [
  'UserPrincipalName;Afdeling;DisplayName',
  ...rows.map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')),
].join('\r\n');

test.use({ scenario, uiLocale: 'nl' });

async function download(panel: Page, testId: string): Promise<string[][]> {
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId(testId).click()]);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}

test('the end of a run in Dutch: summary, retry all failed, cancel and clear ask first, the report', async ({
  context,
  extensionId,
  openPopup,
  openSidePanel,
}) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await startRunFor(page, csv, 'autopilot', openPopup);
  // The typo is not found: the run pauses, the admin goes on without it.
  expect((await waitForStatus(control, ['paused', 'done'], 120_000)).pause?.reason).toBe('targetNotFound');
  await resume(control);
  await waitForStatus(control, ['done'], 120_000);

  const panel = await openSidePanel(page);
  const tally = panel.getByTestId('run-tally');
  await expect(tally).toContainText('De uitvoering is klaar');
  await expect(panel.getByTestId('tally-done')).toContainText('5');
  await expect(panel.getByTestId('tally-failed')).toContainText('1');
  await expect(tally).toContainText('niet gevonden in de personenkiezer');

  // The report: Dutch headers and values, local times, the display name and the file's columns.
  const report = await download(panel, 'export-report');
  const header = report[0]!;
  expect(header.slice(0, 4)).toEqual(['Rij', 'Gebruiker of groep', 'Soort', 'Resultaat']);
  expect(header).toEqual(expect.arrayContaining(['Weergavenaam', 'UserPrincipalName', 'Afdeling', 'DisplayName']));
  const col = (name: string) => header.indexOf(name);
  const typo = report.find((r) => r[col('Gebruiker of groep')] === TYPO)!;
  expect(typo[col('Resultaat')]).toBe('niet gevonden');
  expect(typo[col('Afdeling')]).toBe('Sales;North');
  expect(typo[col('Weergavenaam')]).toBe('Typo');
  const first = report.find((r) => r[col('Gebruiker of groep')] === people[0]!.upn)!;
  expect(first[col('Resultaat')]).toBe('toegewezen');
  expect(first[col('Soort')]).toBe('gebruiker');
  expect(first[col('Tijd')]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  const summary = await download(panel, 'export-summary');
  expect(summary).toEqual(
    expect.arrayContaining([
      ['Toegewezen of gewijzigd', '5'],
      ['Mislukt', '1'],
    ]),
  );

  // Retry all failed, after the end: the typo goes into a new batch of its own.
  const before = (await storedRun(control))!;
  await panel.getByTestId('retry-failed').click();
  const again = await waitForStatus(control, ['paused'], 60_000);
  expect(again.pause?.reason).toBe('targetNotFound');
  expect(again.batches.size).toBe(before.batches.size + 1);
  expect(targetsOf(again).find((t) => t.id === TYPO)?.status).toBe('failed');

  // Cancel asks first; "no" keeps the run as it was.
  await panel.getByTestId('cancel-run').click();
  await expect(panel.getByTestId('cancel-run-confirm')).toContainText('kan niet ongedaan worden gemaakt');
  await panel.getByTestId('cancel-run-no').click();
  await expect(panel.getByTestId('cancel-run-confirm')).toBeHidden();
  expect((await storedRun(control))!.status).toBe('paused');
  await panel.getByTestId('cancel-run').click();
  await panel.getByTestId('cancel-run-yes').click();
  await expect.poll(async () => (await storedRun(control))?.status).toBe('cancelled');
  await expect(tally).toContainText('De uitvoering is geannuleerd');

  // Clear asks first too.
  await panel.getByTestId('clear-run').click();
  await expect(panel.getByTestId('clear-run-confirm')).toBeVisible();
  await panel.getByTestId('clear-run-no').click();
  expect(await storedRun(control)).toBeDefined();
  await panel.getByTestId('clear-run').click();
  await panel.getByTestId('clear-run-yes').click();
  await expect(panel.getByTestId('no-run')).toBeVisible();
});
