// Who can assign: License, User or Global Administrator. Group Administrators no longer can in the
// admin center. A product page without the assign control usually means the role is missing.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkRole(ctx: PreflightContext): CheckResult {
  const { facts } = ctx;
  const base = { id: 'role' as const, rows: [], params: [] };
  if (facts.assignControlFound === true) return { ...base, status: 'pass', code: 'canAssign' };
  const assignsHere = facts.portal === 'admin-center' || facts.canAssignHere !== false;
  if (facts.assignControlFound === false && facts.pageKind === 'product' && assignsHere) {
    return { ...base, status: 'warn', code: 'assignControlMissing' };
  }
  return { ...base, status: 'pass', code: 'rolesNeeded' };
}
