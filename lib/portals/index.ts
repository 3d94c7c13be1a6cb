// The page report: which portal and page a document shows, its products and seat counts, and the
// controls the page model expected but could not find. Works on any frame's document.
import { readAdminCenterPage } from './admin-center/report';
import { assembleReport, pageLocale } from './assemble';
import { readAzurePage } from './azure/report';
import { SHELL_MARKS } from './azure/selectors';
import { routeOf } from './routes';
import type { PageReport, PortalId } from './types';

export type { PageReport, ProductSeats, PortalId, PageKind } from './types';
export { pageLocale } from './assemble';

/** A page on a host the routes do not know (a saved copy): the Azure shell's marks, else the admin center. */
function portalByStructure(doc: Document): PortalId {
  return doc.querySelector(SHELL_MARKS) ? 'azure-portal' : 'admin-center';
}

export function readPageReport(doc: Document, url: URL, now: Date = new Date()): PageReport {
  const route = routeOf(url, doc.referrer || undefined);
  const portal = route.portal ?? portalByStructure(doc);
  const locale = pageLocale(doc);
  const read =
    portal === 'admin-center'
      ? readAdminCenterPage(doc, route, locale)
      : { ...readAzurePage(doc, route, locale), pane: null };
  return assembleReport(portal, read, locale, url, now);
}
