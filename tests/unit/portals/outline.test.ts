import { afterEach, describe, expect, it } from 'vitest';
import { outlinePage, redactText } from '../../../lib/portals/outline';
import { closeFixtures, loadFixture, SKU, URLS } from './load-fixture';

afterEach(closeFixtures);

const PERSONAL = [
  /Adele/i,
  /Vance/i,
  /Megan/i,
  /Bowen/i,
  /Diego/i,
  /Joann/i,
  /Ann Lee/i,
  /@contoso/i,
  /Contoso/,
  /AdeleV/i,
];

describe('redactText', () => {
  it.each([
    ['Assign licenses', 'Assign licenses'],
    ['  Licenties   toewijzen ', 'Licenties toewijzen'],
    ['Adele Vance', '[11]'],
    ['ann@contoso.onmicrosoft.com', '[27]'],
    ['1,250', '[5]'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(redactText(text)).toBe(expected);
  });
});

describe('outlinePage', () => {
  it.each([
    ['ac-assign-open.en', URLS.product(SKU.pro)],
    ['ac-users.nl', URLS.users],
    ['az-legacy-assign.en', URLS.azureProductBlade(SKU.pro)],
    ['az-products-frame.nl', URLS.reactblade('https://portal.azure.com')],
  ])('%s holds no personal data', (name, url) => {
    const outline = outlinePage(loadFixture(name, url).document);
    const json = JSON.stringify(outline);
    for (const pattern of PERSONAL) expect(json).not.toMatch(pattern);
  });

  it('keeps structure, label words, automation ids and row counts', () => {
    const outline = outlinePage(loadFixture('ac-users.en', URLS.users).document);
    expect(outline.host).toBe('admin.microsoft.com');
    expect(outline.lang).toBe('en');
    expect(outline.headings).toEqual([{ level: 1, text: 'Active users' }]);
    expect(outline.roles).toMatchObject({ main: 1, grid: 1, columnheader: 4, searchbox: 2 });
    expect(outline.automationIds).toMatchObject({
      DetailsList: 1,
      DetailsRow: 2,
      'UserListV2,CommandBarSearchInputBox': 1,
    });
    expect(outline.grids).toEqual([{ rowCount: 5001, rowsInDom: 2, columns: ['', '[12]', '[8]', 'Licenses'] }]);
    expect(outline.lines.some((l) => /^\s*div role=main/.test(l))).toBe(true);
    expect(outline.lines.some((l) => l.includes('nav data-hint=ReactLeftNav'))).toBe(true);
    expect(outline.lines.some((l) => /root-\d+/.test(l))).toBe(false);
  });

  it('shows the pane, its heading and buttons by label, people by length', () => {
    const outline = outlinePage(loadFixture('ac-assign-open.en', URLS.product(SKU.pro)).document);
    const text = outline.lines.join('\n');
    expect(text).toContain('role=dialog aria-modal=true');
    expect(text).toContain('role=heading aria-level=1 .ms-Panel-headerText "Assign licenses to users"');
    expect(text).toContain('.ms-Button.ms-Button--primary "Assign"');
    expect(text).toContain('role=option');
    expect(outline.headings).toContainEqual({ level: 1, text: 'Assign licenses to users' });
  });

  it('summarizes long lists instead of listing every row', () => {
    const page = loadFixture('ac-product-users.en', URLS.product(SKU.pro));
    const outline = outlinePage(page.document);
    expect(outline.lines.filter((l) => l.includes('data-automationid=DetailsRow ')).length).toBe(2);
    expect(outline.lines.some((l) => l.trim() === '… 3 more rows')).toBe(true);
  });

  it('replaces addresses and GUIDs in attributes and lists frame hosts only', () => {
    const page = loadFixture('az-products-shell.en', URLS.azureProducts);
    const a = page.document.createElement('a');
    a.setAttribute('href', '#/users/:/UserDetails/ann@contoso.onmicrosoft.com?x=1');
    a.setAttribute('data-automation-id', `User_${SKU.pro}`);
    page.document.body.append(a);
    const outline = outlinePage(page.document);
    expect(outline.frames).toEqual(['sandbox-7.reactblade.portal.azure.net']);
    const text = outline.lines.join('\n');
    expect(text).toContain('href=#/users/:/UserDetails/<email>');
    expect(text).toContain('data-automation-id=User_<guid>');
    expect(outline.automationIds['User_<guid>']).toBe(1);
  });

  it("leaves out the extension's own elements", () => {
    const page = loadFixture('ac-home.en', URLS.home);
    const host = page.document.createElement('div');
    host.setAttribute('data-license-pilot', '');
    host.setAttribute('role', 'complementary');
    page.document.body.append(host);
    expect(outlinePage(page.document).roles.complementary).toBeUndefined();
  });
});
