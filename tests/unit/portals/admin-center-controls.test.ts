import { afterEach, describe, expect, it } from 'vitest';
import {
  findControl,
  missingControls,
  readSuggestions,
  type ControlName,
} from '../../../lib/portals/admin-center/controls';
import { CONTROLS } from '../../../lib/portals/admin-center/selectors';
import { isFound } from '../../../lib/portals/lookup';
import { closeFixtures, loadFixture, SKU, URLS } from './load-fixture';

afterEach(closeFixtures);

const PRODUCT_URL = URLS.product(SKU.pro);

/** The found element's identifying text: its label, aria-label or a structural mark. */
function found(fixture: string, name: ControlName): Element {
  const page = loadFixture(fixture, PRODUCT_URL);
  const result = findControl(page.document, name);
  if (!isFound(result)) throw new Error(`${name} missing in ${fixture}`);
  expect(result.name).toBe(name);
  return result.element;
}

function text(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/[\p{Co}\s]+/gu, ' ').trim();
}

// [control, fixture, what the element must be]
const FOUND: [ControlName, string, (el: Element) => void][] = [
  ['productTitle', 'ac-product-users.en', (el) => expect([el.tagName, text(el)]).toEqual(['H1', 'Power BI Pro'])],
  ['productTitle', 'ac-product-variant.en', (el) => expect(el.getAttribute('aria-level')).toBe('1')],
  [
    'assignLicensesButton',
    'ac-product-users.en',
    (el) => expect([el.getAttribute('role'), text(el)]).toEqual(['menuitem', 'Assign licenses']),
  ],
  ['assignLicensesButton', 'ac-product-users.nl', (el) => expect(text(el)).toBe('Licenties toewijzen')],
  ['assignLicensesButton', 'ac-product-users.de', (el) => expect(text(el)).toBe('Lizenzen zuweisen')],
  [
    'assignLicensesButton',
    'ac-product-variant.en',
    (el) => expect([el.tagName, text(el)]).toEqual(['BUTTON', 'Assign licenses']),
  ],
  ['unassignLicensesButton', 'ac-product-users.en', (el) => expect(el.hasAttribute('disabled')).toBe(true)],
  [
    'unassignLicensesButton',
    'ac-product-groups.nl',
    (el) => expect(text(el)).toBe('Toewijzing van licenties ongedaan maken'),
  ],
  [
    'usersTab',
    'ac-product-users.en',
    (el) => expect([el.getAttribute('role'), el.getAttribute('aria-selected')]).toEqual(['tab', 'true']),
  ],
  ['usersTab', 'ac-product-variant.en', (el) => expect(text(el)).toBe('Users')],
  ['groupsTab', 'ac-product-groups.en', (el) => expect(el.getAttribute('aria-selected')).toBe('true')],
  ['groupsTab', 'ac-product-groups.nl', (el) => expect(text(el)).toBe('Groepen')],
  [
    'searchBox',
    'ac-product-users.en',
    (el) => expect(el.getAttribute('data-automation-id')).toBe('LicenseDetailsUserList,CommandBarSearchInputBox'),
  ],
  ['searchBox', 'ac-product-variant.en', (el) => expect(el.getAttribute('type')).toBe('search')],
  [
    'assignPane',
    'ac-assign-open.en',
    (el) => expect([el.getAttribute('role'), el.getAttribute('aria-modal')]).toEqual(['dialog', 'true']),
  ],
  [
    'assignPane',
    'ac-assign-variant.en',
    (el) => expect(el.querySelector('h2')?.textContent).toBe('Assign licenses to users'),
  ],
  ['pickerInput', 'ac-assign-open.en', (el) => expect(el.getAttribute('role')).toBe('combobox')],
  ['pickerInput', 'ac-assign-variant.en', (el) => expect((el as HTMLInputElement).value).toBe('joann')],
  ['suggestions', 'ac-assign-open.en', (el) => expect(el.id).toBe('sug-list-7')],
  ['suggestions', 'ac-assign-variant.en', (el) => expect(el.querySelectorAll('[role=option]')).toHaveLength(2)],
  ['pickedItems', 'ac-assign-open.en', (el) => expect(el.querySelectorAll('[data-selection-index]')).toHaveLength(2)],
  [
    'pickedItems',
    'ac-assign-variant.en',
    (el) => expect(el.querySelectorAll('[data-selection-index]')).toHaveLength(1),
  ],
  [
    'paneAssignButton',
    'ac-assign-open.en',
    (el) => expect([text(el), el.classList.contains('ms-Button--primary')]).toEqual(['Assign', true]),
  ],
  ['paneAssignButton', 'ac-assign-open.nl', (el) => expect(text(el)).toBe('Toewijzen')],
  ['paneAssignButton', 'ac-assign-open.fr', (el) => expect(text(el)).toBe('Attribuer')],
  ['paneAssignButton', 'ac-assign-variant.en', (el) => expect(text(el)).toBe('Assign')],
  ['paneCloseButton', 'ac-assign-open.en', (el) => expect(text(el)).toBe('Close')],
  ['paneCloseButton', 'ac-assign-variant.en', (el) => expect(text(el)).toBe('Cancel')],
  [
    'successMessage',
    'ac-assign-success.en',
    (el) => expect(text(el)).toBe('Power BI Pro licenses assigned to 2 users.'),
  ],
  [
    'successMessage',
    'ac-assign-success.nl',
    (el) => expect(text(el)).toBe('Power BI Pro-licenties toegewezen aan 2 gebruikers.'),
  ],
  ['errorMessage', 'ac-assign-error.en', (el) => expect(text(el)).toContain('run out of licenses')],
  ['errorMessage', 'ac-assign-error.nl', (el) => expect(text(el)).toContain('geen licenties meer')],
  ['spinner', 'ac-assign-busy.en', (el) => expect(el.classList.contains('ms-Spinner')).toBe(true)],
];

describe('findControl: found', () => {
  it.each(FOUND)('%s in %s', (name, fixture, check) => {
    check(found(fixture, name));
  });

  it('covers every control with at least one found case', () => {
    const covered = new Set(FOUND.map(([name]) => name));
    const uncovered = (Object.keys(CONTROLS) as ControlName[]).filter(
      (name) => !covered.has(name) && name !== 'confirmUnassignButton',
    );
    expect(uncovered).toEqual([]);
  });
});

describe('findControl: missing', () => {
  const pageControls: ControlName[] = [
    'assignLicensesButton',
    'unassignLicensesButton',
    'usersTab',
    'groupsTab',
    'searchBox',
  ];
  const paneControls: ControlName[] = [
    'assignPane',
    'pickerInput',
    'suggestions',
    'pickedItems',
    'paneAssignButton',
    'paneCloseButton',
  ];
  const outcomes: ControlName[] = ['confirmUnassignButton', 'successMessage', 'errorMessage', 'spinner'];

  it.each([...pageControls, ...paneControls, ...outcomes])('%s is missing on the home page', (name) => {
    const page = loadFixture('ac-home.en', PRODUCT_URL);
    expect(findControl(page.document, name)).toEqual({ name, missing: true });
  });

  it.each([...paneControls, ...outcomes])('%s is missing on a product page without a pane', (name) => {
    const page = loadFixture('ac-product-users.en', PRODUCT_URL);
    expect(findControl(page.document, name)).toEqual({ name, missing: true });
  });

  it('does not take the left nav "Users" link or the header search for page controls', () => {
    const page = loadFixture('ac-users.en', URLS.users);
    expect(isFound(findControl(page.document, 'usersTab'))).toBe(false);
    const search = findControl(page.document, 'searchBox');
    expect(isFound(search) && search.element.getAttribute('data-automation-id')).toBe(
      'UserListV2,CommandBarSearchInputBox',
    );
  });

  it("does not take the pane's buttons for page buttons, nor page buttons for pane buttons", () => {
    const page = loadFixture('ac-assign-open.en', PRODUCT_URL);
    const assign = findControl(page.document, 'assignLicensesButton');
    expect(isFound(assign) && assign.element.closest('.ms-Layer')).toBe(null);
    page.document.querySelector('.ms-Panel-footer .ms-Button--primary')!.remove();
    expect(findControl(page.document, 'paneAssignButton')).toEqual({ name: 'paneAssignButton', missing: true });
  });

  it("ignores the extension's own elements and hidden templates", () => {
    const page = loadFixture('ac-home.en', PRODUCT_URL);
    const host = page.document.createElement('div');
    host.setAttribute('data-license-pilot', '');
    const own = page.document.createElement('button');
    own.textContent = 'Assign licenses';
    host.append(own);
    const template = page.document.createElement('div');
    template.setAttribute('hidden', '');
    const hiddenButton = page.document.createElement('button');
    hiddenButton.textContent = 'Assign licenses';
    template.append(hiddenButton);
    page.document.querySelector('[role=main]')!.append(host, template);
    expect(isFound(findControl(page.document, 'assignLicensesButton'))).toBe(false);
  });

  it('lists the missing ones in the order asked', () => {
    const page = loadFixture('ac-product-variant.en', PRODUCT_URL);
    expect(missingControls(page.document, ['pickerInput', 'assignLicensesButton', 'spinner'])).toEqual([
      'pickerInput',
      'spinner',
    ]);
  });
});

describe('findControl: unassign confirmation', () => {
  function withDialog(role: string, buttons: string[]) {
    const page = loadFixture('ac-product-users.nl', PRODUCT_URL);
    const doc = page.document;
    const layer = doc.createElement('div');
    layer.className = 'ms-Layer';
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', role);
    for (const label of buttons) {
      const b = doc.createElement('button');
      b.textContent = label;
      dialog.append(b);
    }
    layer.append(dialog);
    doc.body.append(layer);
    return doc;
  }
  it.each(['alertdialog', 'dialog'])('finds "Toewijzing ongedaan maken" in a %s', (role) => {
    const result = findControl(withDialog(role, ['Annuleren', 'Toewijzing ongedaan maken']), 'confirmUnassignButton');
    expect(isFound(result) && result.element.textContent).toBe('Toewijzing ongedaan maken');
  });
  it('is missing when the dialog only offers Cancel', () => {
    expect(isFound(findControl(withDialog('dialog', ['Annuleren']), 'confirmUnassignButton'))).toBe(false);
  });
});

describe('readSuggestions', () => {
  it('lists options with their text pieces and disabled flags', () => {
    const page = loadFixture('ac-assign-open.en', PRODUCT_URL);
    const options = readSuggestions(page.document);
    expect(options.map((o) => [o.texts, o.disabled])).toEqual([
      [['Ann Lee', 'ann@contoso.onmicrosoft.com'], false],
      [['Joann Smith', 'joann@contoso.onmicrosoft.com'], false],
      [['Ann Lee (Fabrikam)', 'ann_fabrikam.com#EXT#@contoso.onmicrosoft.com'], false],
      [['Annika Berg', 'annika@contoso.onmicrosoft.com'], true],
    ]);
  });

  it.each(['No results found', 'Geen resultaten', 'Keine Ergebnisse gefunden für "x"', 'Aucun résultat trouvé'])(
    'treats "%s" as a disabled option even when not marked so',
    (label) => {
      const page = loadFixture('ac-assign-open.en', PRODUCT_URL);
      const listbox = page.document.getElementById('sug-list-7')!;
      for (const child of Array.from(listbox.children)) child.remove();
      const option = page.document.createElement('div');
      option.setAttribute('role', 'option');
      option.textContent = label;
      listbox.append(option);
      expect(readSuggestions(page.document).map((o) => o.disabled)).toEqual([true]);
    },
  );

  it('is empty without a pane', () => {
    expect(readSuggestions(loadFixture('ac-product-users.en', PRODUCT_URL).document)).toEqual([]);
  });
});

describe('findControl: where the assign pane may be drawn', () => {
  function pageWithPane(wrap: (doc: Document, dialog: Element) => void) {
    const page = loadFixture('ac-product-users.en', PRODUCT_URL);
    const doc = page.document;
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const heading = doc.createElement('h2');
    heading.textContent = 'Assign licenses to groups';
    dialog.append(heading);
    wrap(doc, dialog);
    return doc;
  }

  it("inside Fluent's default layer host", () => {
    const doc = pageWithPane((d, dialog) => {
      const host = d.createElement('div');
      host.id = 'fluent-default-layer-host';
      const layer = d.createElement('div');
      layer.className = 'ms-Layer ms-Layer--fixed';
      dialog.setAttribute('aria-modal', 'true');
      layer.append(dialog);
      host.append(layer);
      d.body.append(host);
    });
    expect(isFound(findControl(doc, 'assignPane'))).toBe(true);
  });

  it('in a body-level portal without Fluent v8 classes', () => {
    const doc = pageWithPane((d, dialog) => {
      const portal = d.createElement('div');
      portal.setAttribute('data-portal-node', 'true');
      portal.append(dialog);
      d.body.append(portal);
    });
    expect(isFound(findControl(doc, 'assignPane'))).toBe(true);
  });

  it('not a dialog inside the page itself', () => {
    const doc = pageWithPane((d, dialog) => d.querySelector('[role=main]')!.append(dialog));
    expect(isFound(findControl(doc, 'assignPane'))).toBe(false);
  });
});
