// Rows naming another product than the page's are left for a run on that product's page.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkProduct(ctx: PreflightContext): CheckResult {
  const name = ctx.product?.name ?? '';
  const rows = ctx.otherProductRows;
  if (rows.length > 0)
    return { id: 'product', status: 'warn', rows, code: 'otherProduct', params: [String(rows.length), name] };
  return { id: 'product', status: 'pass', rows: [], code: 'productMatches', params: [name] };
}
