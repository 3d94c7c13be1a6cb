import { afterEach, describe, expect, it } from 'vitest';
import { readPageReport } from '../../../lib/portals';
import { findControl } from '../../../lib/portals/admin-center/controls';
import { ADMIN_CENTER_LABELS, adminCenterLabels } from '../../../lib/portals/admin-center/labels';
import { findAzureLegacyAssignSteps } from '../../../lib/portals/azure/legacy';
import { AZURE_LABELS, azureLabels } from '../../../lib/portals/azure/labels';
import { LABEL_LOCALES, labelLocaleOf, type LabelTable } from '../../../lib/portals/labels';
import { isFound } from '../../../lib/portals/lookup';
import { normalizeLabel } from '../../../lib/portals/text';
import { closeFixtures, loadHtml, SKU, URLS } from './load-fixture';

afterEach(closeFixtures);

describe('normalizeLabel', () => {
  it.each([
    ['  Assign\n  licenses ', 'assign licenses'],
    ['ASSIGN LICENSES', 'assign licenses'],
    ['Verfügbare Lizenzen', 'verfugbare lizenzen'],
    ['Options d’affectation', "options d'affectation"],
    ['Désactiver\u00a0les', 'desactiver les'],
    ['\ue710Assign licenses', 'assign licenses'],
    ['Available licenses:', 'available licenses'],
    ['Total :', 'total'],
    ['Loading…', 'loading...'],
    ['Schließen', 'schließen'],
  ])('%j -> %j', (text, expected) => {
    expect(normalizeLabel(text)).toBe(expected);
  });
});

describe('labelLocaleOf', () => {
  it.each([
    ['en', 'en'],
    ['nl-NL', 'nl'],
    ['DE-de', 'de'],
    ['fr_CA', 'fr'],
    ['es-ES', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %s', (lang, expected) => {
    expect(labelLocaleOf(lang)).toBe(expected);
  });
});

function collisions<K extends string>(table: LabelTable<K>): string[] {
  const owner = new Map<string, K>();
  const out = new Set<string>();
  for (const locale of LABEL_LOCALES) {
    for (const [key, alternatives] of Object.entries(table[locale]) as [K, readonly string[]][]) {
      for (const alternative of alternatives) {
        const n = normalizeLabel(alternative);
        const previous = owner.get(n);
        if (previous !== undefined && previous !== key) out.add(`${[previous, key].sort().join('/')}:${n}`);
        owner.set(n, key);
      }
    }
  }
  return [...out].sort();
}

describe('label tables', () => {
  it.each([
    ['admin center', ADMIN_CENTER_LABELS as LabelTable<string>],
    ['Azure', AZURE_LABELS as LabelTable<string>],
  ])('%s: every locale has every key, each with a non-empty alternative', (_name, table) => {
    const keys = Object.keys(table.en).sort();
    for (const locale of LABEL_LOCALES) {
      expect(Object.keys(table[locale]).sort()).toEqual(keys);
      for (const alternatives of Object.values(table[locale])) {
        expect(alternatives.length).toBeGreaterThan(0);
        for (const a of alternatives) expect(normalizeLabel(a)).not.toBe('');
      }
    }
  });

  it('admin center: no label means two things', () => {
    expect(collisions(ADMIN_CENTER_LABELS)).toEqual([]);
  });

  it('Azure: only the command-bar Assign and the final Assign share words', () => {
    expect(collisions(AZURE_LABELS).every((c) => c.startsWith('assignCommand/assignFinal:'))).toBe(true);
  });

  it('holds the PORTALS.md §4 words', () => {
    const has = (sets: { set(k: never): ReadonlySet<string> }, key: string, text: string) =>
      (sets.set as (k: string) => ReadonlySet<string>)(key).has(normalizeLabel(text));
    expect(has(adminCenterLabels, 'assignLicenses', 'Affecter des licences')).toBe(true);
    expect(has(adminCenterLabels, 'assignPaneUsers', 'Lizenzen an Benutzer zuweisen')).toBe(true);
    expect(has(adminCenterLabels, 'turnAppsOnOff', 'Apps en services in- of uitschakelen')).toBe(true);
    expect(has(adminCenterLabels, 'manageProductLicenses', 'Gérer les licences de produits')).toBe(true);
    expect(has(azureLabels, 'assignmentOptions', 'Opties voor toewijzingen')).toBe(true);
    expect(has(azureLabels, 'removeLicense', 'Lizenz entfernen')).toBe(true);
    expect(has(azureLabels, 'allProducts', 'Tous les produits')).toBe(true);
  });
});

/** A minimal admin center product page with an assign pane, in the portal's own words. */
function adminPage(
  lang: string,
  words: { assignLicenses: string; pane: string; assign: string; close: string; users: string; groups: string },
) {
  const html = `<!DOCTYPE html><html lang="${lang}"><body>
    <div role="main"><h1>Power BI Pro</h1>
      <div role="tablist"><button role="tab" aria-selected="true">${words.users}</button><button role="tab">${words.groups}</button></div>
      <div role="menubar"><button role="menuitem"><i>\ue710</i><span>${words.assignLicenses}</span></button></div></div>
    <div class="ms-Layer"><div role="dialog" aria-modal="true"><div role="heading" aria-level="1">${words.pane}</div>
      <input role="combobox" aria-haspopup="listbox">
      <button class="ms-Button ms-Button--primary">${words.assign}</button><button class="ms-Button">${words.close}</button></div></div>
  </body></html>`;
  return loadHtml(html, URLS.product(SKU.pro)).document;
}

describe('admin center controls in every locale', () => {
  it.each([
    [
      'en',
      {
        assignLicenses: 'Assign licenses',
        pane: 'Assign licenses to users',
        assign: 'Assign',
        close: 'Close',
        users: 'Users',
        groups: 'Groups',
      },
    ],
    [
      'nl-NL',
      {
        assignLicenses: 'Licenties toewijzen',
        pane: 'Licenties toewijzen aan gebruikers',
        assign: 'Toewijzen',
        close: 'Sluiten',
        users: 'Gebruikers',
        groups: 'Groepen',
      },
    ],
    [
      'de-DE',
      {
        assignLicenses: 'Lizenzen zuweisen',
        pane: 'Lizenzen an Benutzer zuweisen',
        assign: 'Zuweisen',
        close: 'Schließen',
        users: 'Benutzer',
        groups: 'Gruppen',
      },
    ],
    [
      'de-AT',
      {
        assignLicenses: 'LIZENZEN ZUWEISEN',
        pane: 'Lizenzen an Gruppen zuweisen',
        assign: 'Zuweisen',
        close: 'Abbrechen',
        users: 'Benutzer',
        groups: 'Gruppen',
      },
    ],
    [
      'fr-FR',
      {
        assignLicenses: 'Attribuer des licences',
        pane: 'Attribuer des licences aux utilisateurs',
        assign: 'Attribuer',
        close: 'Fermer',
        users: 'Utilisateurs',
        groups: 'Groupes',
      },
    ],
    [
      'fr-CA',
      {
        assignLicenses: 'Affecter des licences',
        pane: 'Affecter des licences aux utilisateurs',
        assign: 'Affecter',
        close: 'Annuler',
        users: 'Utilisateurs',
        groups: 'Groupes',
      },
    ],
  ])('%s', (lang, words) => {
    const doc = adminPage(lang, words);
    const texts = (
      ['assignLicensesButton', 'usersTab', 'groupsTab', 'assignPane', 'paneAssignButton', 'paneCloseButton'] as const
    ).map((name) => {
      const r = findControl(doc, name);
      return isFound(r) ? (r.element.getAttribute('role') ?? r.element.tagName.toLowerCase()) : 'missing';
    });
    expect(texts).toEqual(['menuitem', 'tab', 'tab', 'dialog', 'button', 'button']);
    expect(readPageReport(doc, new URL(URLS.product(SKU.pro))).pane).toBe('assign');
  });

  it('does not take a title in another meaning for the pane', () => {
    const doc = adminPage('de-DE', {
      assignLicenses: 'Lizenzen zuweisen',
      pane: 'Lizenzen zuweisen',
      assign: 'Zuweisen',
      close: 'Schließen',
      users: 'Benutzer',
      groups: 'Gruppen',
    });
    expect(isFound(findControl(doc, 'assignPane'))).toBe(false);
  });
});

describe('Azure counts and legacy steps in German and French', () => {
  function azurePage(lang: string, heads: string[], steps: string[]) {
    const html = `<!DOCTYPE html><html lang="${lang}"><body><div class="fxs-blade">
      <ul class="fxs-commandBar-itemList"><li><div class="azc-toolbarButton-label">${steps[0]}</div></li></ul>
      <div role="link">${steps[1]}</div><div role="link"><span>${steps[2]}</span><span>…</span></div><div role="button" class="fxs-button">${steps[3]}</div>
      <table role="grid"><tr role="row">${heads.map((h) => `<th role="columnheader">${h}</th>`).join('')}</tr>
      <tr role="row"><td role="gridcell">Power BI Pro</td><td role="gridcell">1.250</td><td role="gridcell">1.000</td><td role="gridcell">250</td></tr></table>
    </div></body></html>`;
    return loadHtml(html, URLS.azureProducts).document;
  }
  it.each([
    [
      'de-DE',
      ['Name', 'Gesamt', 'Zugewiesen', 'Verfügbar'],
      ['+ Zuweisen', 'Benutzer und Gruppen', 'Zuweisungsoptionen', 'Zuweisen'],
    ],
    [
      'de-DE',
      ['NAME', 'Insgesamt', 'zugewiesen', 'Verfugbar'],
      ['+ Zuweisen', 'Benutzer und Gruppen hinzufügen', 'Zuweisungsoptionen', 'Überprüfen + zuweisen'],
    ],
    [
      'fr-FR',
      ['Nom', 'Total', 'Attribuées', 'Disponibles'],
      ['+ Attribuer', 'Utilisateurs et groupes', 'Options d’affectation', 'Attribuer'],
    ],
  ])('%s %j', (lang, heads, steps) => {
    const doc = azurePage(lang, heads, steps);
    const r = readPageReport(doc, new URL(URLS.azureProducts));
    // fr-FR does not group with ".": "1.250" is not read as 1250 there.
    const expected = lang.startsWith('de')
      ? [{ name: 'Power BI Pro', total: 1250, assigned: 1000, available: 250 }]
      : [{ name: 'Power BI Pro', available: 250 }];
    expect(r.products).toEqual(expected);
    expect(r.canAssignHere).toBe(true);
    expect(findAzureLegacyAssignSteps(doc).map(isFound)).toEqual([true, true, true, true]);
  });
});
