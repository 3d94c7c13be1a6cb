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

afterEach(closeFixtures);

const NOW = new Date('2025-06-01T08:00:00.000Z');
const SEEDS = [1, 2, 3];
/** Class names the page models may rely on (DOM.md): Fluent's and the Azure shell's stable ones. */
const STABLE_CLASS = /^(ms|fxs|azc|is)-/;
/** Elements whose children keep their order and get no wrappers (tables, lists of options). */
const KEEP_INSIDE =
  'table, thead, tbody, tr, select, ul, ol, [role=listbox], [role=tablist], [role=menubar], [role=row], [role=list]';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Harmless to reorder: a plain container without a role or an automation id of its own. */
function isPlainContainer(el: Element): boolean {
  if (el.hasAttribute('role') || el.matches(KEEP_INSIDE)) return false;
  return !Array.from(el.attributes).some((a) => a.name.startsWith('data-automation') || a.name.startsWith('aria-'));
}

/** The page with other class names, 0-2 more wrappers around elements and plain siblings reordered. */
export function scramble(doc: Document, seed: number): void {
  const next = random(seed);
  const body = doc.body;
  const elements = Array.from(body.querySelectorAll('*')).filter((el) => !el.closest('script, style, iframe'));
  for (const el of elements) {
    for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-sim-')) el.removeAttribute(attr.name);
    const stable = Array.from(el.classList).filter((c) => STABLE_CLASS.test(c));
    el.setAttribute('class', [...stable, `c${Math.floor(next() * 1e8).toString(36)}`].join(' '));
  }
  for (const el of elements) {
    const parent = el.parentElement;
    // Body-level elements stay at body level: that is where portals draw their layers.
    if (!parent || parent === body || parent.closest(KEEP_INSIDE) || next() < 0.6) continue;
    let outer: Element = el;
    for (let depth = next() < 0.5 ? 1 : 2; depth > 0; depth -= 1) {
      const wrapper = doc.createElement('div');
      wrapper.className = `w${Math.floor(next() * 1e6).toString(36)}`;
      outer.replaceWith(wrapper);
      wrapper.append(outer);
      outer = wrapper;
    }
  }
  for (const el of Array.from(body.querySelectorAll('div, section, header, span'))) {
    if (el.children.length < 2 || !isPlainContainer(el) || el.closest(KEEP_INSIDE) || next() < 0.5) continue;
    const children = Array.from(el.childNodes).reverse();
    el.replaceChildren(...children);
  }
}

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
  if (seed !== undefined) scramble(doc, seed);
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
    scramble(changed, 1);
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
