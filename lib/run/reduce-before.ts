// Before-state: what the product page showed for a target before the run acted on it. The first
// reading counts (a later one would see the run's own change). A reassignment's `from` is read in
// its unassign batch, its own target in its assign batch. Recorded for undo and the audit record.
import { currentBatch, setTargets, targetAt } from './state-ops';
import type { EventOf, HeldBefore, RejectCode, RunState, TargetRecord } from './types';

/** Records a reading for whoever the record's batch works on now; undefined when one was recorded already. */
export function withBefore(rec: TargetRecord, before: HeldBefore): TargetRecord | undefined {
  const onFrom = rec.target.action === 'reassign' && rec.freedIn === undefined;
  if (onFrom) return rec.fromBefore ? undefined : { ...rec, fromBefore: before };
  return rec.before ? undefined : { ...rec, before };
}

/** The page's reading of the open batch's members, before anything was picked or ticked. */
export function onBeforeRead(s: RunState, e: EventOf<'beforeRead'>): RunState | RejectCode {
  const b = currentBatch(s);
  if (!b) return 'noBatch';
  if (b.n !== e.batch) return 'wrongBatch';
  const updates = new Map<number, TargetRecord>();
  for (const { target, before } of e.results) {
    const rec = targetAt(s, target);
    if (!rec) return 'unknownTarget';
    if (rec.batch !== b.n) return 'targetNotInBatch';
    const next = withBefore(rec, before);
    if (next) updates.set(target, next);
  }
  return updates.size > 0 ? setTargets(s, updates) : s;
}
