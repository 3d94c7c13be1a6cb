// What an ended run came to, for the popup: counted from the run's report, so the popup and the
// exported report never disagree; seats left as the page shows them now.
import type { RunOutcomeView } from '../messages';
import type { ProductFacts } from '../preflight/types';
import { buildReport } from '../run';
import type { RunState } from '../run/types';

export function runOutcomeOf(state: RunState, product: ProductFacts | undefined): RunOutcomeView {
  const view: RunOutcomeView = {
    id: state.id,
    status: state.status === 'cancelled' ? 'cancelled' : 'done',
    product: state.product,
    assigned: 0,
    unassigned: 0,
    alreadyHeld: 0,
    failed: 0,
    skipped: 0,
  };
  for (const row of buildReport(state)) {
    if (row.outcome === 'assigned' || row.outcome === 'reassigned') view.assigned++;
    else if (row.outcome === 'unassigned') view.unassigned++;
    else if (row.outcome === 'alreadyHeld') view.alreadyHeld++;
    else if (row.outcome === 'failed' || row.outcome === 'notFound' || row.outcome === 'reassignPartial') view.failed++;
    else view.skipped++; // skipped, or left pending by a cancel
  }
  const sameProduct = product?.skuId?.toLowerCase() === state.product.skuId.toLowerCase();
  const left =
    product?.available ??
    (product?.total !== undefined && product.assigned !== undefined ? product.total - product.assigned : undefined);
  if (sameProduct && left !== undefined) view.seatsLeft = left;
  return view;
}
