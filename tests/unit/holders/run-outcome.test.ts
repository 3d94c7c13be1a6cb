import { describe, expect, it } from 'vitest';
import { createRun, reduce } from '../../../lib/run';
import { runOutcomeOf } from '../../../lib/worker/run-outcome';
import type { Target } from '../../../lib/csv';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const user = (row: number): Target => ({
  row,
  kind: 'user',
  id: `u${row}@contoso.com`,
  key: `u${row}@contoso.com`,
  action: 'assign',
});

describe('the popup view of an ended run', () => {
  it('counts already held, skipped and the rest from the report, with the seats the page shows', () => {
    let s = createRun({
      id: 'r',
      product: { skuId: PRO, name: 'Power BI Pro' },
      mode: 'autopilot',
      targets: [user(2), user(3), user(4), user(5)],
      skips: [
        { row: 2, reason: 'alreadyHolds' },
        { row: 3, reason: 'coveredBy' },
        { row: 4, reason: 'targetGuestExcluded' },
      ],
      now: 0,
    });
    s = reduce(s, { type: 'started', at: 1 }).state;
    s = reduce(s, { type: 'cancelled', at: 2 }).state;
    expect(runOutcomeOf(s, { name: 'Power BI Pro', skuId: PRO, available: 7 })).toEqual({
      id: 'r',
      status: 'cancelled',
      product: { skuId: PRO, name: 'Power BI Pro' },
      assigned: 0,
      unassigned: 0,
      alreadyHeld: 2,
      failed: 0,
      skipped: 2,
      seatsLeft: 7,
    });
    expect(runOutcomeOf(s, { name: 'Visio', skuId: 'other' }).seatsLeft).toBeUndefined();
  });
});
