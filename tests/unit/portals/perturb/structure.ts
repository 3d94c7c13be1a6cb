// Incidental structure: other generated class names, extra wrapper elements, plain siblings in
// another order. Routes, roles, automation attributes, Fluent's stable classes and labels stay.
import type { Random } from './random';

/** Class names the page models may rely on: Fluent's and the Azure shell's stable ones. */
const STABLE_CLASS = /^(ms|fxs|azc|is|fui)-/;
/** Elements whose children keep their order and get no wrappers (tables, lists of options). */
const KEEP_INSIDE =
  'table, thead, tbody, tr, select, ul, ol, [role=listbox], [role=tablist], [role=menubar], [role=toolbar], [role=row], [role=list]';

function pageElements(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('*')).filter((el) => !el.closest('script, style, iframe, svg'));
}

const INLINE = 'span, a, b, i, em, strong, abbr';

/** Inline pieces of one phrase ("20", "of", "25"): their order is the text's, never incidental. */
function holdsPhrase(el: Element): boolean {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return true;
    if (child.nodeType === 1 && (child as Element).matches(INLINE)) return true;
  }
  return false;
}

/** Harmless to reorder: a plain container of blocks without a role or an automation id of its own. */
function isPlainContainer(el: Element): boolean {
  if (el.hasAttribute('role') || el.matches(KEEP_INSIDE) || holdsPhrase(el)) return false;
  return !Array.from(el.attributes).some((a) => a.name.startsWith('data-automation') || a.name.startsWith('aria-'));
}

/** Every generated class renamed (stable prefixes kept); the simulator's own hooks dropped. */
export function renameClasses(doc: Document, next: Random): number {
  let changed = 0;
  for (const el of pageElements(doc)) {
    for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-sim-')) el.removeAttribute(attr.name);
    const stable = Array.from(el.classList).filter((c) => STABLE_CLASS.test(c));
    el.setAttribute('class', [...stable, `c${Math.floor(next() * 1e8).toString(36)}`].join(' '));
    changed += 1;
  }
  return changed;
}

/** 1-2 layout wrappers around about 40 % of the elements below body level. */
export function addWrappers(doc: Document, next: Random): number {
  let changed = 0;
  for (const el of pageElements(doc)) {
    const parent = el.parentElement;
    // Body-level elements stay at body level: that is where portals draw their layers.
    if (!parent || parent === doc.body || parent.closest(KEEP_INSIDE) || next() < 0.6) continue;
    let outer: Element = el;
    for (let depth = next() < 0.5 ? 1 : 2; depth > 0; depth -= 1) {
      // An inline piece gets an inline wrapper, as any renderer would keep it inline.
      const wrapper = doc.createElement(outer.matches(INLINE) ? 'span' : 'div');
      wrapper.className = `w${Math.floor(next() * 1e6).toString(36)}`;
      outer.replaceWith(wrapper);
      wrapper.append(outer);
      outer = wrapper;
      changed += 1;
    }
  }
  return changed;
}

/** The children of about half the plain containers in reverse order. */
export function reorderSiblings(doc: Document, next: Random): number {
  let changed = 0;
  for (const el of Array.from(doc.body.querySelectorAll('div, section, header, span'))) {
    if (el.children.length < 2 || !isPlainContainer(el) || el.closest(KEEP_INSIDE) || next() < 0.5) continue;
    el.replaceChildren(...Array.from(el.childNodes).reverse());
    changed += 1;
  }
  return changed;
}

/** All three: the page as another build of the same portal could draw it. */
export function scramble(doc: Document, next: Random): number {
  return renameClasses(doc, next) + addWrappers(doc, next) + reorderSiblings(doc, next);
}
