// The page report contract end to end: content script -> background -> session storage -> popup.
import { expect, test } from './fixtures';

const LICENSES = 'https://admin.microsoft.com/Adminportal/Home#/licenses';

test('the popup shows the Licenses page the admin center serves', async ({ context, sim, pageReportOf, openPopup }) => {
  const page = await context.newPage();
  await page.goto(LICENSES);
  await expect.poll(async () => (await pageReportOf(page))?.products.length ?? 0).toBeGreaterThan(0);

  const report = (await pageReportOf(page))!;
  expect(report).toMatchObject({ portal: 'admin-center', page: 'licenses', pane: null, canAssignHere: expect.any(Boolean) });
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
