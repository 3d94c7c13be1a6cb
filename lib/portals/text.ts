// Text helpers shared by the page models. Reads use textContent only (no layout reads).

const LONGEST_LABEL = 120;

/**
 * A label as compared: case-, whitespace- and diacritics-insensitive, typographic apostrophes and
 * ellipses folded, icon-font glyphs (private use area) and zero-width characters dropped, a
 * trailing colon ignored. Safe for portal labels; not used to compare people's names.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/\u2026/g, '...')
    .replace(/[\p{Co}\u200b-\u200f\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s*:$/, '')
    .toLowerCase();
}

/** Whitespace-collapsed text of a node, as the portal wrote it (for messages shown to the admin). */
export function visibleText(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\p{Co}\u200b-\u200f\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The separate text pieces of an element (one per non-blank text node), so that a name and an
 * address rendered in sibling elements are not glued together as textContent would.
 */
export function textSegments(element: Element): string[] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const piece = visibleText(node);
    if (piece) out.push(piece);
  }
  return out;
}

/** The element's accessible-name attributes: aria-label and the text aria-labelledby points to. */
export function ariaLabels(element: Element): string[] {
  const out: string[] = [];
  const aria = element.getAttribute('aria-label');
  if (aria) out.push(aria);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const target = id ? element.ownerDocument.getElementById(id) : null;
      if (target?.textContent) out.push(target.textContent);
    }
  }
  return out;
}

/** An element's text with its pieces separated by spaces ("Ann Lee ann@x.com", not "Ann Leeann@x.com"). */
export function spacedText(element: Element): string {
  return textSegments(element).join(' ');
}

/** An element's own text as assistive technology reads it: parts hidden from it (an icon's glyph
 *  in an aria-hidden element, `hidden` templates) left out. */
export function nameText(element: Element): string {
  if (!element.querySelector('[aria-hidden="true"], [hidden]')) return element.textContent ?? '';
  let out = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest('[aria-hidden="true"], [hidden]');
    if (hidden && hidden !== element && element.contains(hidden)) continue;
    out += node.nodeValue ?? '';
  }
  return out;
}

/** The strings an element may be labelled by, most specific first. */
export function labelCandidates(element: Element): string[] {
  const out = ariaLabels(element);
  const own = nameText(element);
  if (own) out.push(own);
  const title = element.getAttribute('title');
  if (title) out.push(title);
  return out;
}

/** True when one of the texts, normalized, is in the set (long texts are never labels). */
export function anyLabelIn(texts: readonly string[], labels: ReadonlySet<string>): boolean {
  for (const text of texts) {
    if (text.length <= LONGEST_LABEL && labels.has(normalizeLabel(text))) return true;
  }
  return false;
}

/** True when one of the element's labels, normalized, is in the set. */
export function hasLabel(element: Element, labels: ReadonlySet<string>): boolean {
  return anyLabelIn(labelCandidates(element), labels);
}

/** Letters-only compare for people's names and addresses: case- and whitespace-insensitive only. */
export function foldCase(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}
