import { afterEach, describe, expect, it } from 'vitest';
import { controlAt, describeElement, findByDescription } from '../../../lib/portals/learned';
import { closeFixtures, loadFixture, loadHtml, SKU, URLS } from './load-fixture';
import { random } from './perturb/random';
import { scramble } from './perturb/structure';

afterEach(closeFixtures);

const byName = (doc: Document, css: string, name: string) =>
  Array.from(doc.querySelectorAll(css)).find((el) => el.textContent?.trim() === name)!;

describe('describeElement', () => {
  it('a command bar item: role, accessible name and landmark path, no class names', () => {
    const doc = loadFixture('sim/ac-product-users.en', URLS.product(SKU.pro)).document;
    const label = byName(doc, '.ms-Button-label', 'Assign licenses');
    const description = describeElement(controlAt(label));
    expect(description).toEqual({ role: 'menuitem', name: 'Assign licenses', landmarks: ['main', 'menubar'] });
    expect(JSON.stringify(description)).not.toMatch(/ms-|root-/);
  });

  it('leaves an aria-hidden glyph out of the name and names a dialog by its title', () => {
    const doc = loadHtml(
      `<html lang="en"><body><div role="main"></div><div role="dialog" aria-modal="true"><h2>Assign licenses to users</h2>
       <div role="toolbar"><button class="x1"><i aria-hidden="true">+</i><span>Add</span></button></div></div></body></html>`,
      'https://admin.microsoft.com/#/homepage',
    ).document;
    expect(describeElement(doc.querySelector('button')!)).toEqual({
      role: 'button',
      name: 'Add',
      landmarks: ['dialog "Assign licenses to users"', 'toolbar'],
    });
  });

  it('names icon-only controls by aria-label or title, inputs by their label or placeholder', () => {
    const doc = loadHtml(
      `<body><button title="Refresh"><svg aria-hidden="true"></svg></button><a href="#" aria-label="Licenses">x</a>
       <input type="search" placeholder="Search users"></body>`,
      'https://admin.microsoft.com/#/homepage',
    ).document;
    expect(describeElement(doc.querySelector('button')!)).toMatchObject({ role: 'button', name: 'Refresh' });
    expect(describeElement(doc.querySelector('a')!)).toMatchObject({ role: 'link', name: 'Licenses' });
    expect(describeElement(doc.querySelector('input')!)).toMatchObject({ role: 'searchbox', name: 'Search users' });
  });
});

describe('findByDescription', () => {
  it('finds the control again on the same page drawn with other classes, wrappers and order', () => {
    const first = loadFixture('sim/ac-product-users.en', URLS.product(SKU.pro)).document;
    const description = describeElement(controlAt(byName(first, '.ms-Button-label', 'Unassign licenses')));
    const again = loadFixture('sim/ac-product-users.en', URLS.product(SKU.pro)).document;
    scramble(again, random(5));
    const found = findByDescription(again, description);
    expect(found?.getAttribute('role')).toBe('menuitem');
    expect(found?.textContent?.trim()).toBe('Unassign licenses');
  });

  it('finds nothing where the name is not on the page', () => {
    const doc = loadFixture('sim/ac-home.en', URLS.home).document;
    expect(findByDescription(doc, { role: 'menuitem', name: 'Assign licenses', landmarks: ['main', 'menubar'] })).toBe(
      undefined,
    );
  });

  it('prefers the one in the same landmarks, and never guesses between two equal ones', () => {
    const html = (extra: string) =>
      `<body><div role="main"><div role="toolbar"><button>Add</button></div>${extra}</div>
       <div role="dialog"><h2>Pane</h2><button>Add</button></div></body>`;
    const doc = loadHtml(html(''), 'https://admin.microsoft.com/#/x').document;
    const inBar = { role: 'button', name: 'Add', landmarks: ['main', 'toolbar'] };
    expect(findByDescription(doc, inBar)?.closest('[role=toolbar]')).not.toBeNull();
    const twice = loadHtml(html('<div role="toolbar"><button>Add</button></div>'), 'https://admin.microsoft.com/#/x');
    expect(findByDescription(twice.document, inBar)).toBeUndefined();
    // Moved out of its toolbar but still the only "Add" button in main: found.
    const moved = loadHtml(
      '<body><div role="main"><button>Add</button></div></body>',
      'https://admin.microsoft.com/#/x',
    );
    expect(findByDescription(moved.document, inBar)?.textContent).toBe('Add');
  });
});
