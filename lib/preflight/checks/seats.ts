// Enough free seats for everyone going into the run? Groups count by members where known.
// A run removes licenses before it assigns any, so the seats its removals free count too; the
// codes ...AfterRemovals say so when the verdict depends on them ($4 or $5: the seats freed).
// A shortfall says how many to buy and gives the purchase checklist, then a re-check.
import type { PreflightContext } from '../context';
import { purchaseSteps } from '../purchase-steps';
import type { CheckResult } from '../types';

export function checkSeats(ctx: PreflightContext): CheckResult {
  const name = ctx.product?.name ?? '';
  const needed = ctx.seatsNeeded;
  const unknownGroups = ctx.unknownSizeRows;
  const p = ctx.facts.product;
  const available =
    p?.available ??
    (p?.total !== undefined && p.assigned !== undefined ? Math.max(0, p.total - p.assigned) : undefined);

  if (available === undefined) {
    return { id: 'seats', status: 'warn', rows: [], code: 'seatsUnknown', params: [String(needed), name] };
  }
  const freed = ctx.seatsFreed;
  if (needed > available + freed) {
    const toBuy = needed - available - freed;
    const params = [String(needed), String(available), String(toBuy), name];
    return {
      id: 'seats',
      status: 'fail',
      rows: unknownGroups,
      ...(freed > 0
        ? { code: 'seatsShortAfterRemovals', params: [...params, String(freed)] }
        : { code: 'seatsShort', params }),
      steps: purchaseSteps(name, toBuy),
    };
  }
  const afterRemovals = needed > available;
  if (unknownGroups.length > 0) {
    return {
      id: 'seats',
      status: 'warn',
      rows: unknownGroups,
      code: 'groupSizeUnknown',
      params: [String(needed), String(available), name],
    };
  }
  if (afterRemovals) {
    return {
      id: 'seats',
      status: 'pass',
      rows: [],
      code: 'seatsEnoughAfterRemovals',
      params: [String(needed), String(available), name, String(freed)],
    };
  }
  return {
    id: 'seats',
    status: 'pass',
    rows: [],
    code: 'seatsEnough',
    params: [String(needed), String(available), name],
  };
}
