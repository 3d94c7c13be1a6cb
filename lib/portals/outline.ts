// "Copy diagnostics": the page's structure without personal data. Landmarks, roles, automation
// ids, stable class names, headings' levels and row counts are kept; text is kept only when it is
// a label word of the label tables, other text is replaced by its length ("[12]").
import { adminCenterLabels } from './admin-center/labels';
import { azureLabels } from './azure/labels';

export type PageOutline = {
  host: string;
  lang: string;
  title: string;
  frames: string[];
  roles: Record<string, number>;
  automationIds: Record<string, number>;
  headings: { level: number; text: string }[];
  grids: { rowCount: number | null; rowsInDom: number; columns: string[] }[];
  lines: string[];
};

const MAX_LINES = 1500;
const ROWS_SHOWN = 2;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'PATH']);
const TEXT_BEARING = new Set([
  'button',
  'tab',
  'menuitem',
  'option',
  'columnheader',
  'heading',
  'link',
  'checkbox',
  'status',
  'alert',
]);
const TAGS = new Set([
  'MAIN',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'TABLE',
  'IFRAME',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'A',
  'LABEL',
]);
const ATTRIBUTES = [
  'data-automationid',
  'data-automation-id',
  'data-automation-key',
  'data-item-key',
  'data-hint',
  'aria-level',
  'aria-modal',
  'aria-rowcount',
  'aria-colindex',
  'aria-selected',
  'aria-checked',
  'aria-disabled',
  'aria-haspopup',
  'data-selection-index',
  'type',
  'lang',
];
const STABLE_CLASS = /^(?:(?:ms|fxs|azc|fxc|msportalfx|fui)-[A-Za-z]+(?:[-_]{1,2}[A-Za-z]+)*|is-[a-z]+)$/;
const EMAIL = /[^\s,;:/#]+@[^\s,;:/#]+/g;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A label word of the tables as written; any other text as its length only. */
export function redactText(text: string | null | undefined): string {
  const t = (text ?? '')
    .replace(/[\p{Co}\u200b-\u200f\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!t) return '';
  if (t.length <= 120 && (adminCenterLabels.keysOf(t).length > 0 || azureLabels.keysOf(t).length > 0)) return t;
  return `[${t.length}]`;
}

/** Attribute values keep their shape; addresses and GUIDs (people's ids) are replaced. */
function redactValue(value: string): string {
  return value.replace(EMAIL, '<email>').replace(GUID, '<guid>').slice(0, 120);
}

function isInteresting(el: Element): boolean {
  if (el.hasAttribute('role') || TAGS.has(el.tagName)) return true;
  for (const name of ATTRIBUTES) if (el.hasAttribute(name) && name.startsWith('data-')) return true;
  return stableClasses(el).length > 0;
}

function stableClasses(el: Element): string[] {
  return Array.from(el.classList).filter((c) => STABLE_CLASS.test(c) && !/\d/.test(c));
}

function describe(el: Element): string {
  const parts = [el.tagName.toLowerCase()];
  const role = el.getAttribute('role');
  if (role) parts.push(`role=${role}`);
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) parts.push(`${name}=${redactValue(value)}`);
  }
  const classes = stableClasses(el);
  if (classes.length) parts.push(`.${classes.join('.')}`);
  const href = el.getAttribute('href');
  if (href?.startsWith('#')) parts.push(`href=${redactValue(href.split('?')[0] ?? '')}`);
  if (el.tagName === 'IFRAME') parts.push(`frame=${frameHost(el)}`);
  const label = el.getAttribute('aria-label');
  if (label) parts.push(`aria-label="${redactText(label)}"`);
  const isText = (role && TEXT_BEARING.has(role)) || /^(H[1-6]|BUTTON|A|LABEL)$/.test(el.tagName);
  if (isText) parts.push(`"${redactText(el.textContent)}"`);
  return parts.join(' ');
}

function frameHost(el: Element): string {
  try {
    return new URL(el.getAttribute('src') ?? '', 'https://invalid.example').hostname;
  } catch {
    return '';
  }
}

export function outlinePage(doc: Document): PageOutline {
  const outline: PageOutline = {
    host: doc.location?.hostname ?? '',
    lang: doc.documentElement?.getAttribute('lang') ?? '',
    title: redactText(doc.title),
    frames: Array.from(doc.querySelectorAll('iframe')).map(frameHost),
    roles: {},
    automationIds: {},
    headings: [],
    grids: [],
    lines: [],
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return outline;
  walk(root, 0, outline, { rowsSeen: new WeakMap() });
  return outline;
}

type WalkState = { rowsSeen: WeakMap<Element, number> };

function walk(el: Element, depth: number, outline: PageOutline, state: WalkState): void {
  if (SKIP.has(el.tagName) || el.matches('[data-license-pilot]')) return;
  const role = el.getAttribute('role');
  if (role === 'row' && !el.querySelector('[role=columnheader]')) {
    const grid = el.closest('[role=grid], table, [role=treegrid]') ?? el;
    const seen = (state.rowsSeen.get(grid) ?? 0) + 1;
    state.rowsSeen.set(grid, seen);
    if (seen > ROWS_SHOWN) return;
  }
  record(el, role, outline);
  const interesting = isInteresting(el);
  if (interesting && outline.lines.length < MAX_LINES) outline.lines.push(`${'  '.repeat(depth)}${describe(el)}`);
  for (const child of Array.from(el.children)) walk(child, interesting ? depth + 1 : depth, outline, state);
  if (role === 'grid' || el.tagName === 'TABLE') summarizeGrid(el, depth, outline, state);
}

function record(el: Element, role: string | null, outline: PageOutline): void {
  if (role) outline.roles[role] = (outline.roles[role] ?? 0) + 1;
  for (const name of ['data-automationid', 'data-automation-id']) {
    const value = el.getAttribute(name);
    if (value) {
      const key = redactValue(value);
      outline.automationIds[key] = (outline.automationIds[key] ?? 0) + 1;
    }
  }
  const level = /^H([1-6])$/.exec(el.tagName)?.[1] ?? (role === 'heading' ? el.getAttribute('aria-level') : null);
  if (level) outline.headings.push({ level: Number(level), text: redactText(el.textContent) });
}

function summarizeGrid(grid: Element, depth: number, outline: PageOutline, state: WalkState): void {
  const rowsInDom = state.rowsSeen.get(grid) ?? 0;
  const rowCount = grid.getAttribute('aria-rowcount');
  const columns = Array.from(grid.querySelectorAll('[role=columnheader], th')).map((h) => redactText(h.textContent));
  outline.grids.push({ rowCount: rowCount === null ? null : Number(rowCount), rowsInDom, columns });
  if (rowsInDom > ROWS_SHOWN && outline.lines.length < MAX_LINES) {
    outline.lines.push(`${'  '.repeat(depth + 1)}… ${rowsInDom - ROWS_SHOWN} more rows`);
  }
}
