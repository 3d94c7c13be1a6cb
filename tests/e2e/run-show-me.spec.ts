// "Show me": the product page's Assign licenses command carries a name no label table knows. In
// guided mode the run asks the admin, in their words, to click it once; the admin clicks it and the
// batch completes. The extension keeps a structural description of it, and the next run in
// autopilot finds the control by that description and completes without asking.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeScenario } from '../portal-sim/scenarios/generate';
import { beginRun, controlPage, storedRun, submittedIds, targetsOf, PRO, productUrl } from './run-helpers';

const base = makeScenario({ users: 30, seats: 300, delays: { loadMs: 40, suggestMs: 60, assignMs: 150 }, seed: 12 });
const scenario = { ...base, faults: { ...base.faults, renamedAssignButton: true } };
const members = scenario.users.filter((u) => !u.guest && u.usageLocation !== null).map((u) => u.upn);
const guidedUpns = members.slice(0, 2);
const autopilotUpns = members.slice(2, 4);

test.use({ scenario });

const showMeCard = (page: Page) => page.locator('[data-part="show-me"]');

async function learned(control: Page): Promise<unknown[]> {
  const stored = await control.evaluate(() => chrome.storage.local.get('learnedControls'));
  return (stored.learnedControls as unknown[] | undefined) ?? [];
}

test('Show me: guided asks for the renamed Assign licenses once, autopilot then uses what was shown', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(240_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const giveLicenses = page.getByRole('menuitem', { name: 'Give licenses' });
  await expect(giveLicenses).toBeVisible();
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns: guidedUpns, mode: 'guided', openPopup });

  // The card names the control as the admin knows it, never the page model's name.
  await expect(showMeCard(page)).toContainText('Assign licenses', { timeout: 60_000 });
  await expect(showMeCard(page)).not.toContainText('assignLicensesButton');
  await giveLicenses.click();
  await expect(showMeCard(page)).toHaveCount(0);
  await expect
    .poll(() => learned(control))
    .toEqual([
      expect.objectContaining({
        portal: 'admin-center',
        locale: 'en',
        control: 'assignLicensesButton',
        description: { role: 'menuitem', name: 'Give licenses', landmarks: ['main', 'menubar'] },
      }),
    ]);

  // The rest of the batch as the guided admin does it: click what is highlighted.
  const marked = page.locator('[data-license-pilot-target]').first();
  await expect
    .poll(
      async () => {
        if ((await storedRun(control))?.status === 'done') return 'done';
        await marked.click({ timeout: 2_000 }).catch(() => undefined);
        return (await storedRun(control))?.status;
      },
      { timeout: 90_000, intervals: [100] },
    )
    .toBe('done');
  expect(targetsOf((await storedRun(control))!).map((t) => t.status)).toEqual(guidedUpns.map(() => 'done'));
  expect(submittedIds(sim)).toEqual(guidedUpns);

  // Autopilot on the same portal and language: the learned control is used, nothing is asked.
  await page.goto(productUrl());
  await expect(giveLicenses).toBeVisible();
  // The admin clears the first file to load the next one.
  const popup = await openPopup(page);
  await popup.getByTestId('csv-summary').locator('button').first().click();
  await expect(popup.getByTestId('csv-input')).toBeAttached();
  await popup.close();
  await beginRun({ page, control, upns: autopilotUpns, mode: 'autopilot', openPopup });
  await expect.poll(async () => (await storedRun(control))?.status, { timeout: 60_000 }).toBe('done');
  expect(targetsOf((await storedRun(control))!).map((t) => t.status)).toEqual(autopilotUpns.map(() => 'done'));
  expect(submittedIds(sim)).toEqual([...guidedUpns, ...autopilotUpns]);
  for (const upn of [...guidedUpns, ...autopilotUpns]) expect(sim.holding(PRO, upn)?.direct).toBe(true);
  await expect(showMeCard(page)).toHaveCount(0);
});
