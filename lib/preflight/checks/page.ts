// Where the admin is: assigning happens on a product page of the Microsoft 365 admin center. On the
// admin center itself the check never sends the admin to the admin center, and a control the page
// model could not find never blocks the run: the admin can go on and click it by hand.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkPage(ctx: PreflightContext): CheckResult {
  const { facts } = ctx;
  const portal = facts.portal ?? '';
  const inAdminCenter = portal === 'admin-center';
  const base = { id: 'page' as const, rows: [] };
  if (facts.pageKind === 'other')
    return { ...base, status: 'fail', code: inAdminCenter ? 'offLicensePageHere' : 'offLicensePage', params: [portal] };
  // Azure and Entra blades still show counts but no longer assign (since September 2024).
  if (facts.canAssignHere === false && !inAdminCenter)
    return { ...base, status: 'fail', code: 'assignNotHere', params: [portal] };
  if (facts.pageKind === 'licenses') {
    return facts.product
      ? { ...base, status: 'pass', code: 'onLicensesPage', params: [facts.product.name] }
      : { ...base, status: 'warn', code: 'chooseProduct', params: [] };
  }
  if (inAdminCenter && facts.assignControlFound === false)
    return { ...base, status: 'warn', code: 'assignButtonNotFound', params: [facts.product?.name ?? ''] };
  return { ...base, status: 'pass', code: 'onProductPage', params: [facts.product?.name ?? ''] };
}
