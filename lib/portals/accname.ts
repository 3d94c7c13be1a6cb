// Accessible names, read as assistive technology reads them (W3C accname, trimmed to what the
// portals use): aria-labelledby, aria-label, the host language's label (<label>, alt, an input
// button's value), then the text of the content with hidden parts and icons left out, title last.
// An icon's glyph ("+", "−", a private-use character) therefore never changes a button's name.
// Hidden means `hidden`, aria-hidden="true" or an inline display:none / visibility:hidden: reading
// stylesheets would force a style pass on every candidate a lookup tries.

/** Icons: Fluent v8's <i data-icon-name>, its icon classes, and SVG (Fluent v9). Never names. */
export const ICON = 'i[data-icon-name], .ms-Icon, .ms-Button-icon, svg, [class*="fui-Icon"]';
/** Fluent v8 buttons keep their words in this part; the rest is icons, menus and counters. */
export const BUTTON_LABEL_PART = '.ms-Button-label';

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** A name longer than this is no label: stop collecting early (bounds the cost on large rows). */
const LONGEST_NAME = 400;

/** Left out of names and visible text: hidden, aria-hidden, inline display:none, icons. */
export function isHiddenPart(element: Element): boolean {
  if (NEVER_TEXT.has(element.tagName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return element.matches(ICON);
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function byIds(element: Element, attribute: string): Element[] {
  const ids = element.getAttribute(attribute);
  if (!ids) return [];
  const out: Element[] = [];
  for (const id of ids.split(/\s+/)) {
    const target = id ? element.ownerDocument.getElementById(id) : null;
    if (target) out.push(target);
  }
  return out;
}

/** The host language's own label: <label for>, a wrapping <label>, alt, an input button's value. */
function nativeLabel(element: Element): string {
  const tag = element.tagName;
  if (tag === 'IMG' || (tag === 'INPUT' && element.getAttribute('type') === 'image'))
    return collapse(element.getAttribute('alt') ?? '');
  if (tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') return '';
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'INPUT' && (type === 'button' || type === 'submit' || type === 'reset'))
    return collapse(element.getAttribute('value') ?? '');
  const labels = (element as HTMLInputElement).labels;
  if (!labels || labels.length === 0) return '';
  return collapse(Array.from(labels, (label) => contentText(label, element)).join(' '));
}

/** The text a descendant contributes to its ancestor's name (accname step 2, in traversal). */
function partText(element: Element, skip: Element | undefined, budget: { left: number }): string {
  if (element === skip || isHiddenPart(element)) return '';
  const aria = collapse(element.getAttribute('aria-label') ?? '');
  if (aria) return aria;
  const native = nativeLabel(element);
  if (native) return native;
  const tag = element.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA') return collapse((element as HTMLInputElement).value ?? '');
  const inner = childrenText(element, skip, budget);
  return inner || collapse(element.getAttribute('title') ?? '');
}

function childrenText(element: Element, skip: Element | undefined, budget: { left: number }): string {
  let out = '';
  for (let node = element.firstChild; node && budget.left > 0; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      out += text;
      budget.left -= text.length;
    } else if (node.nodeType === 1) {
      // Pieces in separate elements stay apart ("Ann Lee ann@x.com"), as a screen reader's pauses.
      out += ` ${partText(node as Element, skip, budget)} `;
    }
  }
  return collapse(out);
}

/** The name from an element's content, leaving out hidden parts and icons (and `skip`). */
function contentText(element: Element, skip?: Element): string {
  return childrenText(element, skip, { left: LONGEST_NAME });
}

/** The name an element's ARIA attributes give it (aria-labelledby, else aria-label), or ''. */
export function ariaName(element: Element): string {
  const labelledBy = byIds(element, 'aria-labelledby');
  if (labelledBy.length > 0) {
    const name = collapse(
      labelledBy.map((target) => collapse(target.getAttribute('aria-label') ?? '') || contentText(target)).join(' '),
    );
    if (name) return name;
  }
  return collapse(element.getAttribute('aria-label') ?? '');
}

/** The name an element's content gives it: Fluent's label part where present, else its text. */
export function contentName(element: Element): string {
  const part = element.querySelector(BUTTON_LABEL_PART);
  const fromPart = part && !isHiddenPart(part) ? contentText(part) : '';
  return fromPart || contentText(element);
}

/**
 * The accessible name of an element, whitespace-collapsed. Unlike the W3C algorithm it also names
 * elements whose role takes no name from content (a heading part, a label span): lookups compare
 * those parts' words too.
 */
export function accessibleName(element: Element): string {
  const aria = ariaName(element);
  if (aria) return aria;
  const native = nativeLabel(element);
  if (native) return native;
  return contentName(element) || collapse(element.getAttribute('title') ?? '');
}

/**
 * The pieces of text a person sees in an element, one per text node, with hidden parts and icons
 * left out (a name and an address in sibling elements stay apart, as they are on screen).
 */
export function visibleSegments(element: Element): string[] {
  const out: string[] = [];
  const walk = (parent: Element) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const piece = collapse(((node as Text).data ?? '').replace(/[\p{Co}\u200b-\u200f\u2060\ufeff]/gu, ''));
        if (piece) out.push(piece);
      } else if (node.nodeType === 1 && !isHiddenPart(node as Element)) walk(node as Element);
    }
  };
  walk(element);
  return out;
}
