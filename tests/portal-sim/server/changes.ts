// Assign and unassign submissions: all picked targets at once, seats never below zero.
// Returns the result the client shows plus the entry for the submission log.
import type { Faults } from '../scenarios/schema.ts';
import type { ChangeRequest, ChangeResult, ErrorCode, TargetError } from '../shared/types.ts';
import { holdersOf, key, productSummary, type Tenant } from './tenant.ts';

export const MAX_TARGETS = 20;

export type Submission = ChangeRequest & {
  id: number;
  kind: 'assign' | 'unassign';
  at: string;
  outcome: ChangeResult['outcome'];
  applied: string[];
  errors: TargetError[];
  code?: ErrorCode;
};

function nameOf(t: Tenant, req: ChangeRequest, target: string): string {
  if (req.targetType === 'group') return t.groups.get(target)?.name ?? target;
  return t.users.get(key(target))?.displayName ?? target;
}

function result(
  t: Tenant,
  req: ChangeRequest,
  applied: string[],
  errors: TargetError[],
  code?: ErrorCode,
): ChangeResult {
  const product = productSummary(t, req.skuId);
  if (!product) throw new Error(`unknown product ${req.skuId}`);
  const outcome = code || applied.length === 0 ? 'failed' : errors.length > 0 ? 'partial' : 'success';
  return { outcome, applied: code ? [] : applied, errors, ...(code ? { code } : {}), product };
}

/** Per-target problems a real portal reports for users (groups fall back to the directory's location). */
function userProblem(t: Tenant, faults: Faults, upn: string): ErrorCode | undefined {
  const user = t.users.get(key(upn));
  if (!user) return 'notFound';
  if (faults.conflictingPlans.some((u) => key(u) === key(upn))) return 'conflictingPlans';
  if (faults.usageLocationMissing && user.usageLocation === null) return 'usageLocation';
  return undefined;
}

export function assign(t: Tenant, faults: Faults, req: ChangeRequest): ChangeResult {
  const targets = [...new Set(req.targets)];
  if (targets.length > MAX_TARGETS) return result(t, req, [], [], 'tooMany');
  const errors: TargetError[] = [];
  const ok: string[] = [];
  for (const target of targets) {
    const code =
      req.targetType === 'user' ? userProblem(t, faults, target) : t.groups.has(target) ? undefined : 'notFound';
    if (code) errors.push({ target, name: nameOf(t, req, target), code });
    else ok.push(target);
  }
  // Seats needed: unique people who do not hold the product yet.
  const holders = holdersOf(t, req.skuId);
  const newcomers = new Set<string>();
  for (const target of ok) {
    const people = req.targetType === 'user' ? [key(target)] : (t.groups.get(target)?.members ?? []);
    for (const upn of people) if (!holders.has(upn)) newcomers.add(upn);
  }
  const available = productSummary(t, req.skuId)?.available ?? 0;
  if (
    req.targetType === 'user' &&
    faults.partialWhenShort &&
    !faults.notEnoughLicenses &&
    newcomers.size > available &&
    available > 0
  )
    return assignUntilShort(t, req, ok, errors, holders, available);
  if (faults.notEnoughLicenses || newcomers.size > available) return result(t, req, [], errors, 'outOfLicenses');
  const bucket = req.targetType === 'user' ? t.direct.get(req.skuId) : t.groupAssignments.get(req.skuId);
  for (const target of ok) bucket?.add(req.targetType === 'user' ? key(target) : target);
  return result(t, req, ok, errors);
}

/** Users in order until the seats run out; the rest get no license and one warning names nobody. */
function assignUntilShort(
  t: Tenant,
  req: ChangeRequest,
  ok: string[],
  errors: TargetError[],
  holders: Map<string, unknown>,
  available: number,
): ChangeResult {
  const applied: string[] = [];
  let left = available;
  for (const target of ok) {
    const isNew = !holders.has(key(target));
    if (isNew && left === 0) {
      errors.push({ target, name: nameOf(t, req, target), code: 'outOfLicenses' });
      continue;
    }
    if (isNew) left--;
    t.direct.get(req.skuId)?.add(key(target));
    applied.push(target);
  }
  return { ...result(t, req, applied, errors), warning: 'outOfLicenses' };
}

export function unassign(t: Tenant, req: ChangeRequest): ChangeResult {
  const targets = [...new Set(req.targets)];
  const errors: TargetError[] = [];
  const ok: string[] = [];
  const holders = holdersOf(t, req.skuId);
  for (const target of targets) {
    if (req.targetType === 'group') {
      if (t.groupAssignments.get(req.skuId)?.delete(target)) ok.push(target);
      else errors.push({ target, name: nameOf(t, req, target), code: 'notFound' });
      continue;
    }
    const holding = holders.get(key(target));
    if (holding?.direct) {
      t.direct.get(req.skuId)?.delete(key(target));
      ok.push(target);
    } else {
      const code = holding ? 'inheritedFromGroup' : 'notFound';
      errors.push({ target, name: nameOf(t, req, target), code });
    }
  }
  return result(t, req, ok, errors);
}
