// One page report from what a portal's page model read (shared by the readers of both portals).
import type { PageKind, PageReport, PortalId, ProductSeats } from './types';

export type PortalRead = {
  page: PageKind;
  pane: 'assign' | null;
  products: ProductSeats[];
  product?: ProductSeats;
  canAssignHere: boolean;
  missing: string[];
};

/** `<html lang>` as written; 'und' (undetermined) when the page sets none. */
export function pageLocale(doc: Document): string {
  return doc.documentElement?.getAttribute('lang')?.trim() || 'und';
}

export function assembleReport(portal: PortalId, read: PortalRead, locale: string, url: URL, now: Date): PageReport {
  return {
    portal,
    page: read.page,
    pane: read.pane,
    locale,
    url: url.href,
    products: read.products,
    ...(read.product ? { product: read.product } : {}),
    canAssignHere: read.canAssignHere,
    missing: read.missing,
    at: now.toISOString(),
  };
}
