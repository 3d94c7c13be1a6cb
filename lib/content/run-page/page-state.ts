// Pure reads of what the admin center shows right now, for the executor's wait conditions.
import { readPageReport } from '../../portals';
import { findControl, mainRegion } from '../../portals/admin-center/controls';
import { adminCenterLabels } from '../../portals/admin-center/labels';
import { isFound } from '../../portals/lookup';
import { adminCenterProductSkuId } from '../../portals/routes';
import { hasLabel, textSegments } from '../../portals/text';

const SIGN_IN_HOSTS = ['login.microsoftonline.com', 'login.live.com', 'login.microsoft.com'];

function isSignInHost(host: string): boolean {
  const h = host.toLowerCase();
  return SIGN_IN_HOSTS.some((s) => h === s || h.endsWith(`.${s}`));
}

/** A sign-in page: the identity hosts, or a sign-in form inside the portal's page. */
export function isSignInPage(doc: Document, url: URL): boolean {
  if (isSignInHost(url.hostname)) return true;
  return doc.querySelector('input[type=password], input[name=loginfmt], input[name=passwd]') !== null;
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

const PANE_HEADING = '[role=heading], h1, h2, .ms-Panel-headerText';

/** Which targets the open pane assigns to, from its heading. */
export function paneKind(pane: Element): ListTab | undefined {
  const headings = [pane, ...pane.querySelectorAll(PANE_HEADING)];
  if (headings.some((h) => hasLabel(h, adminCenterLabels.set('assignPaneUsers')))) return 'users';
  if (headings.some((h) => hasLabel(h, adminCenterLabels.set('assignPaneGroups')))) return 'groups';
  return undefined;
}

const ERROR_BAR = '.ms-MessageBar--error, .ms-MessageBar--blocked, .ms-MessageBar--severeWarning';
const SUCCESS_BAR = '.ms-MessageBar--success';

export function errorBarsIn(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll(ERROR_BAR)).filter((e) => textSegments(e).length > 0);
}

const WARNING_BAR = '.ms-MessageBar--warning';

export function warningBarsIn(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll(WARNING_BAR)).filter((e) => textSegments(e).length > 0);
}

export function successBarsIn(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll(SUCCESS_BAR)).filter((e) => textSegments(e).length > 0);
}

/** An error the main page shows (outside panes), in the portal's words. */
export function pageErrorText(doc: Document): string | undefined {
  const main = mainRegion(doc);
  const bar = main ? errorBarsIn(main)[0] : undefined;
  return bar ? textSegments(bar).join(' ') : undefined;
}

/** The pane still has its picker, nothing picked and no outcome: a fresh pane to work in. */
export function isFreshPane(pane: Element): boolean {
  return (
    pane.querySelector('[data-selection-index]') === null &&
    errorBarsIn(pane).length === 0 &&
    successBarsIn(pane).length === 0 &&
    pane.querySelector('input[role=combobox], input.ms-BasePicker-input') !== null
  );
}

/** The assigned-seat count the product page shows, if it shows one. */
export function readAssignedCount(doc: Document, url: URL): number | undefined {
  return readPageReport(doc, url).product?.assigned;
}

export function isEnabled(element: Element): boolean {
  return !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true';
}
