// Finding the admin center's controls for each step of a run. Every lookup answers found or
// missing, by name, so the extension can say exactly what it could not find.
import { findAll, isFound, runLookup, type ControlResult, type SubScopes } from '../lookup';
import { findLearned, type LearnedLookup } from '../learned-list';
import { normalizeLabel, textSegments } from '../text';
import { adminCenterLabels } from './labels';
import { BODY_LAYERS, BODY_OVERLAYS, CONTROLS, LAYER_HOSTS, LAYERS, MAIN, OPTION, type ControlName } from './selectors';

export type { ControlName } from './selectors';
export type { ControlResult } from '../lookup';

/** The page's main region (outside layers); undefined when the shell has none. */
export function mainRegion(doc: Document): Element | undefined {
  const first = doc.querySelector(MAIN);
  if (!first || !first.closest(LAYERS)) return first ?? undefined;
  for (const element of doc.querySelectorAll(MAIN)) if (!element.closest(LAYERS)) return element;
  return undefined;
}

/** Fluent's layers at body level (directly, or inside a layer host): panes, dialogs, callouts. */
export function bodyLayers(doc: Document): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(doc.body?.children ?? [])) {
    if (child.matches(BODY_LAYERS)) out.push(child);
    else if (child.matches(LAYER_HOSTS)) out.push(...Array.from(child.querySelectorAll(BODY_LAYERS)));
  }
  return out;
}

/** Body-level elements other than the one holding the page's main region. */
function bodyOverlays(doc: Document, main: Element | undefined): Element[] {
  return Array.from(doc.body?.children ?? []).filter((child) => !main || !child.contains(main));
}

/** Sub-scopes resolved once: body-level layers or overlays, else the first match outside layers. */
function memoSubScopes(doc: Document, main: () => Element | undefined): SubScopes {
  const memo = new Map<ParentNode, Map<string, readonly ParentNode[]>>();
  return (scope, within) => {
    let byWithin = memo.get(scope);
    if (!byWithin) memo.set(scope, (byWithin = new Map<string, readonly ParentNode[]>()));
    let roots = byWithin.get(within);
    if (!roots) {
      if (within === BODY_LAYERS) roots = bodyLayers(doc);
      else if (within === BODY_OVERLAYS) roots = bodyOverlays(doc, main());
      else {
        const first = scope.querySelector(within);
        roots = first && !first.closest(LAYERS) ? [first] : [];
      }
      byWithin.set(within, roots);
    }
    return roots;
  };
}

export type ControlFinder = { find(name: ControlName): ControlResult };

/** What the admin showed for this page's portal and language ("Show me"); set by the content script. */
let learnedNow: LearnedLookup = {};

export function setLearnedControls(learned: LearnedLookup): void {
  learnedNow = learned;
}

/**
 * Lookups over one state of the page, each done at most once (the pane, for instance, scopes
 * several others). Make a new finder after the page changed.
 */
export function controlFinder(doc: Document): ControlFinder {
  const memo = new Map<ControlName, ControlResult>();
  let main: { element: Element | undefined } | undefined;
  const mainElement = () => (main ??= { element: mainRegion(doc) }).element;
  const subScopes = memoSubScopes(doc, mainElement);
  const scopeOf = (name: ControlName): ParentNode | undefined => {
    const scope = CONTROLS[name].scope;
    if (scope === 'document') return doc;
    if (scope === 'main') return mainElement() ?? doc;
    const pane = find('assignPane');
    return isFound(pane) ? pane.element : undefined;
  };
  // The listbox the picker input names in aria-controls / aria-owns: the surest link to its suggestions.
  const linkedListbox = (): Element | undefined => {
    const input = find('pickerInput');
    if (!isFound(input)) return undefined;
    const ids = `${input.element.getAttribute('aria-controls') ?? ''} ${input.element.getAttribute('aria-owns') ?? ''}`;
    for (const id of ids.split(/\s+/)) {
      const target = id ? doc.getElementById(id) : null;
      const listbox = target?.matches('[role=listbox]') ? target : target?.querySelector('[role=listbox]');
      if (listbox) return listbox;
    }
    return undefined;
  };
  const lookup = (name: ControlName): ControlResult => {
    if (name === 'suggestions') {
      const linked = linkedListbox();
      if (linked) return { name, element: linked };
    }
    const scope = scopeOf(name);
    const result = runLookup(scope, CONTROLS[name].lookup, adminCenterLabels, subScopes);
    if (isFound(result)) return result;
    // A control the admin showed, found by its role, name and landmarks.
    const learned = findLearned(doc, learnedNow, name);
    if (learned) return { name, element: learned };
    if (name !== 'pickedItems') return result;
    // Without Fluent's wrapper classes: the element holding the picked items.
    const item = scope?.querySelector('[data-selection-index]');
    return item?.parentElement ? { name, element: item.parentElement } : result;
  };
  function find(name: ControlName): ControlResult {
    let result = memo.get(name);
    if (!result) memo.set(name, (result = lookup(name)));
    return result;
  }
  return { find };
}

export function findControl(doc: Document, name: ControlName): ControlResult {
  return controlFinder(doc).find(name);
}

/** Names of the controls that are missing, in the order asked. */
export function missingControls(doc: Document | ControlFinder, names: readonly ControlName[]): string[] {
  const finder = 'nodeType' in doc ? controlFinder(doc) : doc;
  return names.filter((name) => !isFound(finder.find(name)));
}

/** `noResults`: the picker's "No results" entry, which may itself be an option. */
export type SuggestionOption = {
  element: Element;
  text: string;
  texts: string[];
  disabled: boolean;
  noResults: boolean;
};

function isNoResults(text: string): boolean {
  const normalized = normalizeLabel(text);
  for (const label of adminCenterLabels.set('noResults')) if (normalized.startsWith(label)) return true;
  return false;
}

/** The picker's suggestions, each with its text pieces and whether it can be picked. */
export function readSuggestions(doc: Document): SuggestionOption[] {
  const listbox = findControl(doc, 'suggestions');
  if (!isFound(listbox)) return [];
  return findAll(listbox.element, { name: 'options', alternatives: [{ css: OPTION }] }, adminCenterLabels).map(
    (element) => {
      const texts = textSegments(element);
      const text = texts.join(' ');
      const noResults = isNoResults(text);
      const disabled =
        noResults ||
        element.getAttribute('aria-disabled') === 'true' ||
        element.hasAttribute('disabled') ||
        element.closest('[aria-disabled="true"]') !== null;
      return { element, text, texts, disabled, noResults };
    },
  );
}
