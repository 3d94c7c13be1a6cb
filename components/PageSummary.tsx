import { missingWordsKey } from '../lib/portals/missing-words';
import { adminCenterProductUrl } from '../lib/portals/routes';
import type { PageReport } from '../lib/portals/types';
import { formatNumber, formatTime, t, type MessageKey } from './i18n';
import { SeatCounts } from './SeatCounts';

const PORTAL_NAMES: Record<PageReport['portal'], MessageKey> = {
  'admin-center': 'portalAdminCenter',
  'azure-portal': 'portalAzure',
  entra: 'portalEntra',
};
const PAGE_NAMES: Record<PageReport['page'], MessageKey> = {
  licenses: 'pageLicenses',
  product: 'pageProduct',
  other: 'pageOther',
};

export const ADMIN_CENTER_LICENSES_URL = 'https://admin.microsoft.com/Adminportal/Home#/licenses';

/** A page report's missing names as an admin says them, each once, in the UI's language. */
export function missingInWords(missing: readonly string[]): string {
  return [...new Set(missing.map((name) => t(missingWordsKey(name))))].join(', ');
}

/** What the content script read from the tab: portal, page, product and seats. */
export function PageSummary({ report }: { report: PageReport }) {
  const readOnly = report.portal !== 'admin-center' && !report.canAssignHere;
  // One product on the page (a product blade, or All products listing one): that product's page in
  // the admin center. Several: the admin center's equivalent of All products, the Licenses page.
  const linkSku = report.product?.skuId ?? (report.products.length === 1 ? report.products[0]?.skuId : undefined);
  return (
    <section class="stack" aria-labelledby="page-heading" data-testid="page-summary">
      <div>
        <h2 id="page-heading" data-testid="portal">
          {t(PORTAL_NAMES[report.portal])}
        </h2>
        <div class="row muted">
          <span data-testid="page-kind" data-page={report.page}>
            {t(PAGE_NAMES[report.page])}
          </span>
          {report.pane === 'assign' && <span data-testid="pane">· {t('paneAssignOpen')}</span>}
          <span>· {t('detectedAt', formatTime(report.at))}</span>
        </div>
      </div>
      {report.product && (
        <div class="card" data-testid="product">
          <h2 data-testid="product-name">{report.product.name}</h2>
          <SeatCounts seats={report.product} />
        </div>
      )}
      {report.products.length > 0 && !report.product && (
        <table data-testid="products">
          <thead>
            <tr>
              <th scope="col">{t('productColumn')}</th>
              <th scope="col" class="num">
                {t('seatsAvailable')}
              </th>
              <th scope="col" class="num">
                {t('seatsAssigned')}
              </th>
              <th scope="col" class="num">
                {t('seatsTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.products.map((p) => (
              <tr key={p.skuId ?? p.name} data-sku={p.skuId ?? ''}>
                <td>{p.name}</td>
                <td class="num">{p.available === undefined ? '–' : formatNumber(p.available)}</td>
                <td class="num">{p.assigned === undefined ? '–' : formatNumber(p.assigned)}</td>
                <td class="num">{p.total === undefined ? '–' : formatNumber(p.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.portal === 'admin-center' && report.page === 'other' && (
        <div class="notice" role="note" data-testid="off-license-page">
          <p>{t('offLicensePageHint')}</p>
          <a
            class="button primary"
            href={`${new URL(report.url).origin}/Adminportal/Home#/licenses`}
            target="_blank"
            rel="noreferrer"
          >
            {t('openLicensesPage')}
          </a>
        </div>
      )}
      {readOnly && (
        <div class="notice" role="note" data-testid="read-only">
          <p>{t('readOnlyPortal')}</p>
          <a
            class="button primary"
            target="_blank"
            rel="noreferrer"
            href={linkSku ? adminCenterProductUrl(linkSku) : ADMIN_CENTER_LICENSES_URL}
          >
            {t('openInAdminCenter')}
          </a>
        </div>
      )}
      {report.missing.length > 0 && (
        <p class="notice fail" data-testid="missing">
          {t('missingControls', missingInWords(report.missing))}
        </p>
      )}
    </section>
  );
}
