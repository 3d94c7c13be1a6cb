// A license needs a usage location on the user. Rows that give none are flagged: the user must
// already have one in Microsoft 365, or the assignment fails. Groups fall back to the directory's.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkUsageLocation(ctx: PreflightContext): CheckResult {
  const rows = ctx.noLocationRows;
  if (rows.length === 0) return { id: 'usageLocation', status: 'pass', rows, code: 'usageLocationSet', params: [] };
  return { id: 'usageLocation', status: 'warn', rows, code: 'usageLocationMissing', params: [String(rows.length)] };
}
