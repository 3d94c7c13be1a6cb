import { afterEach, describe, expect, it } from 'vitest';
import {
  isRowChecked,
  pickSuggestion,
  readPaneOutcome,
  readPickedItems,
  setReactInputValue,
  targetMatch,
  tickRowFor,
} from '../../../lib/portals/admin-center/actions';
import { closeFixtures, loadFixture, loadHtml, SKU, URLS } from './load-fixture';

afterEach(closeFixtures);

const PRODUCT_URL = URLS.product(SKU.pro);

/** Records which elements matching `selector` receive clicks. */
function recordClicks(doc: Document, selector: string): string[] {
  const clicked: string[] = [];
  for (const el of doc.querySelectorAll(selector))
    el.addEventListener('click', () => clicked.push(el.textContent ?? ''));
  return clicked;
}

describe('setReactInputValue', () => {
  /** React's value tracker: an own `value` property recording what was set through it; an input
   *  event counts as a change only when the node's real value differs from the tracked one. */
  function reactLikeInput() {
    const page = loadHtml(
      '<!DOCTYPE html><html><body><input id="i"><textarea id="t"></textarea></body></html>',
      PRODUCT_URL,
    );
    const changes: string[] = [];
    for (const id of ['i', 't']) {
      const el = page.document.getElementById(id) as HTMLInputElement;
      const proto = id === 'i' ? page.window.HTMLInputElement.prototype : page.window.HTMLTextAreaElement.prototype;
      const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
      let tracked = '';
      Object.defineProperty(el, 'value', {
        configurable: true,
        get: () => native.get!.call(el),
        set: (v: string) => {
          tracked = String(v);
          native.set!.call(el, v);
        },
      });
      el.addEventListener('input', () => {
        const now = native.get!.call(el) as string;
        if (now !== tracked) {
          tracked = now;
          changes.push(`${id}:${now}`);
        }
      });
    }
    return { doc: page.document, changes };
  }

  it('a plain assignment plus input event is ignored by a React-like tracker', () => {
    const { doc, changes } = reactLikeInput();
    const input = doc.getElementById('i') as HTMLInputElement;
    input.value = 'ann';
    input.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true }));
    expect(changes).toEqual([]);
  });

  it('sets the value through the native setter and fires a bubbling input event', () => {
    const { doc, changes } = reactLikeInput();
    const bubbled: string[] = [];
    doc.body.addEventListener('input', (e) => bubbled.push((e.target as HTMLInputElement).id));
    setReactInputValue(doc.getElementById('i') as HTMLInputElement, 'ann@contoso.onmicrosoft.com');
    setReactInputValue(doc.getElementById('t') as HTMLTextAreaElement, 'x');
    expect(changes).toEqual(['i:ann@contoso.onmicrosoft.com', 't:x']);
    expect(bubbled).toEqual(['i', 't']);
    expect((doc.getElementById('i') as HTMLInputElement).value).toBe('ann@contoso.onmicrosoft.com');
  });

  it('focuses the input first, as typing would: a real people picker suggests only while focused', () => {
    const { doc } = reactLikeInput();
    const input = doc.getElementById('i') as HTMLInputElement;
    const focusedWhenTyped: boolean[] = [];
    input.addEventListener('input', () => focusedWhenTyped.push(doc.activeElement === input));
    setReactInputValue(input, 'ann');
    expect(focusedWhenTyped).toEqual([true]);
  });
});

describe('targetMatch', () => {
  it.each([
    [['Ann Lee', 'ann@contoso.com'], { upn: 'ANN@contoso.com' }, 'address'],
    [['Joann Smith', 'joann@contoso.com'], { upn: 'ann@contoso.com' }, undefined],
    [['ann@contoso.com.au'], { upn: 'ann@contoso.com' }, undefined],
    [['Ann Lee <ann@contoso.com>'], { mail: 'ann@contoso.com' }, 'address'],
    [['Ann Lee'], { upn: 'ann@contoso.com', name: 'ann lee' }, 'name'],
    [['Ann Leeds'], { name: 'Ann Lee' }, undefined],
    [['José Núñez'], { name: 'Jose Nunez' }, undefined],
    [['x'], {}, undefined],
  ])('%j / %j -> %s', (texts, target, expected) => {
    expect(targetMatch(texts, target)).toBe(expected);
  });
});

describe('pickSuggestion', () => {
  function open(fixture = 'ac-assign-open.en') {
    const page = loadFixture(fixture, PRODUCT_URL);
    return { doc: page.document, clicked: recordClicks(page.document, '[role=option]') };
  }

  it('picks the option with the exact UPN, not one that merely contains it', () => {
    const { doc, clicked } = open();
    expect(pickSuggestion(doc, { upn: 'ann@contoso.onmicrosoft.com', name: 'Ann Lee' })).toEqual({
      kind: 'picked',
      text: 'Ann Lee ann@contoso.onmicrosoft.com',
    });
    expect(clicked).toEqual(['Ann Leeann@contoso.onmicrosoft.com']);
  });

  it('picks a guest by its #EXT# UPN', () => {
    const { doc, clicked } = open();
    expect(pickSuggestion(doc, { upn: 'ann_fabrikam.com#EXT#@contoso.onmicrosoft.com' }).kind).toBe('picked');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toContain('Fabrikam');
  });

  it('picks by mail when the UPN is not shown', () => {
    const { doc, clicked } = open();
    expect(pickSuggestion(doc, { upn: 'j.smith@contoso.com', mail: 'JOANN@contoso.onmicrosoft.com' }).kind).toBe(
      'picked',
    );
    expect(clicked[0]).toContain('Joann Smith');
  });

  it('does not pick when a name matches several options', () => {
    const { doc, clicked } = open();
    expect(pickSuggestion(doc, { name: 'Ann Lee' })).toEqual({ kind: 'ambiguous', count: 2 });
    expect(clicked).toEqual([]);
  });

  it('does not pick a disabled option', () => {
    const { doc, clicked } = open();
    expect(pickSuggestion(doc, { upn: 'annika@contoso.onmicrosoft.com' })).toEqual({
      kind: 'disabled',
      text: 'Annika Berg annika@contoso.onmicrosoft.com',
    });
    expect(clicked).toEqual([]);
  });

  it('never picks blindly the first option', () => {
    const { doc, clicked } = open();
    expect(pickSuggestion(doc, { upn: 'bob@contoso.onmicrosoft.com', name: 'Bob' })).toEqual({
      kind: 'notFound',
      options: 3,
    });
    expect(clicked).toEqual([]);
  });

  it('never picks a "No results" entry, even one that repeats the search text', () => {
    const { doc } = open();
    const listbox = doc.getElementById('sug-list-7')!;
    for (const child of Array.from(listbox.children)) child.remove();
    const option = doc.createElement('div');
    option.setAttribute('role', 'option');
    option.textContent = 'No results found for bob@contoso.onmicrosoft.com';
    listbox.append(option);
    const clicked = recordClicks(doc, '[role=option]');
    expect(pickSuggestion(doc, { upn: 'bob@contoso.onmicrosoft.com' })).toEqual({ kind: 'notFound', options: 0 });
    expect(clicked).toEqual([]);
  });

  it('works in the variant pane whose listbox is not linked to the input', () => {
    const { doc, clicked } = open('ac-assign-variant.en');
    expect(pickSuggestion(doc, { name: 'Joann Smith' })).toEqual({ kind: 'ambiguous', count: 2 });
    expect(pickSuggestion(doc, { upn: 'joann.smith@fabrikam.com' }).kind).toBe('picked');
    expect(clicked).toEqual(['Joann Smithjoann.smith@fabrikam.com']);
  });

  it('says so when there are no suggestions', () => {
    const page = loadFixture('ac-assign-success.en', PRODUCT_URL);
    expect(pickSuggestion(page.document, { upn: 'ann@contoso.onmicrosoft.com' })).toEqual({ kind: 'noSuggestions' });
  });
});

describe('readPickedItems', () => {
  it('lists the picked people in order', () => {
    const page = loadFixture('ac-assign-open.nl', PRODUCT_URL);
    expect(readPickedItems(page.document).map((i) => [i.index, i.texts])).toEqual([
      [0, ['Adele Vance', 'AdeleV@contoso.onmicrosoft.com']],
      [1, ['Diego Siciliani', 'DiegoS@contoso.onmicrosoft.com']],
    ]);
  });
  it('does not count the page list rows (which also carry data-selection-index)', () => {
    const page = loadFixture('ac-product-users.en', PRODUCT_URL);
    expect(page.document.querySelectorAll('[data-selection-index]').length).toBeGreaterThan(0);
    expect(readPickedItems(page.document)).toEqual([]);
  });
});

describe('readPaneOutcome', () => {
  it.each([
    ['ac-assign-success.en', { kind: 'success', text: 'Power BI Pro licenses assigned to 2 users.' }],
    [
      'ac-assign-error.en',
      {
        kind: 'error',
        text: "We're sorry, it looks like you've run out of licenses. Buy more licenses, and then try again.",
      },
    ],
    [
      'ac-assign-error.nl',
      {
        kind: 'error',
        text: 'Het spijt ons, het lijkt erop dat u geen licenties meer hebt. Koop meer licenties en probeer het opnieuw.',
      },
    ],
    ['ac-assign-busy.en', { kind: 'busy', text: '…' }],
    ['ac-assign-open.en', { kind: 'none', text: '' }],
  ])('%s', (fixture, expected) => {
    expect(readPaneOutcome(loadFixture(fixture, PRODUCT_URL).document)).toEqual(expected);
  });

  it('reports an error before a lingering spinner or success bar', () => {
    const page = loadFixture('ac-assign-error.en', PRODUCT_URL);
    const spinner = page.document.createElement('div');
    spinner.className = 'ms-Spinner';
    page.document.body.append(spinner);
    expect(readPaneOutcome(page.document).kind).toBe('error');
  });
});

describe('rows: isRowChecked and tickRowFor', () => {
  it('ticks the row of the exact address only', () => {
    const page = loadFixture('ac-product-users.en', PRODUCT_URL);
    const doc = page.document;
    const clicked: string[] = [];
    for (const check of doc.querySelectorAll('[data-automationid="DetailsRowCheck"]')) {
      check.addEventListener('click', () =>
        clicked.push(check.closest('[role=row]')!.textContent.includes('Joann') ? 'joann' : 'other'),
      );
    }
    const annRow = Array.from(doc.querySelectorAll('[data-automationid="DetailsRow"]')).find((r) =>
      r.textContent.includes('Ann Lee'),
    )!;
    const outcome = tickRowFor(doc, 'ann@contoso.onmicrosoft.com');
    expect(outcome).toEqual({ kind: 'ticked', row: annRow });
    expect(clicked).toEqual(['other']);
  });

  it('does not tick a row that is already ticked', () => {
    const page = loadFixture('ac-product-users.en', PRODUCT_URL);
    const row = page.document.querySelector('[data-automationid="DetailsRow"]')!;
    expect(isRowChecked(row)).toBe(false);
    row.querySelector('[data-automationid="DetailsRowCheck"]')!.setAttribute('aria-checked', 'true');
    expect(isRowChecked(row)).toBe(true);
    expect(tickRowFor(page.document, 'AdeleV@contoso.onmicrosoft.com').kind).toBe('alreadyTicked');
  });

  it('counts a row marked aria-selected as ticked', () => {
    const page = loadFixture('ac-product-users.en', PRODUCT_URL);
    const row = page.document.querySelector('[data-automationid="DetailsRow"]')!;
    row.setAttribute('aria-selected', 'true');
    expect(isRowChecked(row)).toBe(true);
  });

  it('says "not in view" for a row the virtualized list has not rendered', () => {
    const page = loadFixture('ac-product-users.en', PRODUCT_URL);
    expect(tickRowFor(page.document, 'nobody@contoso.onmicrosoft.com')).toEqual({ kind: 'notInView' });
  });

  it('works on the variant list without automation ids', () => {
    const page = loadFixture('ac-product-variant.en', PRODUCT_URL);
    const clicked = recordClicks(page.document, '[role=checkbox]');
    expect(tickRowFor(page.document, 'ann@contoso.onmicrosoft.com').kind).toBe('ticked');
    expect(clicked).toHaveLength(1);
  });
});
