// Loading a spreadsheet in the popup over the simulator's product page, and the pre-flight checks.
import { expect, test } from './fixtures';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const PRODUCT_PAGE = `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${PRO}`;
const DOMAIN = 'northwindsim.onmicrosoft.com';

// Eight users without Power BI Pro, a guest, a malformed address and a duplicate (semicolon style).
const CSV = [
  'UserPrincipalName;DisplayName;UsageLocation',
  ...[
    'umar.haddad',
    'vera.willems',
    'wouter.jacobs',
    'xander.degraaf',
    'zoe.vanleeuwen',
    'jurgen.weiss',
    'emilie.laurent',
    'kenji.sato',
  ].map((u) => `${u}@${DOMAIN};${u};NL`),
  `jordan.blake_partnerco.example#EXT#@${DOMAIN};Jordan Blake;US`,
  'not-an-address;Broken;NL',
  `Umar.Haddad@${DOMAIN};Umar again;NL`,
].join('\r\n');

test('a spreadsheet shows its problems, a seat shortfall and a guest awaiting confirmation', async ({
  context,
  sim,
  pageReportOf,
  openPopup,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(PRODUCT_PAGE);
  await expect.poll(async () => (await pageReportOf(page))?.product?.available).toBeDefined();
  const available = sim.snapshot().products.find((p) => p.skuId === PRO)!.available;

  const popup = await openPopup(page);
  await popup
    .getByTestId('csv-input')
    .setInputFiles({ name: 'pro-users.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

  const summary = popup.getByTestId('csv-summary');
  await expect(summary.getByTestId('csv-counts')).toHaveText('Rows: 11 · users: 8 · guests: 1 · groups: 0');
  await expect(summary.locator('select').first()).toHaveValue(';');
  await expect(summary.locator('li[data-code="invalidAddress"]')).toContainText('Row 11');
  await expect(summary.locator('li[data-code="duplicateTarget"]')).toContainText('Row 12');

  const seats = popup.locator('[data-check="seats"]');
  await expect(seats).toHaveAttribute('data-status', 'fail');
  // Eight users need seats; the guest is held until confirmed.
  await expect(seats).toContainText(String(8 - available));
  await expect(seats.getByTestId('purchase-steps').locator('li').first()).toBeVisible();

  const guests = popup.locator('[data-check="guests"]');
  await expect(guests).toHaveAttribute('data-status', 'warn');
  await expect(guests).toContainText('10');
  await popup.screenshot({ path: testInfo.outputPath('popup-preflight.png'), fullPage: true });

  await guests.getByTestId('confirm-guests').check();
  await expect(seats).toContainText(String(9 - available));
  await expect(popup.locator('[data-check="guests"]')).toHaveAttribute('data-status', 'pass');

  // The dry run shows the one batch and that the portal would refuse it, without touching the portal.
  await expect(popup.getByTestId('start-run')).toBeDisabled();
  await popup.getByTestId('dry-run-button').click();
  const plan = popup.getByTestId('dry-run');
  await expect(plan.locator('tbody tr')).toHaveCount(1);
  await expect(plan.locator('tbody tr').first()).toContainText('9');
  await expect(plan.getByRole('alert')).toContainText('Batch 1');
  const download = popup.waitForEvent('download');
  await plan.getByTestId('export-plan').click();
  const text = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.split('\r\n').filter((line) => line.includes(';seatsShort'))).toHaveLength(9);
  expect(sim.submissions).toHaveLength(0);
});

test('a UTF-8 file with a stray byte names the row and offers the other encoding in one click', async ({
  context,
  openPopup,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(PRODUCT_PAGE);
  const popup = await openPopup(page);
  // UTF-8 names, one Windows-1252 "é" pasted in, and Dutch country names.
  const bytes = Buffer.concat([
    Buffer.from(`E-mailadres;Weergavenaam;Land\r\numar.haddad@${DOMAIN};Jürgen Müller;Nederland\r\n`, 'utf8'),
    Buffer.from(`vera.willems@${DOMAIN};Ren`, 'utf8'),
    Buffer.from([0xe9]),
    Buffer.from(`;België\r\nwouter.jacobs@${DOMAIN};Zoë;Nederland\r\n`, 'utf8'),
  ]);
  await popup.getByTestId('csv-input').setInputFiles({ name: 'hr-export.csv', mimeType: 'text/csv', buffer: bytes });

  const summary = popup.getByTestId('csv-summary');
  const encoding = summary.locator('select').nth(1);
  await expect(encoding).toHaveValue('utf-8');
  await expect(summary.locator('li[data-code="invalidUtf8"]')).toContainText('Row 3');
  await expect(summary.locator('li[data-code="usageLocationFromName"]').first()).toContainText('NL');
  await expect(summary.locator('li[data-code="usageLocationFromName"]').first()).toHaveClass(/info/);
  await popup.screenshot({ path: testInfo.outputPath('popup-encoding-choice.png'), fullPage: true });

  await summary.getByTestId('csv-encoding-switch').click();
  await expect(encoding).toHaveValue('windows-1252');
  await expect(summary.locator('li[data-code="invalidUtf8"]')).toHaveCount(0);
});
