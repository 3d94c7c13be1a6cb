// Targets already holding the product — directly, through a group, or through a product that
// includes it (E5 and Premium Per User include Power BI Pro's plan) — as the product pages read or
// the loaded file's Licenses column show, are skipped with the reason and take no seat; so are
// removals of a license the user does not hold or holds through a group.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkAlreadyCovered(ctx: PreflightContext): CheckResult {
  const notes = [...ctx.covered.values()];
  const rows = notes.map((n) => n.row);
  if (notes.length === 0) {
    const known = ctx.facts.knownHolders !== undefined && ctx.product?.skuId !== undefined;
    return { id: 'alreadyCovered', status: 'pass', rows, code: known ? 'noneCovered' : 'holdersUnknown', params: [] };
  }
  let direct = 0;
  let group = 0;
  let bundle = 0;
  for (const n of notes) {
    if (n.code === 'alreadyHolds') direct++;
    else if (n.code === 'holdsThroughGroup') group++;
    else if (n.code === 'coveredBy') bundle++;
  }
  const params = [String(notes.length), String(direct), String(group), String(bundle)];
  return { id: 'alreadyCovered', status: 'warn', rows, code: 'someCovered', params, notes };
}
