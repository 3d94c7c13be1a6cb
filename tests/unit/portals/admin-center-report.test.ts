import { afterEach, describe, expect, it } from 'vitest';
import { readPageReport } from '../../../lib/portals';
import { closeFixtures, loadFixture, SKU, URLS } from './load-fixture';

afterEach(closeFixtures);

const NOW = new Date('2025-03-01T10:00:00.000Z');

function report(name: string, url: string) {
  const page = loadFixture(name, url);
  return readPageReport(page.document, page.url, NOW);
}

const EN_PRODUCTS = [
  { name: 'Power BI Pro', skuId: SKU.pro, total: 10, assigned: 7, available: 3 },
  { name: 'Power BI Premium Per User', skuId: SKU.ppu, total: 1250, assigned: 1000, available: 250 },
  { name: 'Microsoft Fabric (Free)', skuId: SKU.fabric, total: 1000000, assigned: 12, available: 999988 },
  { name: 'Innofalls Charts', skuId: SKU.innofalls, total: 25, assigned: 25, available: 0 },
];

describe('admin center Licenses page', () => {
  it.each([
    ['ac-licenses-columns.en', 'en'],
    ['ac-licenses-slash.en', 'en'],
    ['ac-licenses-of.en', 'en'],
    ['ac-licenses-columns.nl', 'nl-NL'],
    ['ac-licenses-slash.nl', 'nl-NL'],
    ['ac-licenses-of.nl', 'nl-NL'],
    ['ac-licenses-columns.de', 'de-DE'],
    ['ac-licenses-of.fr', 'fr-FR'],
  ])('%s: every product with total, assigned and available', (name, locale) => {
    const r = report(name, URLS.licenses);
    expect(r).toMatchObject({
      portal: 'admin-center',
      page: 'licenses',
      pane: null,
      locale,
      canAssignHere: false,
      missing: [],
    });
    expect(r.products).toEqual(EN_PRODUCTS);
    expect(r.product).toBeUndefined();
    expect(r.at).toBe(NOW.toISOString());
    expect(r.url).toBe(URLS.licenses);
  });

  it('reads the hand-written variant: other order, no automation keys, absolute links, a row without a link', () => {
    const r = report('ac-licenses-variant.en', 'https://admin.cloud.microsoft/#/licenses');
    expect(r.missing).toEqual([]);
    expect(r.locale).toBe('en-GB');
    expect(r.products).toEqual([
      { name: 'Power BI Premium Per User', skuId: SKU.ppu, total: 1250, assigned: 1000, available: 250 },
      { name: 'Power BI Pro', skuId: SKU.pro, total: 10, assigned: 7, available: 3 },
      { name: 'Innofalls Charts', total: 25, assigned: 25, available: 0 },
    ]);
  });

  it('reports the grid missing while the page has not rendered it', () => {
    const r = report('ac-home.en', URLS.licenses);
    expect(r.page).toBe('licenses');
    expect(r.products).toEqual([]);
    expect(r.missing).toEqual(['productsGrid']);
  });

  it('reports counts it cannot read instead of guessing', () => {
    const page = loadFixture('ac-licenses-slash.en', URLS.licenses);
    for (const cell of page.document.querySelectorAll('[data-automation-key="assigned"]')) cell.textContent = '7 (10)';
    const r = readPageReport(page.document, page.url, NOW);
    expect(r.products[0]).toEqual({ name: 'Power BI Pro', skuId: SKU.pro });
    expect(r.missing).toEqual(['totalCount', 'assignedCount', 'availableCount']);
  });

  it('reads nothing as numbers that the locale would write differently', () => {
    const page = loadFixture('ac-licenses-columns.en', URLS.licenses);
    page.document.documentElement.setAttribute('lang', 'de-DE');
    const r = readPageReport(page.document, page.url, NOW);
    const ppu = r.products.find((p) => p.skuId === SKU.ppu);
    // "1,250" and "1,000" are decimals in German: not read; "250" is.
    expect(ppu).toEqual({ name: 'Power BI Premium Per User', skuId: SKU.ppu, available: 250 });
  });
});

describe('admin center product page', () => {
  it.each([
    ['ac-product-users.en', 'en'],
    ['ac-product-groups.en', 'en'],
    ['ac-product-users.nl', 'nl-NL'],
    ['ac-product-groups.nl', 'nl-NL'],
    ['ac-product-users.de', 'de-DE'],
  ])('%s: the product, its counts, and the assign control', (name, locale) => {
    const r = report(name, URLS.product(SKU.pro));
    expect(r).toMatchObject({
      portal: 'admin-center',
      page: 'product',
      pane: null,
      locale,
      canAssignHere: true,
      missing: [],
      products: [],
    });
    expect(r.product).toEqual({ name: 'Power BI Pro', skuId: SKU.pro, total: 10, assigned: 7, available: 3 });
  });

  it('reads the hand-written variant: number first, "x of y" inline, no menubar, no tablist', () => {
    const r = report('ac-product-variant.en', URLS.product(SKU.pro));
    expect(r.product).toEqual({ name: 'Power BI Pro', skuId: SKU.pro, total: 10, assigned: 7, available: 3 });
    expect(r.canAssignHere).toBe(true);
    expect(r.missing).toEqual([]);
  });

  it('reads a summary count whose label sits under several layout wrappers', () => {
    const page = loadFixture('ac-product-users.en', URLS.product(SKU.pro));
    const doc = page.document;
    for (const text of ['Available licenses', 'Total licenses']) {
      const label = Array.from(doc.querySelectorAll('[role=main] div')).find((d) => d.textContent === text)!;
      let inner: Element = label;
      for (let i = 0; i < 4; i += 1) {
        const wrapper = doc.createElement('div');
        inner.replaceWith(wrapper);
        wrapper.append(inner);
        inner = wrapper;
      }
    }
    const r = readPageReport(doc, page.url, NOW);
    expect(r.product).toEqual({ name: 'Power BI Pro', skuId: SKU.pro, total: 10, assigned: 7, available: 3 });
    expect(r.missing).toEqual([]);
  });

  it('names every expected control that is gone and does not offer assigning', () => {
    const r = report('ac-home.en', URLS.product(SKU.pro));
    expect(r.canAssignHere).toBe(false);
    expect(r.product).toEqual({ name: 'Welcome to Contoso', skuId: SKU.pro });
    expect(r.missing).toEqual([
      'assignLicensesButton',
      'unassignLicensesButton',
      'usersTab',
      'groupsTab',
      'searchBox',
      'totalCount',
      'assignedCount',
      'availableCount',
    ]);
  });
});

describe('admin center assign pane', () => {
  it.each([
    'ac-assign-open.en',
    'ac-assign-open.nl',
    'ac-assign-success.en',
    'ac-assign-error.nl',
    'ac-assign-open.fr',
    'ac-assign-variant.en',
  ])('%s: pane is "assign"', (name) => {
    const r = report(name, URLS.product(SKU.pro));
    expect(r.pane).toBe('assign');
    expect(r.canAssignHere).toBe(true);
    expect(r.missing.filter((m) => m.startsWith('pane') || m === 'pickerInput')).toEqual([]);
  });

  it('after a success expects only Close: the picker and Assign are gone by design', () => {
    const page = loadFixture('ac-assign-success.en', URLS.product(SKU.pro));
    const doc = page.document;
    doc.querySelector('.ms-BasePicker-input')?.remove();
    for (const b of doc.querySelectorAll('.ms-Panel-footer button'))
      if (!/close/i.test(b.textContent ?? '')) b.remove();
    expect(readPageReport(doc, page.url, NOW).missing).toEqual([]);
    // Without the success message the same pane lacks what an open pane needs.
    doc.querySelector('[role=dialog] .ms-MessageBar--success')!.remove();
    expect(readPageReport(doc, page.url, NOW).missing).toEqual(['pickerInput', 'paneAssignButton']);
  });

  it('a success message outside the pane does not end the pane', () => {
    const page = loadFixture('ac-assign-open.en', URLS.product(SKU.pro));
    const doc = page.document;
    const bar = doc.createElement('div');
    bar.className = 'ms-MessageBar ms-MessageBar--success';
    bar.textContent = 'Licenses unassigned: 1.';
    doc.querySelector('[role=main]')!.prepend(bar);
    doc.querySelector('.ms-BasePicker-input')!.remove();
    expect(readPageReport(doc, page.url, NOW).missing).toEqual(['pickerInput']);
  });

  it('is not open for a dialog with another title', () => {
    const page = loadFixture('ac-assign-open.en', URLS.product(SKU.pro));
    page.document.getElementById('Panel7-headerText')!.textContent = 'Edit billing notifications';
    expect(readPageReport(page.document, page.url, NOW).pane).toBeNull();
  });

  it('names the pane controls that are gone', () => {
    const page = loadFixture('ac-assign-open.en', URLS.product(SKU.pro));
    page.document.querySelector('.ms-BasePicker-input')!.remove();
    for (const b of page.document.querySelectorAll('.ms-Panel-footer button')) b.remove();
    expect(readPageReport(page.document, page.url, NOW).missing).toEqual(['pickerInput', 'paneAssignButton']);
  });
});

describe('admin center other pages', () => {
  it.each([
    ['ac-home.en', URLS.home],
    ['ac-home.nl', URLS.home],
    ['ac-users.en', URLS.users],
    ['ac-users.nl', URLS.users],
    ['ac-licenses-columns.en', 'https://admin.microsoft.com/#/licenses/autoclaimpoliciespage'],
  ])('%s at %s is "other" with nothing expected', (name, url) => {
    const r = report(name, url);
    expect(r).toMatchObject({
      portal: 'admin-center',
      page: 'other',
      pane: null,
      products: [],
      canAssignHere: false,
      missing: [],
    });
  });
});

describe('a saved page on an unknown host', () => {
  it('is read by its hash route and its structure', () => {
    const r = report('ac-licenses-columns.nl', 'http://localhost:5173/admin/#/licenses');
    expect(r.portal).toBe('admin-center');
    expect(r.products).toHaveLength(4);
  });
  it('without <html lang> reports the locale as undetermined', () => {
    const page = loadFixture('ac-licenses-columns.en', URLS.licenses);
    page.document.documentElement.removeAttribute('lang');
    const r = readPageReport(page.document, page.url, NOW);
    expect(r.locale).toBe('und');
    // "1,250" is ambiguous without a locale: not guessed. Single numbers still read.
    expect(r.products[0]).toEqual(EN_PRODUCTS[0]);
    expect(r.products[1]).toEqual({ name: 'Power BI Premium Per User', skuId: SKU.ppu, available: 250 });
  });
});
