// Smoke test of the portal simulator in a real Chromium: the admin-center walk from Licenses to a
// successful assignment, React input semantics, and the Azure read-only blade in its frame.
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { ScenarioInput } from '../portal-sim/scenarios/schema.ts';
import { makeScenario } from '../portal-sim/scenarios/index.ts';
import { createPortalSim, type PortalSim } from '../portal-sim/server/index.ts';
import { chromiumPath } from '../../scripts/chromium.ts';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({
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
});
test.afterAll(async () => {
  await browser.close();
});

async function open(
  patch: Partial<ScenarioInput> = {},
): Promise<{ sim: PortalSim; context: BrowserContext; page: Page }> {
  const sim = createPortalSim({ delays: { loadMs: 60, suggestMs: 120, assignMs: 250 }, ...patch });
  const context = await browser.newContext();
  await context.route('**/*', (route) => route.abort()); // nothing leaves the machine
  await sim.route(context); // added later, so it wins for the portal hosts
  return { sim, context, page: await context.newPage() };
}

/** Type the way React notices: the prototype's native setter, then a bubbling input event. */
async function typeNative(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((el, value) => {
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const PICKER = '[role=dialog] input.ms-BasePicker-input[role=combobox]';
const proRow = (page: Page) =>
  page.locator('[data-automationid="DetailsRow"]', { has: page.locator(`a[href="#/licensedetailpage/${PRO}"]`) });

test('Licenses → product → Assign pane → pick two → Assign → success and counts', async () => {
  const { sim, context, page } = await open();
  await page.goto('https://admin.microsoft.com/Adminportal/Home?source=applauncher#/licenses');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(proRow(page).locator('[data-automation-key="available"]')).toHaveText('5');
  await expect(proRow(page).locator('[data-automation-key="assigned"]')).toHaveText('20');
  await proRow(page).locator('a').click();
  await expect(page.locator('h1')).toHaveText('Power BI Pro');
  expect(page.url()).toContain(`#/licensedetailpage/${PRO}`);

  await page.getByRole('menuitem', { name: 'Assign licenses', exact: true }).click();
  const pane = page.locator('.ms-Layer [role=dialog][aria-modal=true]');
  await expect(pane.locator('[role=heading][aria-level="1"]')).toHaveText('Assign licenses to users');
  await expect(pane.getByRole('button', { name: 'Assign', exact: true })).toBeDisabled();

  await typeNative(page, PICKER, 'umar');
  const firstOption = page.locator('[role=listbox] [role=option]').first();
  await expect(firstOption).toContainText('Umar Haddad');
  await page.locator(PICKER).press('Enter'); // Enter picks the highlighted suggestion
  await expect(pane.locator('[data-selection-index]')).toHaveCount(1);

  await typeNative(page, PICKER, 'VERA.willems@');
  await page.locator('[role=listbox] [role=option]', { hasText: 'Vera Willems' }).click();
  await expect(pane.locator('[data-selection-index]')).toHaveCount(2);

  await pane.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(pane.locator('.ms-MessageBar--success')).toContainText('Power BI Pro licenses assigned to 2 users');
  await expect(page.locator('[role=main] [data-sim-count="available"]')).toContainText('3');

  expect(sim.submissions).toHaveLength(1);
  expect(sim.submissions[0]).toMatchObject({
    kind: 'assign',
    outcome: 'success',
    skuId: PRO,
    targets: ['umar.haddad@northwindsim.onmicrosoft.com', 'vera.willems@northwindsim.onmicrosoft.com'],
  });
  expect(sim.snapshot().products.find((p) => p.skuId === PRO)).toMatchObject({ assigned: 22, available: 3 });

  await pane.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.locator('.ms-Layer [role=dialog]')).toHaveCount(0);
  await page.goto('https://admin.cloud.microsoft/#/licenses'); // the other host shows the same state
  await expect(proRow(page).locator('[data-automation-key="assigned"]')).toHaveText('22');
  await context.close();
});

test('input.value = … alone does not search; the native setter does', async () => {
  const { context, page } = await open();
  const searches: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/__sim/api/search')) searches.push(new URL(r.url()).searchParams.get('q') ?? '');
  });
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PRO}`);
  await page.getByRole('menuitem', { name: 'Assign licenses', exact: true }).click();
  await page.locator(PICKER).evaluate((el: HTMLInputElement) => {
    el.value = 'umar';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await typeNative(page, PICKER, 'zzz-nobody');
  const none = page.locator('[role=listbox] [role=option][aria-disabled=true]');
  await expect(none).toHaveText('No results found');
  expect(searches).toEqual(['zzz-nobody']);
  await page.locator(PICKER).press('Enter'); // the disabled "no results" option is not picked
  await expect(page.locator('[role=dialog] [data-selection-index]')).toHaveCount(0);
  await context.close();
});

test('Dutch, slash counts; running out of seats fails the whole submission', async () => {
  const { sim, context, page } = await open({ locale: 'nl', countStyle: 'slash' });
  sim.setFault('notEnoughLicenses', true);
  await page.goto('https://admin.microsoft.com/#/licenses');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
  await expect(page.locator('[data-automation-key="assigned"]', { hasText: '36/1.250' })).toHaveCount(1);
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PRO}`);
  await page.getByRole('menuitem', { name: 'Licenties toewijzen', exact: true }).click();
  await typeNative(page, PICKER, 'umar');
  await page.locator('[role=listbox] [role=option]').first().click();
  await page.locator('[role=dialog]').getByRole('button', { name: 'Toewijzen', exact: true }).click();
  await expect(page.locator('[role=dialog] .ms-MessageBar--error')).toContainText('geen licenties meer');
  expect(sim.submissions.at(-1)).toMatchObject({ outcome: 'failed', code: 'outOfLicenses' });
  await context.close();
});

test('Azure All products in a reactblade frame is read-only; Simplified view sends deep links home', async () => {
  const { sim, context, page } = await open({ azure: { frame: 'reactblade', legacyAssign: false } });
  await page.goto('https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products');
  await expect(page.locator('.fxs-blade-title-titleText')).toHaveText('Licenses | All products');
  const frame = page.frameLocator('iframe.fxs-reactview-frame');
  const row = frame.locator('.azc-grid tr[role=row]', { hasText: 'Power BI Pro' });
  await expect(row.locator('[data-column-key="available"]')).toHaveText('5');
  await expect(page.locator('.azc-toolbarButton-label', { hasText: 'Assign' })).toHaveCount(0);
  expect(page.frames().some((f) => f.url().startsWith('https://sim.reactblade.portal.azure.net/'))).toBe(true);

  sim.configure({ simplifiedView: true });
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PRO}`);
  await expect(page).toHaveURL(/#\/homepage$/);
  await context.close();
});

test('Unassign: direct licenses go, group-inherited ones are refused in the portal’s words', async () => {
  const { sim, context, page } = await open();
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PRO}`);
  const row = (name: string) => page.locator('[data-automationid="DetailsRow"]', { hasText: name });
  // A late render of the list may swallow a click: tick until the row shows it ticked.
  const tick = (name: string) =>
    expect(async () => {
      const check = row(name).locator('[data-automationid="DetailsRowCheck"]');
      if ((await check.getAttribute('aria-checked')) !== 'true') await check.click();
      await expect(check).toHaveAttribute('aria-checked', 'true', { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  await tick('Anna de Vries');
  await tick('Pieter Brouwer');
  await page.getByRole('menuitem', { name: 'Unassign licenses', exact: true }).click();
  const dialog = page.locator('.ms-Layer [role=alertdialog][aria-modal=true]');
  await dialog.getByRole('button', { name: 'Unassign', exact: true }).click();
  await expect(page.locator('[role=main] .ms-MessageBar--error')).toContainText("can't be removed from the user");
  await expect(page.locator('[role=main] .ms-MessageBar--success')).toContainText('Licenses unassigned: 1');
  await expect(page.locator('[data-sim-count="available"]')).toContainText('6');
  expect(sim.holding(PRO, 'anna.devries@northwindsim.onmicrosoft.com')).toBeUndefined();
  await context.close();
});

test('Big tenant: the licensed list is virtualized and its search box finds rows outside the DOM', async () => {
  const big = makeScenario({
    users: 400,
    seats: 500,
    assigned: 300,
    delays: { loadMs: 30, suggestMs: 30, assignMs: 30 },
  });
  const { context, page } = await open(big);
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PRO}`);
  const grid = page.locator('[role=main] [data-automationid="DetailsList"] [role=grid]');
  await expect(grid).toHaveAttribute('aria-rowcount', '301');
  expect(await grid.locator('[data-automationid="DetailsRow"]').count()).toBeLessThanOrEqual(40);
  const holder = big.users[296]; // holds Power BI Pro, far below the rendered window
  if (!holder) throw new Error('scenario too small');
  const last = holder.displayName;
  await expect(grid.locator('[data-automationid="DetailsRow"]').first()).toBeVisible();
  await expect(grid.locator('[data-automationid="DetailsRow"]', { hasText: last })).toHaveCount(0);
  await page.locator('[role=main] input[role=searchbox]').fill(holder.upn.slice(0, 20));
  await expect(grid.locator('[data-automationid="DetailsRow"]', { hasText: last })).toHaveCount(1);
  await expect(grid).toHaveAttribute('aria-rowcount', '2');
  await context.close();
});

test('Faults in the browser: sign-in redirect and back; the pane closing itself after N picks', async () => {
  const { sim, context, page } = await open();
  sim.setFault('signInRedirect', true);
  await page.goto('https://admin.microsoft.com/#/licenses');
  await expect(page).toHaveURL(/^https:\/\/login\.microsoftonline\.com\//);
  await page.getByRole('button', { name: 'admin@northwindsim.onmicrosoft.com' }).click();
  await expect(page).toHaveURL('https://admin.microsoft.com/#/licenses');
  await expect(proRow(page)).toHaveCount(1);

  sim.setFault('paneClosesUnexpectedly', 2);
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PRO}`);
  await page.getByRole('menuitem', { name: 'Assign licenses', exact: true }).click();
  for (const name of ['umar', 'vera']) {
    await typeNative(page, PICKER, name);
    await page.locator('[role=listbox] [role=option]').first().click();
  }
  await expect(page.locator('.ms-Layer [role=dialog]')).toHaveCount(0);
  expect(sim.faults.paneClosesUnexpectedly).toBeNull();
  expect(sim.submissions).toHaveLength(0);
  await context.close();
});

test('At most 20 picks: the 21st is refused with a message', async () => {
  const big = makeScenario({ users: 60, seats: 100, delays: { loadMs: 0, suggestMs: 0, assignMs: 0 } });
  const { context, page } = await open(big);
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PRO}`);
  await page.getByRole('menuitem', { name: 'Assign licenses', exact: true }).click();
  const picked = page.locator('[role=dialog] .ms-BasePicker-itemsWrapper [data-selection-index]');
  for (const [i, user] of big.users.slice(0, 21).entries()) {
    await typeNative(page, PICKER, user.upn);
    await expect(page.locator('[role=listbox] [role=option]')).toHaveText(new RegExp(user.displayName));
    await page.locator(PICKER).press('Enter');
    if (i < 20) await expect(picked).toHaveCount(i + 1);
  }
  await expect(page.locator('[role=dialog] .ms-MessageBar--warning')).toHaveText(
    'You can select up to 20 users at a time.',
  );
  await expect(picked).toHaveCount(20);
  await context.close();
});

test('Groups tab: assign a group; its members hold the license through it', async () => {
  const PPU = 'c1d032e0-5619-4761-9b5c-75b6831e1711';
  const { sim, context, page } = await open();
  await page.goto(`https://admin.microsoft.com/#/licensedetailpage/${PPU}`);
  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(page.getByRole('tab', { name: 'Groups' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('menuitem', { name: 'Assign licenses', exact: true }).click();
  await expect(page.locator('[role=dialog] [role=heading][aria-level="1"]')).toHaveText('Assign licenses to groups');
  await typeNative(page, PICKER, 'analysts');
  await expect(page.locator('.ms-Suggestions-title')).toHaveText('Suggested groups');
  await page.locator('[role=listbox] [role=option]', { hasText: 'BI Analysts' }).click();
  await page.locator('[role=dialog]').getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.locator('[role=dialog] .ms-MessageBar--success')).toContainText('assigned to 1 group');
  await expect(page.locator('[role=main] [data-automation-key="groupName"]')).toHaveText(['BI Analysts']);
  expect(sim.holding(PPU, 'pieter.brouwer@northwindsim.onmicrosoft.com')?.groupIds).toEqual([
    '3f2b9c1e-0a4d-4e57-9b1a-6c2d8e7f1a01',
  ]);
  await context.close();
});
