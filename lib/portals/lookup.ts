// Control lookups: a list of alternatives tried in order (structure first, labels second); each
// lookup reports found or missing so a page report can name what the portal no longer shows.
// Reads stay cheap: the first candidate is tried with querySelector (which stops early), and
// alternatives may search a small sub-scope (a command bar, the body-level layers) instead of
// the whole page with its long lists.
import type { LabelSets } from './labels';
import { isHiddenPart } from './accname';
import { anyLabelIn, ariaLabels, hasLabel, normalizeLabel, visibleText } from './text';

export type Alternative<K extends string> = {
  /** Candidates, relative to the lookup's scope. Never generated class names. */
  css: string;
  /** Search only inside these sub-scopes of the scope (resolved once per read by the caller). */
  within?: string;
  /** The candidate (or its `labelIn` part) must carry one of these keys' labels. */
  label?: K | readonly K[];
  /** Read the label from descendants matching this selector (e.g. a dialog's heading). */
  labelIn?: string;
  /** Skip candidates inside an element matching this selector. */
  notWithin?: string;
  /** Skip candidates without text (empty live regions). */
  nonEmpty?: boolean;
  /** Find the label's own text first, then take its closest ancestor matching `css` (a row whose
   *  title is the label and whose subtitle is something else). */
  byText?: boolean;
};

export type Lookup<K extends string> = { name: string; alternatives: readonly Alternative<K>[] };

export type ControlFound = { name: string; element: Element };
export type ControlMissing = { name: string; missing: true };
export type ControlResult = ControlFound | ControlMissing;

/** Resolves an alternative's `within` to the elements to search in. */
export type SubScopes = (scope: ParentNode, within: string) => readonly ParentNode[];

/** Elements the extension draws itself, and hidden templates, never count as the portal's. */
const IGNORED = '[data-license-pilot], [hidden]';

const plainSubScopes: SubScopes = (scope, within) => Array.from(scope.querySelectorAll(within));

export function isFound(result: ControlResult): result is ControlFound {
  return 'element' in result;
}

const unions = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/** One key's set, or the union of several keys' sets (cached per label table). */
function labelSetOf<K extends string>(label: K | readonly K[], labels: LabelSets<K>): ReadonlySet<string> {
  if (typeof label === 'string') return labels.set(label);
  let cache = unions.get(labels);
  if (!cache) unions.set(labels, (cache = new Map<string, ReadonlySet<string>>()));
  const id = label.join('|');
  let set = cache.get(id);
  if (!set) cache.set(id, (set = new Set(label.flatMap((key) => [...labels.set(key)]))));
  return set;
}

function accepts<K extends string>(element: Element, alt: Alternative<K>, labels: LabelSets<K>): boolean {
  if (element.closest(IGNORED)) return false;
  if (alt.notWithin && element.parentElement?.closest(alt.notWithin)) return false;
  if (alt.nonEmpty && !visibleText(element)) return false;
  if (!alt.label) return true;
  const set = labelSetOf(alt.label, labels);
  if (!alt.labelIn) return hasLabel(element, set);
  if (anyLabelIn(ariaLabels(element), set)) return true;
  for (const part of element.querySelectorAll(alt.labelIn)) if (hasLabel(part, set)) return true;
  return false;
}

/** The text node sits in a hidden part or an icon (below `root`): no one reads it as a label. */
function insideHiddenPart(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (isHiddenPart(el)) return true;
  return false;
}

/** Elements holding a text node whose text is one of the labels, climbed to the closest `css`. */
function byText<K extends string>(
  root: ParentNode,
  alt: Alternative<K>,
  labels: LabelSets<K>,
  first: boolean,
): Element[] {
  const node0 = root as Node;
  const doc = node0.ownerDocument ?? (node0 as Document);
  const set = alt.label ? labelSetOf(alt.label, labels) : new Set<string>();
  const out: Element[] = [];
  const walker = doc.createTreeWalker(node0, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length > 120 || !set.has(normalizeLabel(text))) continue;
    if (insideHiddenPart(node, node0)) continue;
    const element = node.parentElement?.closest(alt.css);
    if (!element || out.includes(element) || element.closest(IGNORED)) continue;
    if (alt.notWithin && element.parentElement?.closest(alt.notWithin)) continue;
    out.push(element);
    if (first) break;
  }
  return out;
}

/** Candidates of one alternative in one root; with `first`, stops at the first accepted one. */
function search<K extends string>(
  root: ParentNode,
  alt: Alternative<K>,
  labels: LabelSets<K>,
  first: boolean,
): Element[] {
  if (alt.byText) return byText(root, alt, labels, first);
  if (first) {
    const early = root.querySelector(alt.css);
    if (!early) return [];
    if (accepts(early, alt, labels)) return [early];
  }
  const out: Element[] = [];
  for (const element of root.querySelectorAll(alt.css)) {
    if (!accepts(element, alt, labels)) continue;
    out.push(element);
    if (first) break;
  }
  return out;
}

function run<K extends string>(
  scope: ParentNode,
  lookup: Lookup<K>,
  labels: LabelSets<K>,
  subScopes: SubScopes,
  first: boolean,
): Element[] {
  for (const alt of lookup.alternatives) {
    const roots = alt.within ? subScopes(scope, alt.within) : [scope];
    const hits: Element[] = [];
    for (const root of roots) {
      hits.push(...search(root, alt, labels, first));
      if (first && hits.length > 0) return hits;
    }
    if (hits.length > 0) return hits;
  }
  return [];
}

/** Every element matching one alternative, in document order (first alternative that finds any). */
export function findAll<K extends string>(
  scope: ParentNode,
  lookup: Lookup<K>,
  labels: LabelSets<K>,
  subScopes = plainSubScopes,
): Element[] {
  return run(scope, lookup, labels, subScopes, false);
}

export function findFirst<K extends string>(
  scope: ParentNode,
  lookup: Lookup<K>,
  labels: LabelSets<K>,
  subScopes = plainSubScopes,
): Element | undefined {
  return run(scope, lookup, labels, subScopes, true)[0];
}

export function runLookup<K extends string>(
  scope: ParentNode | undefined,
  lookup: Lookup<K>,
  labels: LabelSets<K>,
  subScopes = plainSubScopes,
): ControlResult {
  const element = scope ? findFirst(scope, lookup, labels, subScopes) : undefined;
  return element ? { name: lookup.name, element } : { name: lookup.name, missing: true };
}
