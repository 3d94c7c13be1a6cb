// Where the admin is: assigning happens on a product page of the Microsoft 365 admin center.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkPage(ctx: PreflightContext): CheckResult {
  const { facts } = ctx;
  const portal = facts.portal ?? '';
  const base = { id: 'page' as const, rows: [] };
  if (facts.pageKind === 'other') return { ...base, status: 'fail', code: 'offLicensePage', params: [portal] };
  // Azure and Entra blades still show counts but no longer assign (since September 2024). On the
  // admin center a control not found never blocks: the run asks the admin to show it.
  if (facts.canAssignHere === false && portal !== 'admin-center')
    return { ...base, status: 'fail', code: 'assignNotHere', params: [portal] };
  if (facts.pageKind === 'licenses') {
    return facts.product
      ? { ...base, status: 'pass', code: 'onLicensesPage', params: [facts.product.name] }
      : { ...base, status: 'warn', code: 'chooseProduct', params: [] };
  }
  return { ...base, status: 'pass', code: 'onProductPage', params: [facts.product?.name ?? ''] };
}
