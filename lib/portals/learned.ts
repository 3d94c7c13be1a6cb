// "Show me": when a control a run needs cannot be found, the admin clicks it once and the
// extension keeps a structural description of it — its role, its accessible name and the path of
// landmarks around it (never generated class names) — to find it again on later pages of the same
// portal and locale.
import { accessibleName as nameOf, contentName } from './accname';
import { ariaLabels, normalizeLabel } from './text';

export type ControlDescription = {
  /** ARIA role, explicit or implied by the element ('button', 'menuitem', 'link', 'tab', ...). */
  role: string;
  /** Accessible name as read, whitespace-collapsed ('' when it has none). */
  name: string;
  /** Landmarks and containers around it, outermost first: 'main', 'toolbar', 'dialog "Assign licenses"'. */
  landmarks: string[];
};

/** Roles whose elements group controls: the path a person would describe ("in the pane's toolbar"). */
const LANDMARK_ROLES = new Set([
  'main',
  'navigation',
  'banner',
  'complementary',
  'contentinfo',
  'region',
  'search',
  'form',
  'dialog',
  'alertdialog',
  'toolbar',
  'menubar',
  'tablist',
  'grid',
]);
const LANDMARK_TAGS: Record<string, string> = {
  main: 'main',
  nav: 'navigation',
  header: 'banner',
  aside: 'complementary',
  footer: 'contentinfo',
  form: 'form',
};
/** Elements a person can click or type into, for climbing from the exact node clicked. */
const INTERACTIVE =
  'button, a[href], input, select, textarea, [role=button], [role=menuitem], [role=link], [role=tab], [role=checkbox], [role=option], [role=combobox], [role=searchbox], [role=menuitemcheckbox], [role=switch]';

function implicitRole(el: Element): string {
  const tag = el.localName;
  if (tag === 'button') return 'button';
  if (tag === 'a' && el.hasAttribute('href')) return 'link';
  if (tag === 'select') return 'combobox';
  if (tag === 'textarea') return 'textbox';
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'search') return 'searchbox';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
    return 'textbox';
  }
  return LANDMARK_TAGS[tag] ?? '';
}

export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  return explicit || implicitRole(el);
}

function collapse(text: string): string {
  return text
    .replace(/[\p{Co}\u200b-\u200f\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The accessible name (accname.ts), and for an unnamed input its placeholder. */
export function accessibleName(el: Element): string {
  return collapse(nameOf(el)) || collapse(el.getAttribute('placeholder') ?? '');
}

function landmarkOf(el: Element): string | undefined {
  const role = roleOf(el);
  if (!LANDMARK_ROLES.has(role)) return undefined;
  // Dialogs are told apart by their title; other landmarks by role alone (their names are often data).
  if (role !== 'dialog' && role !== 'alertdialog') return role;
  const heading = el.querySelector('[role=heading], h1, h2, h3');
  const name = collapse(ariaLabels(el)[0] ?? (heading ? contentName(heading) : ''));
  return name ? `${role} "${name}"` : role;
}

/** The control a click landed in: the clicked node itself or its closest interactive ancestor. */
export function controlAt(target: Element): Element {
  return target.closest(INTERACTIVE) ?? target;
}

export function describeElement(el: Element): ControlDescription {
  const landmarks: string[] = [];
  for (let up = el.parentElement; up; up = up.parentElement) {
    const mark = landmarkOf(up);
    if (mark) landmarks.unshift(mark);
  }
  return { role: roleOf(el), name: accessibleName(el), landmarks };
}

function sameLandmarks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((mark, i) => normalizeLabel(mark) === normalizeLabel(b[i]!));
}

/** Candidates for a role: elements with it explicitly, or implied by their tag. */
function withRole(doc: Document, role: string): Element[] {
  const implied: Record<string, string> = {
    button: 'button, input[type=button], input[type=submit]',
    link: 'a[href]',
    searchbox: 'input[type=search]',
    textbox: 'input:not([type]), input[type=text], textarea',
    checkbox: 'input[type=checkbox]',
    combobox: 'select',
  };
  const css = implied[role] ? `[role="${role}"], ${implied[role]}` : `[role="${role}"]`;
  return Array.from(doc.querySelectorAll(css)).filter(
    (el) => roleOf(el) === role && !el.closest('[data-license-pilot], [hidden]'),
  );
}

/**
 * The element a description names on this page: same role, same accessible name, and the same
 * landmark path; when no candidate has the same path, the only one with that role and name.
 * Undefined when nothing or more than one thing fits (never a guess).
 */
export function findByDescription(doc: Document, description: ControlDescription): Element | undefined {
  const name = normalizeLabel(description.name);
  const named = withRole(doc, description.role).filter((el) => normalizeLabel(accessibleName(el)) === name);
  const placed = named.filter((el) => sameLandmarks(describeElement(el).landmarks, description.landmarks));
  if (placed.length === 1) return placed[0];
  if (placed.length === 0 && named.length === 1) return named[0];
  return undefined;
}
