// Detection holds where a page differs from the simulator only in incidental structure: every saved
// simulator page (both languages, every page kind) is rewritten with other generated class names,
// extra wrapper elements and harmless siblings in another order, keeping routes, roles, automation
// attributes, Fluent's stable classes and labels. The page model must read the same report and
// find the same controls as on the original.
import { afterEach, describe, expect, it } from 'vitest';
import { readPageReport } from '../../../lib/portals';
import { readPaneOutcome, readPickedItems } from '../../../lib/portals/admin-center/actions';
import { controlFinder, readSuggestions } from '../../../lib/portals/admin-center/controls';
import { CONTROLS, type ControlName } from '../../../lib/portals/admin-center/selectors';
import { findAzureLegacyAssignSteps } from '../../../lib/portals/azure/legacy';
import { isFound } from '../../../lib/portals/lookup';
import type { PageReport } from '../../../lib/portals/types';
import { closeFixtures, loadFixture } from './load-fixture';
import { SIM_CAPTURES, type SimCapture } from './sim-fixture-plan';
import { random } from './perturb/random';
import { scramble } from './perturb/structure';

afterEach(closeFixtures);

const NOW = new Date('2025-06-01T08:00:00.000Z');
const SEEDS = [1, 2, 3];

const ALL_CONTROLS = Object.keys(CONTROLS) as ControlName[];

function sorted(report: PageReport): PageReport {
  return {
    ...report,
    products: [...report.products].sort((a, b) => (a.skuId ?? a.name).localeCompare(b.skuId ?? b.name)),
  };
}

/** Everything the page models tell about a page: the report, which controls are found, pane state. */
function readAll(capture: SimCapture, seed?: number) {
  const page = loadFixture(`sim/${capture.name}`, capture.frameUrl ?? capture.url);
  const doc = page.document;
  if (seed !== undefined) scramble(doc, random(seed));
  const finder = controlFinder(doc);
  return {
    report: sorted(readPageReport(doc, page.url, NOW)),
    controls: Object.fromEntries(ALL_CONTROLS.map((name) => [name, isFound(finder.find(name))])),
    suggestions: readSuggestions(doc).map((o) => [...o.texts].sort()),
    picked: readPickedItems(doc).map((p) => p.index),
    outcome: readPaneOutcome(doc),
    legacySteps: findAzureLegacyAssignSteps(doc).map((s) => isFound(s)),
  };
}

describe('incidental structure', () => {
  it('the rewrite changes the page: classes, depth and order', () => {
    const capture = SIM_CAPTURES.find((c) => c.name === 'ac-product-users.en')!;
    const original = loadFixture(`sim/${capture.name}`, capture.url).document;
    const changed = loadFixture(`sim/${capture.name}`, capture.url).document;
    scramble(changed, random(1));
    const classes = (d: Document) =>
      new Set(Array.from(d.querySelectorAll('[class]')).flatMap((e) => Array.from(e.classList)));
    const generated = [...classes(original)].filter((c) => /^root-\d+$/.test(c));
    expect(generated.length).toBeGreaterThan(20);
    expect(generated.filter((c) => classes(changed).has(c))).toEqual([]);
    const depth = (d: Document) => {
      let n = 0;
      for (let e = d.querySelector('[data-automationid="DetailsRow"]'); e; e = e.parentElement) n += 1;
      return n;
    };
    expect(depth(changed)).toBeGreaterThan(depth(original));
    expect(changed.querySelectorAll('[data-sim-count]')).toHaveLength(0);
  });

  it.each(SIM_CAPTURES.flatMap((c) => SEEDS.map((seed) => [c.name, seed, c] as const)))(
    '%s, rewrite %i: same report, same controls',
    (_, seed, capture) => {
      const original = readAll(capture);
      const variant = readAll(capture, seed);
      expect(variant).toEqual(original);
    },
  );
});
