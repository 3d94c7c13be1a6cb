// The generators really rewrite what they aim at: without this, a variant could "read right" by
// changing nothing.
import { describe, expect, it } from 'vitest';
import { countsAsSentences, splitCounts } from './counts';
import { fluentV9 } from './fluent-v9';
import { glyphIcons, namesInAriaLabel, namesInTitle } from './names';
import { parseFixture } from './parse';
import { random } from './random';
import { buttonsAsLinksAndDivs } from './roles';
import { addWrappers, renameClasses, reorderSiblings } from './structure';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const byText = (doc: Document, css: string, wanted: RegExp) =>
  Array.from(doc.querySelectorAll(css)).find((el) => wanted.test(text(el)));

describe('perturbation generators', () => {
  it('Fluent v9: no ms-Layer, no automation ids, a toolbar, SVG icons, fui- and hashed classes', () => {
    const doc = parseFixture('ac-assign-open.en');
    expect(doc.querySelector('.ms-Layer')).not.toBeNull();
    expect(fluentV9(doc, random(1))).toBeGreaterThan(50);
    expect(doc.querySelector('.ms-Layer, .ms-Button, [data-automationid], [data-automation-key]')).toBeNull();
    expect(doc.querySelector('[role=menubar]')).toBeNull();
    expect(doc.querySelector('[role=toolbar]')).not.toBeNull();
    expect(doc.querySelector('i[data-icon-name]')).toBeNull();
    expect(doc.querySelector('svg[aria-hidden=true]')).not.toBeNull();
    expect(doc.querySelector('.fui-Button')).not.toBeNull();
    // The pane is still a body-level dialog, now inside a portal node.
    expect(doc.querySelector('body > [data-portal-node] [role=dialog]')).not.toBeNull();
  });

  it('glyph icons: a visible character in an aria-hidden icon inside the Assign licenses button', () => {
    const doc = parseFixture('sim/ac-product-users.en');
    expect(glyphIcons(doc, random(1))).toBeGreaterThan(3);
    const button = byText(doc, '[role=menubar] [role=menuitem]', /Assign licenses$/);
    const icon = button?.querySelector('[aria-hidden=true]');
    expect(text(icon)).toMatch(/^[^\p{L}\d\s]$/u);
    expect(text(button)).not.toBe('Assign licenses');
  });

  it.each([
    ['aria-label', namesInAriaLabel],
    ['title', namesInTitle],
  ] as const)('names only in %s: icon-only controls named by the attribute', (attribute, generate) => {
    const doc = parseFixture('sim/ac-product-users.en');
    expect(generate(doc, random(2))).toBeGreaterThan(0);
    const named = Array.from(doc.querySelectorAll(`[${attribute}]`)).filter(
      (el) => el.children.length === 1 && el.firstElementChild?.localName === 'svg',
    );
    expect(named.length).toBeGreaterThan(0);
    for (const el of named) expect(text(el)).toBe('');
  });

  it('buttons become links in the command bar and role=button elements elsewhere', () => {
    const doc = parseFixture('sim/ac-assign-picked.en');
    const before = doc.querySelectorAll('button').length;
    expect(buttonsAsLinksAndDivs(doc, random(1))).toBeGreaterThan(0);
    expect(doc.querySelectorAll('button').length).toBeLessThan(before);
    expect(doc.querySelector('[role=menubar] a[role=menuitem][href]')).not.toBeNull();
    expect(doc.querySelector('div[role=button]')).not.toBeNull();
  });

  it('split counts: "20 of 25" becomes one element per word', () => {
    const doc = parseFixture('sim/ac-product-users-of.en');
    expect(splitCounts(doc, random(1))).toBeGreaterThan(0);
    const of = byText(doc, 'span', /^of$/);
    expect(text(of?.previousElementSibling)).toBe('20');
    expect(text(of?.nextElementSibling)).toBe('25');
  });

  it.each([
    ['ac-product-users.en', /^(7 of 10 licenses assigned|10 licenses, 7 assigned)$/, /^3 available$/],
    ['ac-product-users.nl', /^(7 van 10 licenties toegewezen|10 licenties, 7 toegewezen)$/, /^3 beschikbaar$/],
    ['ac-product-users.de', /^(7 von 10 Lizenzen zugewiesen|10 Lizenzen, 7 zugewiesen)$/, /^3 verfügbar$/],
  ])('counts as sentences on %s', (name, sentence, available) => {
    const doc = parseFixture(name);
    expect(countsAsSentences(doc, random(1))).toBeGreaterThan(1);
    const lines = Array.from(doc.querySelectorAll('[role=main] p')).map(text);
    expect(lines.some((l) => sentence.test(l))).toBe(true);
    expect(lines.some((l) => available.test(l))).toBe(true);
  });

  it('structure: classes renamed, wrappers added, siblings reordered', () => {
    const doc = parseFixture('sim/ac-product-users.en');
    const classes = () => new Set(Array.from(doc.querySelectorAll('[class]')).flatMap((e) => Array.from(e.classList)));
    const generated = [...classes()].filter((c) => /^root-\d+$/.test(c));
    expect(generated.length).toBeGreaterThan(20);
    expect(renameClasses(doc, random(1))).toBeGreaterThan(20);
    expect(generated.filter((c) => classes().has(c))).toEqual([]);
    const depth = () => {
      let n = 0;
      for (let e = doc.querySelector('[role=row][aria-rowindex="2"]'); e; e = e.parentElement) n += 1;
      return n;
    };
    const before = depth();
    expect(addWrappers(doc, random(1))).toBeGreaterThan(10);
    expect(depth()).toBeGreaterThan(before);
    expect(reorderSiblings(doc, random(1))).toBeGreaterThan(0);
  });
});
