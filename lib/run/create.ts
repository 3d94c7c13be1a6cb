// Builds a new run from the loaded targets. Targets the run cannot handle, and those pre-flight
// decided to leave out (already licensed, guests not confirmed...), start as skipped with the reason.
import type { Target } from '../csv/types';
import { chunkedOf } from './chunked';
import { FLOW_ORDER, flowOf, PORTAL_BATCH_LIMIT } from './flows';
import type { FlowKind, RunMode, RunState, RunTarget, SkipReason, TargetRecord } from './types';

export const TARGETS_PER_CHUNK = 500;
export const BATCHES_PER_CHUNK = 100;

export type CreateRunInput = {
  id: string;
  product: { skuId: string; name: string };
  mode: RunMode;
  /** Clamped to 1..20 (the portal's limit). */
  batchSize?: number;
  targets: readonly Target[];
  /** Rows pre-flight leaves out, with the reason code (e.g. 'alreadyHad'). */
  skips?: readonly { row: number; reason: SkipReason }[];
  now: number;
};

export function createRun(input: CreateRunInput): RunState {
  const skipByRow = new Map(input.skips?.map((s) => [s.row, s.reason]));
  const productSku = input.product.skuId.toLowerCase();
  const records = input.targets.map((t): TargetRecord => {
    const target = runTargetOf(t);
    const reason =
      skipByRow.get(t.row) ??
      (t.skuId && t.skuId.toLowerCase() !== productSku ? 'otherProduct' : undefined) ??
      (flowOf(target) ? undefined : 'actionNotSupported');
    const base: TargetRecord = { target, status: 'pending', batch: 0, at: input.now };
    return reason ? { ...base, status: 'skipped', skip: reason } : base;
  });
  return {
    v: 1,
    id: input.id,
    product: { skuId: input.product.skuId, name: input.product.name },
    mode: input.mode,
    batchSize: clampBatchSize(input.batchSize ?? PORTAL_BATCH_LIMIT),
    status: 'ready',
    createdAt: input.now,
    updatedAt: input.now,
    targets: chunkedOf(records, TARGETS_PER_CHUNK),
    batches: chunkedOf([], BATCHES_PER_CHUNK),
    cursor: Object.fromEntries(FLOW_ORDER.map((f) => [f, 0])) as Record<FlowKind, number>,
    submissions: 0,
  };
}

export function clampBatchSize(n: number): number {
  if (!Number.isFinite(n)) return PORTAL_BATCH_LIMIT;
  return Math.min(PORTAL_BATCH_LIMIT, Math.max(1, Math.floor(n)));
}

function runTargetOf(t: Target): RunTarget {
  const r: RunTarget = { row: t.row, kind: t.kind, id: t.id, key: t.key, action: t.action };
  if (t.from !== undefined) r.from = t.from;
  if (t.displayName !== undefined) r.displayName = t.displayName;
  if (t.memberCount !== undefined) r.memberCount = t.memberCount;
  return r;
}
