// Which portal and which page a URL shows: pure predicates over URL, table-tested.
// Both portals route in the hash; whatever path or query precedes `#` is ignored, case too.
import type { PageKind, PortalId } from './types';

const ADMIN_CENTER_HOSTS = new Set(['admin.microsoft.com', 'admin.cloud.microsoft', 'portal.office.com']);
const AZURE_HOST = 'portal.azure.com';
const ENTRA_HOST = 'entra.microsoft.com';
const AZURE_FRAME_SUFFIXES = [
  '.reactblade.portal.azure.net',
  '.reactblade-ms.portal.azure.net',
  '.reactblade-rc.portal.azure.net',
  '.hosting.portal.azure.net',
];
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export function isAdminCenterHost(host: string): boolean {
  return ADMIN_CENTER_HOSTS.has(host.toLowerCase());
}

/** An iframe of the Azure portal (React views, extension blades); it carries no hash route. */
export function isAzureFrameHost(host: string): boolean {
  const h = host.toLowerCase();
  return AZURE_FRAME_SUFFIXES.some((suffix) => h.endsWith(suffix) && h.length > suffix.length);
}

/**
 * The portal of a URL, or undefined for other sites. A frame's own URL does not say whether
 * Entra or Azure holds it; `trustedAuthority` (the shell's origin, passed to portal frames) or
 * the referrer does, else it counts as the Azure portal.
 */
export function portalOfUrl(url: URL, referrer?: string): PortalId | undefined {
  const host = url.hostname.toLowerCase();
  if (isAdminCenterHost(host)) return 'admin-center';
  if (host === AZURE_HOST) return 'azure-portal';
  if (host === ENTRA_HOST) return 'entra';
  if (isAzureFrameHost(host)) {
    const authority = url.searchParams.get('trustedAuthority') ?? referrer ?? '';
    return hostOf(authority) === ENTRA_HOST ? 'entra' : 'azure-portal';
  }
  return undefined;
}

function hostOf(text: string): string {
  try {
    return new URL(text).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The hash route, decoded, without `#`, the query after it, a trailing slash, or an Azure `@tenant/`. */
export function hashRoute(url: URL): string {
  let hash = url.hash.replace(/^#/, '');
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // keep it as written
  }
  return hash
    .split('?')[0]!
    .replace(/^@[^/]*\//, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

const PRODUCT_ROUTE = new RegExp(`^licensedetailpage/(${GUID})(?:/|$)`);
const AZURE_LICENSES_ROUTE = /^(?:view|blade)\/microsoft_aad_iam\/licensesmenublade\/(?:~\/)?products(?:\/|$)/;
const AZURE_PRODUCT_ROUTE = new RegExp(
  `^(?:view|blade)/microsoft_aad_iam/licensedetailsmenublade/.*?skuid/(${GUID})(?:/|$)`,
);

/** Admin center: `#/licenses` (not its sub-pages such as `#/licenses/autoclaimpoliciespage`). */
export function isAdminCenterLicensesRoute(url: URL): boolean {
  return hashRoute(url) === 'licenses';
}

/** Admin center: the skuId of `#/licensedetailpage/<GUID>`, lower case; else undefined. */
export function adminCenterProductSkuId(url: URL): string | undefined {
  return PRODUCT_ROUTE.exec(hashRoute(url))?.[1];
}

/** Azure/Entra: Licenses > All products, in its `#view/…/~/Products` and older `#blade/…` forms. */
export function isAzureLicensesRoute(url: URL): boolean {
  return AZURE_LICENSES_ROUTE.test(hashRoute(url));
}

/** Azure/Entra: a product's license blade (`LicenseDetailsMenuBlade/…/skuId/<GUID>`) [inference]. */
export function azureProductSkuId(url: URL): string | undefined {
  return AZURE_PRODUCT_ROUTE.exec(hashRoute(url))?.[1];
}

export type Route = { portal: PortalId | undefined; page: PageKind; skuId?: string; frame: boolean };

/** Portal and page of a URL. Frames have no route: their page is read from their content. */
export function routeOf(url: URL, referrer?: string): Route {
  const portal = portalOfUrl(url, referrer);
  const frame = isAzureFrameHost(url.hostname);
  if (frame) return { portal, page: 'other', frame };
  // An unknown host (a local copy of a page) is tried against both portals' routes.
  const admin = portal === 'admin-center' || portal === undefined;
  const azure = portal !== 'admin-center';
  const skuId = (admin ? adminCenterProductSkuId(url) : undefined) ?? (azure ? azureProductSkuId(url) : undefined);
  if (skuId) return { portal, page: 'product', skuId, frame };
  const licenses = (admin && isAdminCenterLicensesRoute(url)) || (azure && isAzureLicensesRoute(url));
  return { portal, page: licenses ? 'licenses' : 'other', frame };
}

/** The admin center's page for one product: the deep link offered from Azure and Entra. */
export function adminCenterProductUrl(skuId: string, host = 'admin.microsoft.com'): string {
  const safeHost =
    isAdminCenterHost(host) && host.toLowerCase() !== 'portal.office.com' ? host.toLowerCase() : 'admin.microsoft.com';
  return `https://${safeHost}/Adminportal/Home#/licensedetailpage/${encodeURIComponent(skuId.trim().toLowerCase())}`;
}
