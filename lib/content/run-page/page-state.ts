// Pure reads of what the admin center shows right now, for the executor's wait conditions.
import { readAdminCenterReport } from '../../portals/admin-center/page-report';
import { findControl, mainRegion } from '../../portals/admin-center/controls';
import { isFound } from '../../portals/lookup';
import { adminCenterProductSkuId } from '../../portals/routes';
import { errorBarsIn, hasSignInForm } from '../../portals/admin-center/page-parts';
import { textSegments } from '../../portals/text';

export { errorBarsIn, isFreshPane, paneKind, successBarsIn } from '../../portals/admin-center/page-parts';

const SIGN_IN_HOSTS = ['login.microsoftonline.com', 'login.live.com', 'login.microsoft.com'];

function isSignInHost(host: string): boolean {
  const h = host.toLowerCase();
  return SIGN_IN_HOSTS.some((s) => h === s || h.endsWith(`.${s}`));
}

/** A sign-in page: the identity hosts, or a sign-in form inside the portal's page. */
export function isSignInPage(doc: Document, url: URL): boolean {
  if (isSignInHost(url.hostname)) return true;
  return hasSignInForm(doc);
}

/** The page was reached from a sign-in page (the portal sent the admin to sign in and back). */
export function cameFromSignIn(doc: Document): boolean {
  try {
    return doc.referrer !== '' && isSignInHost(new URL(doc.referrer).hostname);
  } catch {
    return false;
  }
}

export function isProductRoute(url: URL, skuId: string): boolean {
  return adminCenterProductSkuId(url) === skuId.toLowerCase();
}

/** The product page of `skuId` has rendered its title and command bar. */
export function productPageReady(doc: Document, url: URL, skuId: string): boolean {
  return (
    isProductRoute(url, skuId) &&
    isFound(findControl(doc, 'productTitle')) &&
    isFound(findControl(doc, 'assignLicensesButton'))
  );
}

export type ListTab = 'users' | 'groups';

export function isTabSelected(doc: Document, tab: ListTab): boolean {
  const found = findControl(doc, tab === 'users' ? 'usersTab' : 'groupsTab');
  return isFound(found) && found.element.getAttribute('aria-selected') === 'true';
}

export function paneOf(doc: Document): Element | undefined {
  const pane = findControl(doc, 'assignPane');
  return isFound(pane) ? pane.element : undefined;
}

/** An error the main page shows (outside panes), in the portal's words. */
export function pageErrorText(doc: Document): string | undefined {
  const main = mainRegion(doc);
  const bar = main ? errorBarsIn(main)[0] : undefined;
  return bar ? textSegments(bar).join(' ') : undefined;
}

/** The assigned-seat count the product page shows, if it shows one. */
export function readAssignedCount(doc: Document, url: URL): number | undefined {
  return readAdminCenterReport(doc, url).product?.assigned;
}

export function isEnabled(element: Element): boolean {
  return !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true';
}
