// The background's bookkeeping of page reports: pure updates, applied one at a time.
// Each frame of a tab reports on its own (Azure draws blades in reactblade iframes); the tab's
// page report combines them, the top frame's view of the page first.
import type { PageReport } from '../portals/types';

export type FrameReports = Record<string, Record<string, PageReport>>;

export function withFrameReport(all: FrameReports, tabId: number, frameId: number, report: PageReport): FrameReports {
  const tab = String(tabId);
  const previous = all[tab] ?? {};
  // When the top frame moves to another page, frames reported under the old one no longer count;
  // frames still showing re-report on their own.
  const topMoved = frameId === 0 && previous['0'] !== undefined && previous['0'].url !== report.url;
  const frames = topMoved ? {} : { ...previous };
  frames[String(frameId)] = report;
  return { ...all, [tab]: frames };
}

export function combineFrames(frames: Record<string, PageReport>): PageReport | undefined {
  const ordered = Object.entries(frames)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, report]) => report);
  const top = ordered[0];
  if (!top) return undefined;
  const withProducts = ordered.find((r) => r.products.length > 0 || r.product);
  return {
    ...top,
    page: top.page !== 'other' ? top.page : (ordered.find((r) => r.page !== 'other')?.page ?? 'other'),
    products: withProducts?.products ?? [],
    product: withProducts?.product ?? top.product,
    canAssignHere: ordered.some((r) => r.canAssignHere),
    missing: (withProducts ?? top).missing,
    at: ordered.reduce((latest, r) => (r.at > latest ? r.at : latest), top.at),
  };
}

export function withoutTab<T>(all: Record<string, T>, tabId: number): Record<string, T> {
  if (!(String(tabId) in all)) return all;
  const next = { ...all };
  delete next[String(tabId)];
  return next;
}

/** Runs async updates strictly one after another, so concurrent reports never overwrite each other. */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };
}
