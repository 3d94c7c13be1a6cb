// The page report contract end to end: content script -> background -> session storage -> popup.
import { expect, test } from './fixtures';

const LICENSES = 'https://admin.microsoft.com/Adminportal/Home#/licenses';

test('the popup shows the Licenses page the admin center serves', async ({ context, sim, pageReportOf, openPopup }) => {
  const page = await context.newPage();
  await page.goto(LICENSES);
  await expect.poll(async () => (await pageReportOf(page))?.products.length ?? 0).toBeGreaterThan(0);

  const report = (await pageReportOf(page))!;
  expect(report).toMatchObject({
    portal: 'admin-center',
    page: 'licenses',
    pane: null,
    canAssignHere: expect.any(Boolean),
  });
  const pro = sim.snapshot().products.find((p) => p.name === 'Power BI Pro')!;
  expect(report.products).toContainEqual({
    name: 'Power BI Pro',
    skuId: pro.skuId,
    total: pro.total,
    assigned: pro.assigned,
    available: pro.available,
  });

  const popup = await openPopup(page);
  await expect(popup.getByTestId('portal')).toHaveText('Microsoft 365 admin center');
  await expect(popup.getByTestId('page-kind')).toHaveText('Licenses');
  const row = popup.locator(`tr[data-sku="${pro.skuId}"]`);
  await expect(row).toContainText('Power BI Pro');
  await expect(row.locator('td.num').nth(0)).toHaveText(String(pro.available));
  await expect(row.locator('td.num').nth(2)).toHaveText(String(pro.total));
});

test('a tab that is not a portal page gets directions instead of a failure', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('no-report')).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Open the Licenses page' })).toHaveAttribute('href', LICENSES);
});

test('off a license page of the admin center, the popup links to the Licenses page of the same host', async ({
  context,
  pageReportOf,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto('https://admin.cloud.microsoft/?#/homepage');
  await expect.poll(async () => (await pageReportOf(page))?.page).toBe('other');
  const popup = await openPopup(page);
  const hint = popup.getByTestId('off-license-page');
  await expect(hint.getByRole('link')).toHaveAttribute(
    'href',
    'https://admin.cloud.microsoft/Adminportal/Home#/licenses',
  );
});

test('the side panel loads a spreadsheet too while no run is under way', async ({
  context,
  pageReportOf,
  openSidePanel,
}) => {
  const page = await context.newPage();
  await page.goto(
    'https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/f8a1db68-be16-40ed-86d5-cb42ce701560',
  );
  await expect.poll(async () => (await pageReportOf(page))?.product?.available).toBeDefined();
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('no-run')).toBeVisible();
  await panel.getByTestId('csv-input').setInputFiles({
    name: 'one.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Email\r\nkenji.sato@northwindsim.onmicrosoft.com\r\n'),
  });
  await expect(panel.getByTestId('csv-counts')).toHaveText('Rows: 1 · users: 1 · guests: 0 · groups: 0');
  await expect(panel.locator('[data-check="seats"]')).toHaveAttribute('data-status', 'pass');
  await expect(panel.getByTestId('start-run')).toBeEnabled();
});
