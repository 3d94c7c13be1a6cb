// Following a single-page app: hash changes plus ONE MutationObserver on document.body, reading
// at most once per debounce window. The observer callback does almost nothing per batch, so a
// long list re-rendering costs the page next to no extra script time.
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

/** The extension's own elements on the page: changes inside them are not the portal's. */
export const OWN_HOST = '[data-license-pilot]';

export type WatchOptions = { debounceMs: number };

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
 * extension's host, at most once per `debounceMs` (the first change of a quiet period starts the
 * window; later ones ride along). Returns the teardown.
 */
export function watchPage(doc: Document, win: Window, onChange: () => void, { debounceMs }: WatchOptions): () => void {
  let timer: number | undefined;
  let stopped = false;
  const fire = () => {
    timer = undefined;
    if (!stopped) onChange();
  };
  const schedule = () => {
    if (timer === undefined && !stopped) timer = win.setTimeout(fire, debounceMs);
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
  const MutationObserverCtor = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new MutationObserverCtor(onMutations);
  observer.observe(doc.body ?? doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('hashchange', schedule);
    win.removeEventListener('popstate', schedule);
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
