// DOM actions a run performs in the admin center, pure over a Document/Element. They act only
// on what they can identify: a suggestion is picked only when it names the target.
import { foldCase, spacedText, textSegments } from '../text';
import { findControl, mainRegion, readSuggestions, type SuggestionOption } from './controls';
import { isFound } from '../lookup';
import { DETAILS_ROW, PICKED_ITEM, ROW_CHECK } from './selectors';

/**
 * Types into a React-controlled input. React keeps its own copy of the value, so a plain
 * `input.value = …` is ignored; the native prototype setter plus a bubbling `input` event is not.
 */
export function setReactInputValue(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  // As when typing: Fluent's real people picker shows suggestions only while its input has focus.
  if (input.ownerDocument.activeElement !== input) input.focus();
  const view = input.ownerDocument.defaultView;
  const proto = input.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(input, text);
  else input.value = text;
  const EventCtor = view?.Event ?? Event;
  input.dispatchEvent(new EventCtor('input', { bubbles: true }));
}

export type PickTarget = { upn?: string; mail?: string; name?: string };

const ADDRESS_CHAR = /[\p{L}\p{N}._%+\-@#']/u;
const NAME_CHAR = /[\p{L}\p{N}]/u;

/** `value` occurs in `text` as a whole (case-insensitive): "ann@x.com" is not inside "joann@x.com". */
function containsWhole(text: string, value: string, wordChar: RegExp): boolean {
  const haystack = foldCase(text);
  const needle = foldCase(value);
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !wordChar.test(before)) && (after === undefined || !wordChar.test(after))) return true;
  }
  return false;
}

/** How strongly text pieces name the target: by address (upn, mail), by name, or not at all. */
export function targetMatch(texts: readonly string[], target: PickTarget): 'address' | 'name' | undefined {
  for (const address of [target.upn, target.mail]) {
    if (address && texts.some((t) => containsWhole(t, address, ADDRESS_CHAR))) return 'address';
  }
  if (target.name && texts.some((t) => containsWhole(t, target.name!, NAME_CHAR))) return 'name';
  return undefined;
}

export type PickOutcome =
  | { kind: 'picked'; text: string }
  | { kind: 'noSuggestions' }
  | { kind: 'notFound'; options: number }
  | { kind: 'disabled'; text: string }
  | { kind: 'ambiguous'; count: number };

/**
 * Clicks the one enabled suggestion naming the target: by UPN or mail first, by display name only
 * when no option names the address. Never picks blindly (a "No results" row can be an option).
 */
export function pickSuggestion(doc: Document, target: PickTarget): PickOutcome {
  const all = readSuggestions(doc);
  if (all.length === 0) return { kind: 'noSuggestions' };
  const options = all.filter((o) => !o.noResults);
  const byStrength = (strength: 'address' | 'name') => options.filter((o) => targetMatch(o.texts, target) === strength);
  for (const strength of ['address', 'name'] as const) {
    const hits = byStrength(strength);
    if (hits.length === 0) continue;
    const enabled = hits.filter((o) => !o.disabled);
    if (enabled.length === 1) return click(enabled[0]!);
    if (enabled.length > 1) return { kind: 'ambiguous', count: enabled.length };
    return { kind: 'disabled', text: hits[0]!.text };
  }
  return { kind: 'notFound', options: options.filter((o) => !o.disabled).length };
}

function click(option: SuggestionOption): PickOutcome {
  (option.element as HTMLElement).click();
  return { kind: 'picked', text: option.text };
}

export type PickedItem = { index: number; text: string; texts: string[]; element: Element };

/** The items picked in the assign pane, in order. */
export function readPickedItems(doc: Document): PickedItem[] {
  const pane = findControl(doc, 'assignPane');
  if (!isFound(pane)) return [];
  return Array.from(pane.element.querySelectorAll(PICKED_ITEM)).map((element) => {
    const texts = textSegments(element);
    return { index: Number(element.getAttribute('data-selection-index')), text: texts.join(' '), texts, element };
  });
}

export type PaneOutcome = { kind: 'success' | 'error' | 'busy' | 'none'; text: string };

/** What the portal says after Assign: its error or success message in its own words, or busy. */
export function readPaneOutcome(doc: Document): PaneOutcome {
  for (const [name, kind] of [
    ['errorMessage', 'error'],
    ['successMessage', 'success'],
    ['spinner', 'busy'],
  ] as const) {
    const found = findControl(doc, name);
    if (isFound(found)) return { kind, text: spacedText(found.element) };
  }
  return { kind: 'none', text: '' };
}

/** A list row is ticked when the row or its check says so (aria only, no classes). */
export function isRowChecked(row: Element): boolean {
  if (row.getAttribute('aria-selected') === 'true') return true;
  const check = row.querySelector(ROW_CHECK);
  return check?.getAttribute('aria-checked') === 'true';
}

export type TickOutcome = { kind: 'ticked' | 'alreadyTicked' | 'noCheck' | 'notInView'; row?: Element };

/**
 * Ticks the row of the page's list that shows this address. Lists are virtualized: a row not in
 * the DOM is "notInView" (search the list first), never "not there".
 */
export function tickRowFor(doc: Document, upn: string): TickOutcome {
  const scope = mainRegion(doc) ?? doc;
  let rows = Array.from(scope.querySelectorAll(DETAILS_ROW));
  if (rows.length === 0) rows = Array.from(scope.querySelectorAll('[role=grid] [role=row]'));
  const row = rows.find((r) => targetMatch(textSegments(r), { upn }) === 'address');
  if (!row) return { kind: 'notInView' };
  if (isRowChecked(row)) return { kind: 'alreadyTicked', row };
  const check = row.querySelector(ROW_CHECK);
  if (!check) return { kind: 'noCheck', row };
  (check as HTMLElement).click();
  return { kind: 'ticked', row };
}
