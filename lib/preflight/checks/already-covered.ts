// Targets the page shows as already holding the product, or a product that includes it (E5 and
// Premium Per User include Power BI Pro), are skipped with the reason; so are removals of a
// license the user does not hold or holds through a group.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkAlreadyCovered(ctx: PreflightContext): CheckResult {
  const notes = [...ctx.covered.values()];
  const rows = notes.map((n) => n.row);
  if (!ctx.facts.knownHolders || !ctx.product?.skuId) {
    return { id: 'alreadyCovered', status: 'pass', rows, code: 'holdersUnknown', params: [] };
  }
  if (notes.length === 0) return { id: 'alreadyCovered', status: 'pass', rows, code: 'noneCovered', params: [] };
  return { id: 'alreadyCovered', status: 'warn', rows, code: 'someCovered', params: [String(notes.length)], notes };
}
