// The page report of an admin center page, for the admin center's own content script (which
// needs no Azure page model: it runs on the admin center's hosts only).
import { assembleReport, pageLocale } from '../assemble';
import { routeOf } from '../routes';
import type { PageReport } from '../types';
import { readAdminCenterPage } from './report';

export function readAdminCenterReport(doc: Document, url: URL, now: Date = new Date()): PageReport {
  const locale = pageLocale(doc);
  const read = readAdminCenterPage(doc, routeOf(url, doc.referrer || undefined), locale);
  return assembleReport('admin-center', read, locale, url, now);
}
