// A plan as the popup and side panel show it: one line per batch with the seats before and after.
import type { DryRunView } from '../messages';
import type { RunPlan } from '../run';

export function dryRunView(plan: RunPlan): DryRunView {
  return {
    submissions: plan.submissions,
    skipped: plan.skipped.length,
    ...(plan.availableBefore !== undefined ? { availableBefore: plan.availableBefore } : {}),
    ...(plan.availableAfter !== undefined ? { availableAfter: plan.availableAfter } : {}),
    ...(plan.lowest !== undefined ? { lowest: plan.lowest } : {}),
    ...(plan.firstShortBatch !== undefined ? { firstShortBatch: plan.firstShortBatch } : {}),
    batches: plan.batches.map((b) => ({
      n: b.n,
      flow: b.flow,
      count: b.items.length,
      belowZero: b.belowZero,
      unknownSeats: b.unknownSeats,
      ...(b.availableBefore !== undefined ? { availableBefore: b.availableBefore } : {}),
      ...(b.availableAfter !== undefined ? { availableAfter: b.availableAfter } : {}),
    })),
  };
}
