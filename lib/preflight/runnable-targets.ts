// Which targets go into the run, which wait (guests until confirmed) and which are skipped, each
// with the reason; and which failed checks stop the run as a whole until they are resolved.
import type { Target } from '../csv/types';
import type { CheckId, CheckResult, PreflightSettings } from './types';

export type TargetDecision = { target: Target; code: string; params: string[] };
export type RunnableTargets = {
  run: Target[];
  held: TargetDecision[];
  skipped: TargetDecision[];
  blockedBy: CheckId[];
};

/** Checks whose failure concerns the whole run, not some rows. */
const RUN_WIDE: ReadonlySet<CheckId> = new Set(['page', 'seats']);

export function runnableTargets(
  targets: Target[],
  results: CheckResult[],
  settings: PreflightSettings,
): RunnableTargets {
  const skip = new Map<number, { code: string; params: string[] }>();
  const hold = new Map<number, { code: string; params: string[] }>();
  const byId = new Map(results.map((r) => [r.id, r]));

  const productName = byId.get('product')?.params[1] ?? '';
  for (const row of byId.get('product')?.rows ?? [])
    skip.set(row, { code: 'targetOtherProduct', params: [productName] });
  for (const note of byId.get('alreadyCovered')?.notes ?? []) {
    if (!skip.has(note.row)) skip.set(note.row, { code: note.code, params: note.params });
  }
  const groups = byId.get('groups');
  if (groups?.status === 'fail') {
    for (const row of groups.rows)
      if (!skip.has(row)) skip.set(row, { code: 'targetGroupLicensingUnavailable', params: [] });
  }
  for (const row of byId.get('guests')?.rows ?? []) {
    if (skip.has(row)) continue;
    if (settings.excludeGuestsAlways) skip.set(row, { code: 'targetGuestExcluded', params: [] });
    else if (!settings.guestsConfirmed) hold.set(row, { code: 'targetGuestHeld', params: [] });
  }

  const blockedBy = results.filter((r) => r.status === 'fail' && RUN_WIDE.has(r.id)).map((r) => r.id);
  if (skip.size === 0 && hold.size === 0) return { run: targets.slice(), held: [], skipped: [], blockedBy };
  const out: RunnableTargets = { run: [], held: [], skipped: [], blockedBy };
  for (const target of targets) {
    const s = skip.get(target.row);
    const h = hold.get(target.row);
    if (s) out.skipped.push({ target, ...s });
    else if (h) out.held.push({ target, ...h });
    else out.run.push(target);
  }
  return out;
}
