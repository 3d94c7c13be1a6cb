// Text helpers shared by the page models. Names and text are read as assistive technology reads
// them (accname.ts): hidden parts and icons are left out; no layout reads.
import { accessibleName, ariaName, contentName, visibleSegments } from './accname';

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

/** Whitespace-collapsed text of a node as a person sees it (for messages shown to the admin). */
export function visibleText(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === 1) return visibleSegments(node as Element).join(' ');
  return (node.textContent ?? '')
    .replace(/[\p{Co}\u200b-\u200f\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The separate text pieces of an element a person sees (one per text node; hidden parts and icons
 * left out), so that a name and an address in sibling elements are not glued together.
 */
export function textSegments(element: Element): string[] {
  return visibleSegments(element);
}

/** The element's accessible-name attributes: the text aria-labelledby points to, else aria-label. */
export function ariaLabels(element: Element): string[] {
  const name = ariaName(element);
  return name ? [name] : [];
}

/** An element's text with its pieces separated by spaces ("Ann Lee ann@x.com", not "Ann Leeann@x.com"). */
export function spacedText(element: Element): string {
  return textSegments(element).join(' ');
}

/**
 * The strings an element may be labelled by: its accessible name first, then (when an ARIA name
 * says more than the words on it) the words on it and its title. Never raw textContent.
 */
export function labelCandidates(element: Element): string[] {
  const name = accessibleName(element);
  const out = name ? [name] : [];
  const content = contentName(element);
  if (content && content !== name) out.push(content);
  const title = element.getAttribute('title');
  if (title && title !== name) out.push(title);
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
