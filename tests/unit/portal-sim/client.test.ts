import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { formatAssignedOfTotal, formatNumber } from '../../portal-sim/shared/format.ts';
import { en } from '../../portal-sim/shared/labels/en.ts';
import { htmlLang, labelsFor } from '../../portal-sim/shared/labels/index.ts';

// The client modules use the browser's globals; lend them happy-dom's for this file.
const window = new Window();
const GLOBALS = ['document', 'HTMLInputElement', 'Event', 'KeyboardEvent', 'Node'] as const;
const saved = new Map<string, unknown>();
beforeAll(() => {
  for (const name of GLOBALS) {
    saved.set(name, (globalThis as Record<string, unknown>)[name]);
    (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  }
});
afterAll(() => {
  for (const name of GLOBALS) (globalThis as Record<string, unknown>)[name] = saved.get(name);
});

describe('React-like input tracking', () => {
  it('ignores value= + input, reacts to the native setter + a bubbling input', async () => {
    const { trackInput } = await import('../../portal-sim/client/react-input.ts');
    const input = window.document.createElement('input');
    window.document.body.appendChild(input);
    const seen: string[] = [];
    trackInput(input as unknown as HTMLInputElement, (v) => seen.push(v));
    input.value = 'umar';
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
    expect(seen).toEqual([]);
    const setter = Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, 'vera');
    input.dispatchEvent(new window.Event('input')); // not bubbling: React at the root never hears it
    expect(seen).toEqual([]);
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
    expect(seen).toEqual(['vera']);
    expect(input.value).toBe('vera');
  });
});

describe('virtualized DetailsList', () => {
  it('keeps at most 40 rows in the DOM and the full size in aria-rowcount', async () => {
    const { detailsList } = await import('../../portal-sim/client/details-list.ts');
    const list = detailsList<number>({
      ariaLabel: 'n',
      selectable: true,
      getKey: String,
      columns: [{ key: 'n', name: 'N', render: (n) => String(n) }],
    });
    list.setItems(Array.from({ length: 500 }, (_, i) => i));
    const el = list.element as unknown as Element;
    expect(el.querySelector('[role=grid]')?.getAttribute('aria-rowcount')).toBe('501');
    const rows = el.querySelectorAll('[data-automationid="DetailsRow"]');
    expect(rows.length).toBe(40);
    expect(rows[0]?.querySelector('[data-automation-key="n"]')?.textContent).toBe('0');
    const check = rows[3]?.querySelector('[data-automationid="DetailsRowCheck"]') as unknown as HTMLElement;
    check.click();
    expect(list.selected()).toEqual(['3']);
    expect(el.querySelectorAll('[data-automationid="DetailsRowCheck"][aria-checked="true"]').length).toBe(1);
  });
});

describe('formats and labels', () => {
  it('formats numbers and counts per locale and style', () => {
    expect(formatNumber(1250, 'en')).toBe('1,250');
    expect(formatNumber(1250, 'nl')).toBe('1.250');
    expect(formatNumber(1250, 'de')).toBe('1.250');
    expect(formatNumber(1250, 'fr')).toBe('1\u202f250');
    expect(formatAssignedOfTotal(7, 10, 'slash', 'en')).toBe('7/10');
    expect(formatAssignedOfTotal(7, 1250, 'of', 'nl')).toBe('7 van 1.250');
    expect(formatAssignedOfTotal(7, 10, 'of', 'de')).toBe('7 von 10');
    expect(formatAssignedOfTotal(7, 10, 'of', 'fr')).toBe('7 sur 10');
  });

  it('has every label in every locale, with PORTALS.md §4 wording', () => {
    for (const locale of ['nl', 'de', 'fr'] as const) {
      const labels = labelsFor(locale);
      for (const key of Object.keys(en) as (keyof typeof en)[]) expect(labels[key], `${locale}.${key}`).toMatch(/\S/);
    }
    expect(labelsFor('nl')).toMatchObject({
      assignLicenses: 'Licenties toewijzen',
      assignToUsers: 'Licenties toewijzen aan gebruikers',
      assign: 'Toewijzen',
      close: 'Sluiten',
      total: 'Totaal',
      assigned: 'Toegewezen',
      available: 'Beschikbaar',
    });
    expect(labelsFor('de')).toMatchObject({
      assignLicenses: 'Lizenzen zuweisen',
      activeUsers: 'Aktive Benutzer',
      plusAssign: '+ Zuweisen',
      assignmentOptions: 'Zuweisungsoptionen',
    });
    expect(labelsFor('fr')).toMatchObject({
      assignToUsers: 'Attribuer des licences aux utilisateurs',
      allProducts: 'Tous les produits',
      removeLicense: 'Supprimer la licence',
    });
    expect(['en', 'nl', 'de', 'fr'].map((l) => htmlLang(l as 'en'))).toEqual(['en', 'nl-NL', 'de-DE', 'fr-FR']);
  });
});
