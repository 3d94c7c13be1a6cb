// The options page: settings saved on change (and announced), kept across a reload, a batch size
// out of range refused, and "Delete all data now" emptying both storage areas.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const storedLocal = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));
const storedSession = (page: Page) => page.evaluate(() => chrome.storage.session.get(null));

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('retention')).toBeVisible();
}

test('settings are saved on change, announced, and kept', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await expect(page).toHaveTitle('License Pilot settings');
  await expect(page.getByTestId('retention')).toHaveValue('14');
  await expect(page.getByTestId('retention').locator('option:checked')).toHaveText('14 days (default)');
  await expect(page.getByTestId('shortcut')).toHaveText('Next step in guided mode: Alt+Shift+Period');

  const status = page.getByRole('status');
  await page.getByRole('radio', { name: /^Autopilot/ }).check();
  await expect(status).toHaveText('Saved.');
  await page.getByRole('radio', { name: 'Always leave guests out' }).check();
  await page.getByTestId('retention').selectOption('30');
  await page.getByTestId('batch-size').fill('10');
  await page.getByTestId('batch-size').press('Tab');
  await expect
    .poll(async () => (await storedLocal(page)).settings)
    .toEqual({ defaultMode: 'autopilot', batchSize: 10, guestPolicy: 'exclude', retentionDays: 30 });

  await page.reload();
  await expect(page.getByRole('radio', { name: /^Autopilot/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Always leave guests out' })).toBeChecked();
  await expect(page.getByTestId('batch-size')).toHaveValue('10');
  await expect(page.getByTestId('retention')).toHaveValue('30');
});

test('a batch size outside 1 to 20 is refused with the reason', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  const input = page.getByTestId('batch-size');
  await input.fill('25');
  await input.press('Tab');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(/Enter a whole number from 1 to 20\./);
  expect((await storedLocal(page)).settings).toBeUndefined();

  await input.fill('7');
  await input.press('Tab');
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await expect
    .poll(async () => ((await storedLocal(page)).settings as { batchSize?: number } | undefined)?.batchSize)
    .toBe(7);
});

test('"Delete all data now" asks first, then empties local and session storage', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openOptions(page, extensionId);
  await page.getByTestId('retention').selectOption('90');
  await expect(page.getByRole('status')).toHaveText('Saved.');
  // Stand-ins for what the extension keeps: a run, the loaded file, a page report.
  await page.evaluate(async () => {
    await chrome.storage.local.set({
      runIndex: { r1: 1 },
      'run:r1': { v: 1 },
      loadedCsv: { fileName: 'x.csv', base64: '' },
    });
    await chrome.storage.session.set({ pageReports: { '1': { page: 'licenses' } } });
  });

  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-cancel').click();
  await expect(page.getByTestId('delete-dialog')).toBeHidden();
  expect(Object.keys(await storedLocal(page))).toContain('loadedCsv');

  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByRole('status')).toHaveText('All data deleted. The settings are back to their defaults.');
  expect(await storedLocal(page)).toEqual({});
  expect(await storedSession(page)).toEqual({});
  await expect(page.getByTestId('retention')).toHaveValue('14');
});
