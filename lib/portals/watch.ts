// Following a single-page app: hash changes plus ONE MutationObserver on document.body, reading
// at most once per debounce window. The observer callback does almost nothing per batch, and it is
// disconnected while a read is due: mutation records cost the page's own scripts time (measured: a
// bare subtree observer adds ~6 % to a list re-rendering), and none are needed until the read.
// While changes keep coming (a long list re-rendering) the windows grow, so a storm costs few reads.
import type { PageReport } from './types';

/** Attributes whose changes can change what a page model reads. */
export const WATCHED_ATTRIBUTES = [
  'role',
  'hidden',
  'disabled',
  'href',
  'lang',
  'aria-modal',
  'aria-hidden',
  'aria-selected',
  'aria-checked',
  'aria-disabled',
  'aria-expanded',
  'aria-busy',
  'aria-rowcount',
  'aria-label',
  'data-automationid',
  'data-automation-id',
  'data-automation-key',
  'data-item-key',
  'data-selection-index',
];

/** Marks the host of the extension's own elements on the page (the overlay). */
export const OWN_ATTRIBUTE = 'data-license-pilot';
/** The extension's own elements on the page: changes inside them are not the portal's. */
export const OWN_HOST = `[${OWN_ATTRIBUTE}]`;

/** `maxDebounceMs`: the longest window while changes keep coming (default 4 × `debounceMs`). */
export type WatchOptions = { debounceMs: number; maxDebounceMs?: number };

function isOwn(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(OWN_HOST) != null;
}

function isHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).matches(OWN_HOST);
}

/** True when a mutation record touched the portal's DOM rather than only the extension's host. */
function touchesPage(record: MutationRecord): boolean {
  if (isOwn(record.target)) return false;
  if (record.type !== 'childList') return true;
  // The host itself being added to or removed from the page is not a change of the page.
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return true;
  for (let i = 0; i < addedNodes.length; i += 1) if (!isHost(addedNodes[i]!)) return true;
  for (let i = 0; i < removedNodes.length; i += 1) if (!isHost(removedNodes[i]!)) return true;
  return false;
}

/**
 * Calls `onChange` after the page changed: on hash navigation and on DOM changes outside the
 * extension's host, at most once per window (the first change of a quiet period starts it; later
 * ones ride along unobserved). When changes keep starting windows right after reads (within a
 * window's length), the windows double from the second such one on, up to `maxDebounceMs`; a
 * quieter gap or a navigation brings them back to `debounceMs`. Returns the teardown.
 */
export function watchPage(doc: Document, win: Window, onChange: () => void, options: WatchOptions): () => void {
  const { debounceMs } = options;
  const maxMs = Math.max(debounceMs, options.maxDebounceMs ?? debounceMs * 4);
  const now = () => win.performance?.now() ?? Date.now();
  let timer: number | undefined;
  let stopped = false;
  let windowMs = debounceMs;
  let streak = 0; // windows in a row that began within a window's length of the previous read
  let firedAt = Number.NEGATIVE_INFINITY;
  const MutationObserverCtor = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new MutationObserverCtor((records) => onMutations(records));
  const observe = () =>
    observer.observe(doc.body ?? doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  const fire = () => {
    timer = undefined;
    if (stopped) return;
    observe();
    firedAt = now();
    onChange();
  };
  const schedule = () => {
    if (timer !== undefined || stopped) return;
    streak = now() - firedAt < windowMs ? streak + 1 : 0;
    windowMs = Math.min(debounceMs * 2 ** Math.max(0, streak - 1), maxMs);
    observer.disconnect(); // the read will look at the page as it is then
    timer = win.setTimeout(fire, windowMs);
  };
  const onNavigation = () => {
    // A navigation is read promptly, whatever the page did before.
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    firedAt = Number.NEGATIVE_INFINITY;
    schedule();
  };
  const onMutations = (records: MutationRecord[]) => {
    if (timer !== undefined) return; // a read is already due: nothing to look at
    for (const record of records) {
      if (touchesPage(record)) {
        schedule();
        return;
      }
    }
  };
  observe();
  win.addEventListener('hashchange', onNavigation);
  win.addEventListener('popstate', onNavigation);
  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('hashchange', onNavigation);
    win.removeEventListener('popstate', onNavigation);
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
  };
}

/** A report's identity without its time: send only when this changes. */
export function reportFingerprint(report: PageReport): string {
  const seats = (p: PageReport['products'][number] | undefined) =>
    p ? [p.name, p.skuId ?? '', p.total ?? '', p.assigned ?? '', p.available ?? ''] : null;
  return JSON.stringify([
    report.portal,
    report.page,
    report.pane,
    report.locale,
    report.url,
    report.products.map(seats),
    seats(report.product),
    report.canAssignHere,
    report.missing,
  ]);
}
