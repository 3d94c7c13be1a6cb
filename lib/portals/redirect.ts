// Simplified view [3P]: tenants in it send hash deep links to hidden pages back to home. The page
// load's navigation entry keeps the URL as it was asked for (performance.getEntriesByType
// ('navigation')[0].name), so comparing it with the URL now tells a deep link that did not stick.
import { routeOf } from './routes';

/** A load that asked for the admin center's Licenses or a product page but shows another page. */
export function licenseRouteDidNotStick(requested: URL, current: URL): boolean {
  const asked = routeOf(requested);
  const shown = routeOf(current);
  return (
    asked.portal === 'admin-center' &&
    asked.page !== 'other' &&
    shown.portal === 'admin-center' &&
    shown.page === 'other'
  );
}
