// Group-based licensing needs Microsoft Entra ID P1 (or a bundle that includes it, such as
// Microsoft 365 Business Premium or Office 365 E3) for every member; nested groups are not expanded.
import { productsWithPlan } from '../../catalog';
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

const ENTRA_ID_P1_PLAN = 'AAD_PREMIUM';

export function checkGroups(ctx: PreflightContext): CheckResult {
  const rows = ctx.groupRows;
  const params = [String(rows.length)];
  if (rows.length === 0) return { id: 'groups', status: 'pass', rows, code: 'noGroups', params };
  if (ctx.facts.tenantHasGroupLicensing === false) {
    return { id: 'groups', status: 'fail', rows, code: 'groupLicensingUnavailable', params };
  }
  if (ctx.facts.tenantHasGroupLicensing === true) {
    return { id: 'groups', status: 'warn', rows, code: 'nestedGroupsNotExpanded', params };
  }
  const qualifying = productsWithPlan(ctx.catalog, ENTRA_ID_P1_PLAN).length;
  return { id: 'groups', status: 'warn', rows, code: 'groupLicensingNeedsP1', params: [...params, String(qualifying)] };
}
