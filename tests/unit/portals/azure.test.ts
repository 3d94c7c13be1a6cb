import { afterEach, describe, expect, it } from 'vitest';
import { readPageReport } from '../../../lib/portals';
import { findAzureLegacyAssignSteps } from '../../../lib/portals/azure/legacy';
import { isFound } from '../../../lib/portals/lookup';
import { closeFixtures, loadFixture, SKU, URLS } from './load-fixture';

afterEach(closeFixtures);

const NOW = new Date('2025-03-01T10:00:00.000Z');
const PRODUCTS = [
  { name: 'Power BI Pro', skuId: SKU.pro, total: 10, assigned: 7, available: 3 },
  { name: 'Power BI Premium Per User', skuId: SKU.ppu, total: 1250, assigned: 1000, available: 250 },
  { name: 'Microsoft Fabric (Free)', skuId: SKU.fabric, total: 1000000, assigned: 12, available: 999988 },
];
const withoutSku = PRODUCTS.map(({ skuId: _skuId, ...rest }) => rest);

function report(name: string, url: string) {
  const page = loadFixture(name, url);
  return readPageReport(page.document, page.url, NOW);
}

describe('All products in the top document', () => {
  it.each([
    ['az-products-top.en', URLS.azureProducts, 'azure-portal', 'en'],
    ['az-products-top.nl', URLS.azureProducts, 'azure-portal', 'nl-NL'],
    ['az-products-top.fr', URLS.azureProducts, 'azure-portal', 'fr-FR'],
    ['entra-products.en', URLS.entraProducts, 'entra', 'en'],
    ['entra-products.nl', URLS.entraProducts, 'entra', 'nl-NL'],
    [
      'az-products-top.en',
      'https://portal.azure.com/#blade/Microsoft_AAD_IAM/LicensesMenuBlade/Products',
      'azure-portal',
      'en',
    ],
  ])('%s at %s', (name, url, portal, locale) => {
    const r = report(name, url);
    expect(r).toMatchObject({ portal, page: 'licenses', pane: null, locale, canAssignHere: false, missing: [] });
    // "Available" is read, not derived (it includes licenses expiring soon).
    expect(r.products).toEqual(PRODUCTS);
  });

  it('reads the hand-written variant: a bare ARIA grid, columns reordered, icon glyphs in headers', () => {
    const r = report('az-products-variant.en', URLS.entraProducts);
    expect(r.missing).toEqual([]);
    expect(r.products).toEqual(withoutSku.slice(0, 2));
  });

  it('recognizes the product grid when the route is one it does not know', () => {
    const r = report(
      'az-products-variant.en',
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products/menuId/Other',
    );
    expect(r.page).toBe('licenses');
  });

  it('reports the grid missing on the licenses route when it is not there', () => {
    const r = report('ac-home.en', URLS.azureProducts);
    expect(r).toMatchObject({ portal: 'azure-portal', page: 'licenses', products: [], missing: ['productsGrid'] });
  });
});

describe('All products drawn in a reactblade frame', () => {
  it('the top document: licenses page, no grid expected there', () => {
    const r = report('az-products-shell.en', URLS.azureProducts);
    expect(r).toMatchObject({
      portal: 'azure-portal',
      page: 'licenses',
      products: [],
      canAssignHere: false,
      missing: [],
    });
  });

  it.each([
    ['az-products-frame.en', 'https://portal.azure.com', 'azure-portal', 'en'],
    ['az-products-frame.nl', 'https://entra.microsoft.com', 'entra', 'nl-NL'],
  ])('the frame document %s (shell %s)', (name, authority, portal, locale) => {
    const r = report(name, URLS.reactblade(authority));
    expect(r).toMatchObject({ portal, page: 'licenses', locale, canAssignHere: false, missing: [] });
    expect(r.products).toEqual(withoutSku);
  });

  it('a frame without the product grid is "other"', () => {
    const r = report('ac-home.en', URLS.reactblade('https://portal.azure.com'));
    expect(r).toMatchObject({ portal: 'azure-portal', page: 'other', products: [], missing: [] });
  });
});

describe('legacy product blade', () => {
  it('offers assigning where "+ Assign" is shown', () => {
    const r = report('az-legacy-blade.en', URLS.azureProductBlade(SKU.pro));
    expect(r).toMatchObject({ portal: 'azure-portal', page: 'product', canAssignHere: true, missing: [] });
    expect(r.product).toEqual({ name: 'Power BI Pro', skuId: SKU.pro });
  });

  it("names the product, not the blade's menu item nor a blade opened beside it", () => {
    const page = loadFixture('az-legacy-blade.en', URLS.azureProductBlade(SKU.pro));
    const doc = page.document;
    const title = doc.querySelector('.fxs-blade-title-titleText')!;
    const blade = title.closest('.fxs-blade')!;
    const beside = (text: string, where: 'before' | 'after') => {
      const other = doc.createElement('section');
      other.className = 'fxs-blade';
      const h2 = doc.createElement('h2');
      h2.className = 'fxs-blade-title-titleText';
      h2.textContent = text;
      other.append(h2);
      blade.parentElement!.insertBefore(other, where === 'before' ? blade : blade.nextSibling);
    };
    beside('Licenses | All products', 'before');
    beside('Assign license', 'after');
    expect(readPageReport(doc, page.url, NOW).product).toEqual({ name: 'Power BI Pro', skuId: SKU.pro });
    title.textContent = 'Power BI Pro';
    expect(readPageReport(doc, page.url, NOW).product?.name).toBe('Licenses');
    for (const other of doc.querySelectorAll('.fxs-blade-title-titleText')) if (other !== title) other.remove();
    expect(readPageReport(doc, page.url, NOW).product?.name).toBe('Power BI Pro');
  });

  it.each(['az-legacy-assign.en', 'az-legacy-assign.nl'])(
    "%s: the open flow's steps all found, a lost one reported",
    (name) => {
      const page = loadFixture(name, URLS.azureProductBlade(SKU.pro));
      expect(readPageReport(page.document, page.url, NOW)).toMatchObject({ canAssignHere: true, missing: [] });
      const [, , options] = findAzureLegacyAssignSteps(page.document);
      if (options && isFound(options)) options.element.remove();
      expect(readPageReport(page.document, page.url, NOW).missing).toEqual(['assignmentOptions']);
    },
  );

  it('does not offer assigning on a read-only product blade', () => {
    const page = loadFixture('az-legacy-blade.en', URLS.azureProductBlade(SKU.pro));
    for (const label of page.document.querySelectorAll('.azc-toolbarButton-label')) {
      if (label.textContent === '+ Assign') label.closest('li')!.remove();
    }
    expect(readPageReport(page.document, page.url, NOW).canAssignHere).toBe(false);
  });

  it('lists the steps found before the assign blade opens', () => {
    const page = loadFixture('az-legacy-blade.en', URLS.azureProductBlade(SKU.pro));
    const steps = findAzureLegacyAssignSteps(page.document);
    expect(steps.map((s) => [s.name, isFound(s)])).toEqual([
      ['plusAssign', true],
      ['usersAndGroups', false],
      ['assignmentOptions', false],
      ['assign', false],
    ]);
  });

  it.each(['az-legacy-assign.en', 'az-legacy-assign.nl'])('%s: every step found, in order', (name) => {
    const page = loadFixture(name, URLS.azureProductBlade(SKU.pro));
    const steps = findAzureLegacyAssignSteps(page.document);
    expect(steps.map((s) => s.name)).toEqual(['plusAssign', 'usersAndGroups', 'assignmentOptions', 'assign']);
    const texts = steps.map((s) => (isFound(s) ? s.element.textContent?.trim() : 'missing'));
    if (name.endsWith('.en'))
      expect(texts).toEqual(['+ Assign', 'Users and groupsNone selected', 'Assignment options', 'Assign']);
    else
      expect(texts).toEqual([
        '+ Toewijzen',
        'Gebruikers en groepenGeen geselecteerd',
        'Opties voor toewijzingen',
        'Toewijzen',
      ]);
  });

  it('finds "+ Assign" drawn as an icon plus "Assign"', () => {
    const page = loadFixture('az-legacy-blade.en', URLS.azureProductBlade(SKU.pro));
    for (const label of page.document.querySelectorAll('.azc-toolbarButton-label')) {
      if (label.textContent === '+ Assign') label.textContent = 'Assign';
    }
    const [plusAssign] = findAzureLegacyAssignSteps(page.document);
    expect(plusAssign && isFound(plusAssign) && plusAssign.element.textContent).toBe('Assign');
  });

  it("is read as the Azure portal on a host the routes do not know, by the shell's marks", () => {
    const r = report(
      'az-products-top.en',
      'http://localhost:5173/azure/#view/Microsoft_AAD_IAM/LicensesMenuBlade/~/Products',
    );
    expect(r.portal).toBe('azure-portal');
    expect(r.products).toEqual(PRODUCTS);
  });
});
