// The page models in the built extension against every simulator page: the page report the
// background stores for the tab, on both admin-center hosts and in English and Dutch, after hash
// navigation and late renders; Azure and Entra (top document and reactblade frame, legacy blade);
// Simplified view; and the popup's admin-center link and "Copy diagnostics".
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PageReport, ProductSeats } from '../../lib/portals/types';
import type { PortalSim } from '../portal-sim/server';
import { defaultScenario } from '../portal-sim/scenarios';
import { labelsFor } from '../portal-sim/shared/labels';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const HOSTS = ['admin.microsoft.com', 'admin.cloud.microsoft'] as const;
const LOCALES = [
  { locale: 'en', lang: 'en' },
  { locale: 'nl', lang: 'nl-NL' },
] as const;
const FAST = { loadMs: 30, suggestMs: 30, assignMs: 30 };
const AZURE_PRODUCTS = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products';
const ENTRA_PRODUCTS = 'https://entra.microsoft.com/#blade/Microsoft_AAD_IAM/LicensesMenuBlade/Products';
const AZURE_PRODUCT_BLADE = `https://portal.azure.com/#view/Microsoft_AAD_IAM/LicenseDetailsMenuBlade/~/Overview/skuId/${PRO}`;
const ADMIN_LICENSES = 'https://admin.microsoft.com/Adminportal/Home#/licenses';
const ADMIN_PRO = `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${PRO}`;

type View = Omit<PageReport, 'url' | 'at'>;

/** The report without its time and URL, for comparing whole reports. */
function view(report: PageReport | undefined): View | undefined {
  if (!report) return undefined;
  const { url: _url, at: _at, ...rest } = report;
  return rest;
}

function seats(sim: PortalSim): ProductSeats[] {
  return sim
    .snapshot()
    .products.map(({ name, skuId, total, assigned, available }) => ({ name, skuId, total, assigned, available }));
}

const proSeats = (sim: PortalSim) => seats(sim).find((p) => p.skuId === PRO)!;

/** Polls the stored report until it is `expected` and, when given, written after `since`. */
async function expectReport(
  read: () => Promise<PageReport | undefined>,
  expected: View,
  since?: string,
): Promise<PageReport> {
  let last: PageReport | undefined;
  await expect
    .poll(
      async () => {
        last = await read();
        return since && last && last.at < since ? 'stale' : view(last);
      },
      { intervals: [50, 100, 200] },
    )
    .toEqual(expected);
  return last!;
}

async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
}

async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
}

for (const host of HOSTS) {
  for (const { locale, lang } of LOCALES) {
    test(`admin center on ${host} in ${locale}: Licenses in each count style, product page, pane, hash navigation, late render`, async ({
      context,
      sim,
      pageReportOf,
    }) => {
      sim.setLocale(locale);
      sim.configure({ delays: FAST });
      const labels = labelsFor(locale);
      const read = () => pageReportOf(page);
      const licenses: View = {
        portal: 'admin-center',
        page: 'licenses',
        pane: null,
        locale: lang,
        products: seats(sim),
        canAssignHere: false,
        missing: [],
      };
      const product: View = {
        portal: 'admin-center',
        page: 'product',
        pane: null,
        locale: lang,
        products: [],
        product: proSeats(sim),
        canAssignHere: true,
        missing: [],
      };

      const page = await context.newPage();
      for (const [i, countStyle] of (['columns', 'slash', 'of'] as const).entries()) {
        sim.configure({ countStyle });
        const since = new Date().toISOString();
        if (i === 0) await page.goto(`https://${host}/Adminportal/Home?source=applauncher#/licenses`);
        else await page.reload();
        await expectReport(read, licenses, since);
      }

      // Licenses -> product page -> assign pane -> back, all without a reload.
      await markDocument(page);
      await page.locator(`[role=main] a[href="#/licensedetailpage/${PRO}"]`).click();
      await expectReport(read, product);
      await page.getByRole('tab', { name: labels.tabGroups, exact: true }).click();
      await expect(page.locator('[role=main] [data-automation-key="groupName"]').first()).toBeVisible();
      await expectReport(read, product);
      await page.getByRole('menuitem', { name: labels.assignLicenses, exact: true }).click();
      await expectReport(read, { ...product, pane: 'assign' });
      await page.goBack();
      await expect(page).toHaveURL(/#\/licenses$/);
      await expectReport(read, licenses);
      expect(await isSameDocument(page)).toBe(true);

      // A late render: the product page shows its spinner first, the content a second later.
      sim.configure({ delays: { ...FAST, loadMs: 1200 } });
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/licensedetailpage/${PRO}`);
      await expect
        .poll(
          async () => {
            const r = await read();
            return r?.page === 'product' && r.missing.includes('productTitle') && r.product?.total === undefined;
          },
          { intervals: [50] },
        )
        .toBe(true);
      await expectReport(read, product);

      // Pages without licenses.
      sim.configure({ delays: FAST });
      const other: View = {
        portal: 'admin-center',
        page: 'other',
        pane: null,
        locale: lang,
        products: [],
        canAssignHere: false,
        missing: [],
      };
      for (const [hash, title] of [
        ['#/users', labels.activeUsers],
        ['#/homepage', labels.homeTitle],
      ] as const) {
        await page.evaluate((h) => {
          location.hash = h;
        }, hash);
        await expect(page.locator('[role=main] h1')).toHaveText(title);
        await expectReport(read, other);
      }
      expect(await isSameDocument(page)).toBe(true);
    });
  }
}

test('Azure portal: All products on top and in a reactblade frame, a read-only product blade, the admin-center links', async ({
  context,
  sim,
  pageReportOf,
  openPopup,
}) => {
  sim.configure({ delays: FAST });
  const page = await context.newPage();
  const read = () => pageReportOf(page);
  const allProducts = (lang: string): View => ({
    portal: 'azure-portal',
    page: 'licenses',
    pane: null,
    locale: lang,
    products: seats(sim),
    canAssignHere: false,
    missing: [],
  });

  await page.goto(AZURE_PRODUCTS);
  await expectReport(read, allProducts('en'));
  const popup = await openPopup(page);
  const link = popup.getByTestId('read-only').getByRole('link', { name: 'Open in the admin center' });
  // Many products: the admin center's own list of them.
  await expect(link).toHaveAttribute('href', ADMIN_LICENSES);

  await page.locator('.azc-grid a', { hasText: 'Power BI Pro' }).click();
  await expectReport(read, {
    portal: 'azure-portal',
    page: 'product',
    pane: null,
    locale: 'en',
    products: [],
    product: { name: 'Power BI Pro', skuId: PRO },
    canAssignHere: false,
    missing: [],
  });
  // One product: that product's page in the admin center.
  await expect(link).toHaveAttribute('href', ADMIN_PRO);
  await expect(popup.getByTestId('product-name')).toHaveText('Power BI Pro');

  sim.configure({ azure: { frame: 'reactblade', legacyAssign: false } });
  sim.setLocale('nl');
  await page.goto(AZURE_PRODUCTS); // only the hash changes: same document
  await page.reload();
  await expect(page.frameLocator('iframe.fxs-reactview-frame').locator('.azc-grid tbody tr')).toHaveCount(5);
  await expectReport(read, allProducts('nl-NL'));
  await expect(link).toHaveAttribute('href', ADMIN_LICENSES);
});

test('Entra: All products in a reactblade frame and on top, read-only', async ({
  context,
  sim,
  pageReportOf,
  openPopup,
}) => {
  sim.configure({ delays: FAST, azure: { frame: 'reactblade', legacyAssign: false } });
  sim.setLocale('nl');
  const page = await context.newPage();
  const read = () => pageReportOf(page);
  await page.goto(ENTRA_PRODUCTS);
  // The top frame knows the page, the reactblade frame the products: the report combines both.
  await expectReport(read, {
    portal: 'entra',
    page: 'licenses',
    pane: null,
    locale: 'nl-NL',
    products: seats(sim),
    canAssignHere: false,
    missing: [],
  });
  const popup = await openPopup(page);
  await expect(popup.getByTestId('portal')).toHaveText('Microsoft Entra admin center');
  await expect(popup.getByTestId('read-only').getByRole('link')).toHaveAttribute('href', ADMIN_LICENSES);

  sim.configure({ azure: { frame: 'top', legacyAssign: false } });
  sim.setLocale('en');
  await page.goto(`${ENTRA_PRODUCTS.replace('#', '?l=en#')}`);
  await expectReport(read, {
    portal: 'entra',
    page: 'licenses',
    pane: null,
    locale: 'en',
    products: seats(sim),
    canAssignHere: false,
    missing: [],
  });
});

test('a legacy blade that still shows "+ Assign": assigning offered, the old flow\'s steps reported', async ({
  context,
  sim,
  pageReportOf,
  openPopup,
}) => {
  sim.configure({ delays: FAST, azure: { frame: 'top', legacyAssign: true } });
  const page = await context.newPage();
  const read = () => pageReportOf(page);
  const blade: View = {
    portal: 'azure-portal',
    page: 'product',
    pane: null,
    locale: 'en',
    products: [],
    product: { name: 'Power BI Pro', skuId: PRO },
    canAssignHere: true,
    missing: [],
  };
  await page.goto(AZURE_PRODUCT_BLADE);
  await expect(page.locator('.azc-grid tbody tr').first()).toBeVisible();
  await expectReport(read, blade);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('product-name')).toHaveText('Power BI Pro');
  await expect(popup.getByTestId('read-only')).toHaveCount(0);

  await page.locator('.azc-toolbarButton-label', { hasText: '+ Assign' }).click();
  await expect(page.locator('.fxs-blade-title-titleText', { hasText: 'Assign license' })).toBeVisible();
  await expectReport(read, blade); // every step of the open flow found
  // A step the blade no longer shows is named.
  await page.locator('[role=button][aria-label="Assignment options"]').evaluate((row) => row.remove());
  await expectReport(read, { ...blade, missing: ['assignmentOptions'] });
  // In the admin's words, never the page model's name for it.
  await expect(popup.getByTestId('missing')).toContainText('Assignment options');
  await expect(popup.getByTestId('missing')).not.toContainText('assignmentOptions');
});

test.describe('Simplified view', () => {
  test.use({ scenario: { simplifiedView: true, delays: FAST } });

  test('a deep link to Licenses lands on home: the report says another page', async ({
    context,
    pageReportOf,
    openPopup,
  }) => {
    const page = await context.newPage();
    await page.goto('https://admin.microsoft.com/Adminportal/Home#/licenses');
    await expect(page).toHaveURL(/#\/homepage$/);
    const report = await expectReport(() => pageReportOf(page), {
      portal: 'admin-center',
      page: 'other',
      pane: null,
      locale: 'en',
      products: [],
      canAssignHere: false,
      missing: [],
    });
    expect(report.url).toMatch(/#\/homepage$/);
    const popup = await openPopup(page);
    await expect(popup.getByTestId('page-kind')).toHaveAttribute('data-page', 'other');
  });
});

test('"Copy diagnostics": the report and an outline of the page, without names or addresses', async ({
  context,
  sim,
  pageReportOf,
  openPopup,
}) => {
  sim.configure({ delays: FAST });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(`https://admin.cloud.microsoft/#/licensedetailpage/${PRO}`);
  await page.getByRole('menuitem', { name: 'Assign licenses', exact: true }).click();
  await page.locator('[role=dialog] input[role=combobox]').fill('vera');
  await expect(page.locator('[role=listbox] [role=option]').first()).toContainText('Vera Willems');
  const stored = await expectReport(() => pageReportOf(page), {
    portal: 'admin-center',
    page: 'product',
    pane: 'assign',
    locale: 'en',
    products: [],
    product: proSeats(sim),
    canAssignHere: true,
    missing: [],
  });

  const popup = await openPopup(page);
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(popup.getByRole('status')).toHaveText('Diagnostics copied (no names or addresses).');
  const text = await popup.evaluate(() => navigator.clipboard.readText());
  const copied = JSON.parse(text) as {
    report: PageReport;
    outline: { lines: string[]; automationIds: Record<string, number>; roles: Record<string, number> };
  };

  expect(copied.report).toEqual(stored);
  expect(copied.outline.automationIds).toMatchObject({
    DetailsList: 1,
    DetailsRow: expect.any(Number),
    'LicenseDetailsPage,CommandBarSearchInputBox': 1,
  });
  expect(copied.outline.roles).toMatchObject({ dialog: 1, listbox: 1, grid: 1, main: 1, combobox: 1 });
  expect(copied.outline.lines.some((l) => l.includes('role=menuitem') && l.includes('"Assign licenses"'))).toBe(true);

  const scenario = defaultScenario();
  const personal = [
    ...scenario.users.flatMap((u) => [u.displayName, u.upn, u.mail ?? '']),
    ...scenario.groups.flatMap((g) => [g.name, g.mail]),
    scenario.admin.upn,
    scenario.admin.displayName,
  ].filter((s) => s.length > 0);
  // The page does show them (the list of holders, the suggestion): the copy must not.
  expect(await page.evaluate(() => document.body.textContent)).toContain('Vera Willems');
  expect(personal.filter((p) => text.toLowerCase().includes(p.toLowerCase()))).toEqual([]);
});
