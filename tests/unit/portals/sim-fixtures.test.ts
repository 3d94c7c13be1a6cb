// The page models against pages saved from the portal simulator (fixtures/sim/, written by
// scripts/save-sim-fixtures.ts): the full page report with the scenario's own numbers, and every
// control a run needs found where it should be, in English and Dutch.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readPageReport } from '../../../lib/portals';
import { readPaneOutcome, readPickedItems } from '../../../lib/portals/admin-center/actions';
import { controlFinder, readSuggestions, type ControlName } from '../../../lib/portals/admin-center/controls';
import { findAzureLegacyAssignSteps } from '../../../lib/portals/azure/legacy';
import { isFound } from '../../../lib/portals/lookup';
import type { PageReport, ProductSeats } from '../../../lib/portals/types';
import { combineFrames } from '../../../lib/worker/page-reports';
import { createPortalSim } from '../../portal-sim/server/index';
import { labelsFor } from '../../portal-sim/shared/labels/index';
import { closeFixtures, loadFixture } from './load-fixture';
import { captureScenario, PICKS, SIM_CAPTURES, SKU, type CaptureAction, type SimCapture } from './sim-fixture-plan';

afterEach(closeFixtures);

const NOW = new Date('2025-06-01T08:00:00.000Z');
const LANG = { en: 'en', nl: 'nl-NL' } as const;
const byAction = (...actions: CaptureAction[]) => SIM_CAPTURES.filter((c) => actions.includes(c.action));
const named = (name: string) => SIM_CAPTURES.find((c) => c.name === name)!;

/** The products as the simulator's tenant holds them (after the capture's Assign, if it made one). */
const expectedProducts = new Map<string, ProductSeats[]>();
beforeAll(async () => {
  for (const capture of SIM_CAPTURES) {
    const sim = createPortalSim(captureScenario(capture));
    if (capture.action === 'assignSuccess') {
      const body = JSON.stringify({ skuId: SKU.pro, targetType: 'user', targets: PICKS.map((p) => p.upn) });
      const res = await sim.handle({ url: 'https://admin.microsoft.com/__sim/api/assign', method: 'POST', body });
      expect(res.status).toBe(200);
    }
    expectedProducts.set(
      capture.name,
      sim
        .snapshot()
        .products.map(({ name, skuId, total, assigned, available }) => ({ name, skuId, total, assigned, available })),
    );
  }
});

function read(capture: SimCapture) {
  const page = loadFixture(`sim/${capture.name}`, capture.frameUrl ?? capture.url);
  return { doc: page.document, report: readPageReport(page.document, page.url, NOW) };
}

function pro(capture: SimCapture): ProductSeats {
  return expectedProducts.get(capture.name)!.find((p) => p.skuId === SKU.pro)!;
}

function base(capture: SimCapture, portal: PageReport['portal']): Pick<PageReport, 'portal' | 'locale' | 'url' | 'at'> {
  return {
    portal,
    locale: LANG[capture.locale],
    url: new URL(capture.frameUrl ?? capture.url).href,
    at: NOW.toISOString(),
  };
}

function found(doc: Document, names: readonly ControlName[]): Record<string, boolean> {
  const finder = controlFinder(doc);
  return Object.fromEntries(names.map((name) => [name, isFound(finder.find(name))]));
}
const all = (names: readonly ControlName[], value: boolean) => Object.fromEntries(names.map((n) => [n, value]));

const PAGE_CONTROLS: ControlName[] = [
  'productTitle',
  'assignLicensesButton',
  'unassignLicensesButton',
  'usersTab',
  'groupsTab',
  'searchBox',
];
const PANE_CONTROLS: ControlName[] = [
  'assignPane',
  'pickerInput',
  'pickedItems',
  'paneAssignButton',
  'paneCloseButton',
];

describe('admin center Licenses page, every count style', () => {
  it.each(byAction('licenses').map((c) => [c.name, c] as const))('%s', (_, capture) => {
    const { report } = read(capture);
    expect(report).toEqual({
      ...base(capture, 'admin-center'),
      page: 'licenses',
      pane: null,
      products: expectedProducts.get(capture.name),
      canAssignHere: false,
      missing: [],
    });
    expect(report.products).toHaveLength(5);
  });
});

describe('admin center product page', () => {
  it.each(byAction('productUsers', 'productGroups', 'unassignDialog').map((c) => [c.name, c] as const))(
    '%s: report and controls',
    (_, capture) => {
      const { doc, report } = read(capture);
      expect(report).toEqual({
        ...base(capture, 'admin-center'),
        page: 'product',
        pane: null,
        products: [],
        product: pro(capture),
        canAssignHere: true,
        missing: [],
      });
      expect(pro(capture)).toMatchObject({ name: 'Power BI Pro', total: 25, assigned: 20, available: 5 });
      expect(found(doc, [...PAGE_CONTROLS, ...PANE_CONTROLS])).toEqual({
        ...all(PAGE_CONTROLS, true),
        ...all(PANE_CONTROLS, false),
      });
    },
  );

  it.each(byAction('productUsers', 'productGroups').map((c) => [c.name, c] as const))(
    '%s: the tab shown is the selected one',
    (_, capture) => {
      const { doc } = read(capture);
      const finder = controlFinder(doc);
      const groups = capture.action === 'productGroups';
      const tab = (name: ControlName) => {
        const r = finder.find(name);
        return isFound(r) ? [r.element.getAttribute('aria-selected'), r.element.textContent] : undefined;
      };
      const labels = labelsFor(capture.locale);
      expect(tab('usersTab')).toEqual([String(!groups), labels.tabUsers]);
      expect(tab('groupsTab')).toEqual([String(groups), labels.tabGroups]);
      const search = finder.find('searchBox');
      expect(isFound(search) && search.element.getAttribute('data-automation-id')).toBe(
        'LicenseDetailsPage,CommandBarSearchInputBox',
      );
    },
  );

  it.each(byAction('unassignDialog').map((c) => [c.name, c] as const))(
    '%s: the confirm button of the dialog',
    (_, capture) => {
      const { doc } = read(capture);
      const confirm = controlFinder(doc).find('confirmUnassignButton');
      expect(isFound(confirm) && confirm.element.closest('[role=alertdialog]') !== null).toBe(true);
      expect(isFound(confirm) && confirm.element.textContent).toBe(labelsFor(capture.locale).unassign);
    },
  );
});

describe('admin center assign pane', () => {
  it.each(byAction('assignSuggestions', 'assignPicked', 'assignError').map((c) => [c.name, c] as const))(
    '%s: report',
    (_, capture) => {
      const { report } = read(capture);
      expect(report).toEqual({
        ...base(capture, 'admin-center'),
        page: 'product',
        pane: 'assign',
        products: [],
        product: pro(capture),
        canAssignHere: true,
        missing: [],
      });
    },
  );

  it.each(byAction('assignSuggestions').map((c) => [c.name, c] as const))(
    '%s: suggestions, nothing picked',
    (_, capture) => {
      const { doc } = read(capture);
      expect(found(doc, [...PANE_CONTROLS, 'suggestions'])).toEqual(all([...PANE_CONTROLS, 'suggestions'], true));
      const options = readSuggestions(doc);
      expect(options.length).toBeGreaterThan(1);
      expect(options.length).toBeLessThanOrEqual(10);
      for (const o of options) {
        expect(o).toMatchObject({ disabled: false, noResults: false });
        expect(o.texts).toHaveLength(2); // display name and address
        expect(o.texts[1]).toMatch(/@/);
      }
      expect(options.flatMap((o) => o.texts)).toContain(PICKS[1].upn);
      expect(readPickedItems(doc)).toEqual([]);
      expect(readPaneOutcome(doc)).toEqual({ kind: 'none', text: '' });
    },
  );

  it.each(byAction('assignPicked').map((c) => [c.name, c] as const))(
    '%s: two picked, the picked ones not suggested again',
    (_, capture) => {
      const { doc } = read(capture);
      expect(readPickedItems(doc).map((p) => [p.index, p.text])).toEqual([
        [0, 'Umar Haddad ×'],
        [1, 'Vera Willems ×'],
      ]);
      const options = readSuggestions(doc);
      expect(options.length).toBeGreaterThan(0);
      expect(options.flatMap((o) => o.texts)).not.toContain(PICKS[1].upn); // the same query showed her before
      const assign = controlFinder(doc).find('paneAssignButton');
      expect(isFound(assign) && (assign.element as HTMLButtonElement).disabled).toBe(false);
    },
  );

  it.each(byAction('assignSuccess').map((c) => [c.name, c] as const))(
    '%s: the outcome, the new counts, only Close expected',
    (_, capture) => {
      const { doc, report } = read(capture);
      expect(pro(capture)).toMatchObject({ assigned: 22, available: 3 });
      expect(report).toEqual({
        ...base(capture, 'admin-center'),
        page: 'product',
        pane: 'assign',
        products: [],
        product: pro(capture),
        canAssignHere: true,
        missing: [],
      });
      const outcome = readPaneOutcome(doc);
      expect(outcome.kind).toBe('success');
      expect(outcome.text).toContain('Power BI Pro');
      expect(found(doc, ['paneCloseButton', 'pickerInput', 'paneAssignButton'])).toEqual({
        paneCloseButton: true,
        pickerInput: false,
        paneAssignButton: false,
      });
    },
  );

  it.each(byAction('assignError').map((c) => [c.name, c] as const))(
    "%s: the portal's words, picks kept, Assign again possible",
    (_, capture) => {
      const { doc } = read(capture);
      expect(readPaneOutcome(doc)).toEqual({ kind: 'error', text: labelsFor(capture.locale).errOutOfLicenses });
      expect(readPickedItems(doc)).toHaveLength(2);
      expect(found(doc, PANE_CONTROLS)).toEqual(all(PANE_CONTROLS, true));
    },
  );
});

describe('admin center pages without licenses', () => {
  it.each(byAction('home', 'users').map((c) => [c.name, c] as const))('%s', (_, capture) => {
    const { doc, report } = read(capture);
    expect(report).toEqual({
      ...base(capture, 'admin-center'),
      page: 'other',
      pane: null,
      products: [],
      canAssignHere: false,
      missing: [],
    });
    const search = controlFinder(doc).find('searchBox');
    const id = isFound(search) ? search.element.getAttribute('data-automation-id') : null;
    expect(id).toBe(capture.action === 'users' ? 'UserListV2,CommandBarSearchInputBox' : null);
  });
});

describe('Azure portal and Entra: All products', () => {
  it.each(byAction('azureProducts').map((c) => [c.name, c] as const))('%s: the top document', (_, capture) => {
    const { report } = read(capture);
    const framed = capture.scenario.azure?.frame === 'reactblade';
    expect(report).toEqual({
      ...base(capture, capture.name.startsWith('entra') ? 'entra' : 'azure-portal'),
      page: 'licenses',
      pane: null,
      products: framed ? [] : expectedProducts.get(capture.name),
      canAssignHere: false,
      missing: [],
    });
  });

  it.each(byAction('azureFrame').map((c) => [c.name, c] as const))(
    '%s: the reactblade frame, combined with its shell',
    (_, capture) => {
      const frame = read(capture).report;
      expect(frame).toMatchObject({
        page: 'licenses',
        products: expectedProducts.get(capture.name),
        canAssignHere: false,
        missing: [],
      });
      const shell = read(named(`az-products-shell.${capture.locale}`)).report;
      const top = capture.name.startsWith('entra') ? { ...shell, portal: 'entra' as const, url: capture.url } : shell;
      expect(combineFrames({ '0': top, '7': frame })).toEqual({ ...top, products: expectedProducts.get(capture.name) });
    },
  );
});

describe('Azure portal product blade', () => {
  it.each(byAction('azureProductBlade', 'azureLegacyAssign').map((c) => [c.name, c] as const))('%s', (_, capture) => {
    const { doc, report } = read(capture);
    const legacy = capture.scenario.azure?.legacyAssign === true;
    expect(report).toEqual({
      ...base(capture, 'azure-portal'),
      page: 'product',
      pane: null,
      products: [],
      product: { name: 'Power BI Pro', skuId: SKU.pro },
      canAssignHere: legacy,
      missing: [],
    });
    const opened = capture.action === 'azureLegacyAssign';
    expect(findAzureLegacyAssignSteps(doc).map((s) => [s.name, isFound(s)])).toEqual([
      ['plusAssign', legacy],
      ['usersAndGroups', opened],
      ['assignmentOptions', opened],
      ['assign', opened],
    ]);
  });

  it.each(byAction('azureLegacyAssign').map((c) => [c.name, c] as const))(
    '%s: a step gone from the open flow is reported missing',
    (_, capture) => {
      const page = loadFixture(`sim/${capture.name}`, capture.url);
      const options = labelsFor(capture.locale).assignmentOptions;
      for (const row of page.document.querySelectorAll(`[aria-label="${options}"]`)) row.remove();
      expect(readPageReport(page.document, page.url, NOW)).toMatchObject({
        canAssignHere: true,
        missing: ['assignmentOptions'],
      });
    },
  );
});

it('the plan covers every page kind in both languages', () => {
  const kinds = (locale: 'en' | 'nl') =>
    new Set(SIM_CAPTURES.filter((c) => c.locale === locale).map((c) => c.name.replace(/\.(en|nl)$/, '')));
  expect([...kinds('en')].sort()).toEqual([...kinds('nl')].sort());
  expect(kinds('en').size).toBe(22);
});
