// Where a control's name lives. Real builds put a visible glyph in an aria-hidden icon ("+" before
// "Assign licenses"), or draw an icon-only button whose name is only in aria-label or title.
// Assistive technology reads the same name in every case; so must the page models.
import type { Random } from './random';

/** Controls that carry a name people read: buttons, menu items, tabs, links with text. */
const NAMED = 'button, [role=button], [role=menuitem], [role=tab], a[href]';
/** Skipped: grids (their cells are data), the shell's navigation and the picker's own parts. */
const NOT_IN = '[role=grid], [role=listbox], nav, [data-hint="ReactLeftNav"], script, style';
/** Visible characters other builds draw as icons (never letters or digits). */
const GLYPHS = ['+', '\u2212', '\u2715', '\u27f3', '\u203a', '\u2630', '\u2022'];

/** Named controls whose name is their own text (not aria-label or a title). */
function textNamed(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll(NAMED)).filter(
    (el) =>
      !el.closest(NOT_IN) &&
      !el.hasAttribute('aria-label') &&
      !el.hasAttribute('aria-labelledby') &&
      /\p{L}/u.test(el.textContent ?? '') &&
      el.querySelector(NAMED) === null,
  );
}

function glyphIcon(doc: Document, glyph: string): Element {
  const icon = doc.createElement('i');
  icon.setAttribute('data-icon-name', 'Glyph');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = glyph;
  return icon;
}

/** An icon drawn as SVG (no text at all), as Fluent v9 and many icon sets do. */
export function svgIcon(doc: Document): Element {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('viewBox', '0 0 20 20');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M10 3v14M3 10h14');
  svg.append(path);
  return svg;
}

/** A visible glyph in an aria-hidden icon before every named control's label. */
export function glyphIcons(doc: Document, next: Random): number {
  let changed = 0;
  for (const el of textNamed(doc)) {
    const glyph = GLYPHS[Math.floor(next() * GLYPHS.length)]!;
    // Into the innermost element holding the label, as Fluent's flex container does.
    const holder = el.querySelector('.ms-Button-flexContainer') ?? el;
    holder.prepend(glyphIcon(doc, glyph));
    changed += 1;
  }
  return changed;
}

/** Icon-only controls: the name moves to `attribute` and the visible text is replaced by an icon. */
function nameOnlyIn(attribute: 'aria-label' | 'title', doc: Document, next: Random): number {
  let changed = 0;
  for (const el of textNamed(doc)) {
    // Half of them, so that pages mix both kinds as real ones do; tabs keep their text (a tab
    // strip of bare icons is not something a portal shows).
    if (el.matches('[role=tab]') || next() < 0.5) continue;
    const name = (el.textContent ?? '')
      .replace(/\p{Co}/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
    el.setAttribute(attribute, name);
    el.replaceChildren(svgIcon(doc));
    changed += 1;
  }
  return changed;
}

export function namesInAriaLabel(doc: Document, next: Random): number {
  return nameOnlyIn('aria-label', doc, next);
}

export function namesInTitle(doc: Document, next: Random): number {
  return nameOnlyIn('title', doc, next);
}
