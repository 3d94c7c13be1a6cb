// Accessibility of the popup, the side panel and the options page, in light and dark: axe finds no
// serious or critical violation, and every control is reached by Tab with its focus visible.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { markControls, SCHEMES, seriousViolations, tabThrough } from './a11y-helpers';

const LICENSES = 'https://admin.microsoft.com/Adminportal/Home#/licenses';
const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const PRODUCT_PAGE = `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${PRO}`;
const DOMAIN = 'northwindsim.onmicrosoft.com';

// Eight users (more than the free seats), a guest, a malformed address: every kind of check result.
const CSV = [
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
  ].map((u) => `${u}@${DOMAIN},${u},NL`),
  `jordan.blake_partnerco.example#EXT#@${DOMAIN},Jordan Blake,US`,
  'not-an-address,Broken,NL',
].join('\r\n');

async function expectAccessible(page: Page, what: string, only?: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expect
      .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
      .toBe(colorScheme === 'dark');
    expect(await seriousViolations(page, only), `${what} (${colorScheme})`).toEqual([]);
  }
}

async function expectKeyboardReachable(page: Page, what: string): Promise<void> {
  const stops = await markControls(page);
  expect(stops.length, `${what}: controls found`).toBeGreaterThan(2);
  const walked = await tabThrough(page, stops.length + 10);
  expect(walked.map((s) => s.stop).sort(), `${what}: every control reached by Tab`).toEqual([...stops].sort());
  expect(
    walked.filter((s) => !s.visible).map((s) => s.label),
    `${what}: focus visible`,
  ).toEqual([]);
}

async function licensesPage(
  context: import('@playwright/test').BrowserContext,
  pageReportOf: (p: Page) => Promise<unknown>,
  url = LICENSES,
) {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(async () => pageReportOf(page)).toBeTruthy();
  return page;
}

test('popup over the Licenses page', async ({ context, pageReportOf, openPopup }) => {
  const page = await licensesPage(context, pageReportOf);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('products')).toBeVisible();
  await expect(popup.getByTestId('csv-loader')).toBeVisible();
  await expectAccessible(popup, 'popup, Licenses page');
  await expectKeyboardReachable(popup, 'popup, Licenses page');
});

test('popup with a spreadsheet loaded and the pre-flight checks', async ({ context, pageReportOf, openPopup }) => {
  const page = await licensesPage(context, pageReportOf, PRODUCT_PAGE);
  await expect
    .poll(async () => ((await pageReportOf(page)) as { product?: unknown } | undefined)?.product)
    .toBeDefined();
  const popup = await openPopup(page);
  await popup
    .getByTestId('csv-input')
    .setInputFiles({ name: 'pro-users.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await expect(popup.locator('[data-check="seats"]')).toHaveAttribute('data-status', 'fail');
  await expect(popup.locator('[data-check="guests"]')).toHaveAttribute('data-status', 'warn');
  await expect(popup.getByTestId('run-starter')).toBeVisible();
  await expectAccessible(popup, 'popup, pre-flight');
  await expectKeyboardReachable(popup, 'popup, pre-flight');
});

test('side panel', async ({ context, pageReportOf, openSidePanel }) => {
  const page = await licensesPage(context, pageReportOf);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('page-summary')).toBeVisible();
  await expectAccessible(panel, 'side panel');
});

test('options page, and its delete confirmation', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('retention')).toBeVisible();
  await expectAccessible(options, 'options');
  await expectKeyboardReachable(options, 'options');

  // The confirmation is modal: opened from the keyboard, focus starts on the safe choice.
  await options.getByTestId('delete-all').focus();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('delete-dialog')).toBeVisible();
  await expect(options.getByTestId('delete-cancel')).toBeFocused();
  await expectAccessible(options, 'options, delete confirmation');
  await options.keyboard.press('Escape');
  await expect(options.getByTestId('delete-dialog')).toBeHidden();
  await expect(options.getByTestId('delete-all')).toBeFocused();
});

test('in-page guidance of a guided run', async ({ context, pageReportOf, openPopup }) => {
  const page = await licensesPage(context, pageReportOf, PRODUCT_PAGE);
  await expect
    .poll(async () => ((await pageReportOf(page)) as { product?: unknown } | undefined)?.product)
    .toBeDefined();
  const popup = await openPopup(page);
  const three = [
    'UserPrincipalName',
    ...['umar.haddad', 'vera.willems', 'wouter.jacobs'].map((u) => `${u}@${DOMAIN}`),
  ].join('\r\n');
  await popup
    .getByTestId('csv-input')
    .setInputFiles({ name: 'three.csv', mimeType: 'text/csv', buffer: Buffer.from(three, 'utf8') });
  await popup.getByTestId('run-mode').selectOption('guided');
  await popup.getByTestId('start-run').click();
  await popup.close();

  // The card announces each step politely; the ring marks the control the admin clicks next.
  await expect(page.locator('[data-license-pilot-target]')).toHaveCount(1);
  const card = page.locator('[data-license-pilot] [data-part="card"]');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('role', 'status');
  await expectAccessible(page, 'in-page guidance', '[data-license-pilot]');
});
