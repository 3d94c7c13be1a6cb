// Parts of an admin center page a run reads besides its named controls: sign-in forms, the pane's
// kind and state, Fluent message bars and their per-target lines, spinners, dialogs. The page
// knowledge (selectors, labels) stays here; the run's steps ask these functions.
import { hasLabel, textSegments, visibleText } from '../text';
import { adminCenterLabels } from './labels';
import { LAYERS, PICKED_ITEM } from './selectors';

/** A sign-in form drawn inside the portal's page (Microsoft's sign-in fields). */
const SIGN_IN_INPUTS = 'input[type=password], input[name=loginfmt], input[name=passwd]';
const PANE_HEADING = '[role=heading], h1, h2, .ms-Panel-headerText';
const ERROR_BAR = '.ms-MessageBar--error, .ms-MessageBar--blocked, .ms-MessageBar--severeWarning';
const SUCCESS_BAR = '.ms-MessageBar--success';
/** A bar's per-target lines. */
const LINE = 'li, [role=listitem]';
const SPINNER = '.ms-Spinner, [role=progressbar]';
/** A spinner of the people picker's search (in its layer or its suggestions callout). */
const PICKER_SPINNER = '.ms-Layer .ms-Spinner, .ms-Suggestions .ms-Spinner';
const PICKER_INPUT = 'input[role=combobox], input.ms-BasePicker-input';
const DIALOG = '[role=alertdialog], [role=dialog]';
const BUTTON = 'button, [role=button]';

export function hasSignInForm(doc: Document): boolean {
  return doc.querySelector(SIGN_IN_INPUTS) !== null;
}

/** Which targets the open pane assigns to, from its heading. */
export function paneKind(pane: Element): 'users' | 'groups' | undefined {
  const headings = [pane, ...pane.querySelectorAll(PANE_HEADING)];
  if (headings.some((h) => hasLabel(h, adminCenterLabels.set('assignPaneUsers')))) return 'users';
  if (headings.some((h) => hasLabel(h, adminCenterLabels.set('assignPaneGroups')))) return 'groups';
  return undefined;
}

export function errorBarsIn(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll(ERROR_BAR)).filter((e) => textSegments(e).length > 0);
}

export function successBarsIn(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll(SUCCESS_BAR)).filter((e) => textSegments(e).length > 0);
}

/** The pane still has its picker, nothing picked and no outcome: a fresh pane to work in. */
export function isFreshPane(pane: Element): boolean {
  return (
    pane.querySelector(PICKED_ITEM) === null &&
    errorBarsIn(pane).length === 0 &&
    successBarsIn(pane).length === 0 &&
    pane.querySelector(PICKER_INPUT) !== null
  );
}

/** A message bar's words: its text outside the per-target lines, and the lines. */
export function readMessageBar(bar: Element): { head: string; lines: string[] } {
  const lines = Array.from(bar.querySelectorAll(LINE), (li) => visibleText(li)).filter(Boolean);
  const walker = bar.ownerDocument.createTreeWalker(bar, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const line = node.parentElement?.closest(LINE);
    if (line && bar.contains(line)) continue;
    const piece = visibleText(node);
    if (piece) parts.push(piece);
  }
  const head = parts.join(' ');
  return { head: head || lines.join(' '), lines };
}

export function hasSpinner(scope: ParentNode): boolean {
  return scope.querySelector(SPINNER) !== null;
}

export function pickerSearching(doc: Document): boolean {
  return doc.querySelector(PICKER_SPINNER) !== null;
}

/** In a pane, dialog or layer (not the page itself). */
export function inLayer(element: Element): boolean {
  return element.closest(LAYERS) !== null;
}

/** The dialog a control is in. */
export function dialogOf(element: Element | undefined): Element | undefined {
  return element?.closest(DIALOG) ?? undefined;
}

export function anyAlertDialog(doc: Document): Element | undefined {
  return doc.querySelector('[role=alertdialog]') ?? undefined;
}

/** The dialog's other button (Cancel), besides `except`. */
export function otherButtonIn(dialog: Element, except: Element | undefined): Element | undefined {
  return Array.from(dialog.querySelectorAll(BUTTON)).find((b) => b !== except);
}

/** Titles an element's parts carry (a picked persona keeps the address there). */
export function titlesIn(element: Element): string[] {
  return [element, ...element.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? '').filter(Boolean);
}
