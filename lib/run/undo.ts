// Undo planning: from a run's audit record (its own, or one imported after retention removed the
// run) to the targets of the run that reverses it. Only what the run changed is reversed, from what
// the page showed before: a license the target held directly before the run, or holds through a
// group, is never touched; a removal is given back; a reassignment's seat goes back to its `from`.
import { holderKey } from '../preflight/context';
import type { Target } from '../csv/types';
import type { AuditRecord, AuditTarget } from './audit-schema';

/** Why a row of the run is left as it is although the run may have changed something there. */
export type UndoLeftReason =
  /** The page showed the target holding the product directly before the run: nothing to take back. */
  | 'heldBefore'
  /** The run has no reading of the page before it acted: removing could take a license it did not give. */
  | 'beforeNotRead'
  /** The portal never answered the submission: whether it took effect is not known. */
  | 'outcomeUnknown';

export type UndoLeft = { row: number; id: string; reason: UndoLeftReason };
export type UndoPlan = { targets: Target[]; left: UndoLeft[] };

export function planUndo(record: AuditRecord): UndoPlan {
  const targets: Target[] = [];
  const left: UndoLeft[] = [];
  for (const t of record.targets) {
    const leave = (reason: UndoLeftReason) => left.push({ row: t.row, id: t.id, reason });
    switch (t.outcome) {
      case 'assigned': {
        const held = t.before?.held;
        if (held === 'direct') leave('heldBefore');
        else if (held === 'none' || held === 'group') targets.push(targetOf(t, 'unassign', t.id));
        else leave('beforeNotRead');
        break;
      }
      case 'unassigned':
        targets.push(targetOf(t, 'assign', t.id));
        break;
      case 'reassigned': {
        if (!t.from) break;
        const held = t.before?.held;
        if (held === 'none' || held === 'group') targets.push(targetOf(t, 'reassign', t.from, t.id));
        else {
          // The seat goes back to `from`; the target keeps what it held (or what cannot be told apart).
          targets.push(targetOf(t, 'assign', t.from));
          leave(held === 'direct' ? 'heldBefore' : 'beforeNotRead');
        }
        break;
      }
      case 'reassignPartial':
        if (t.from) targets.push(targetOf(t, 'assign', t.from));
        break;
      case 'failed':
        if (t.reason === 'unconfirmed') leave('outcomeUnknown');
        break;
    }
  }
  return { targets, left };
}

function targetOf(t: AuditTarget, action: Target['action'], id: string, from?: string): Target {
  // The `from` of a reassignment is always a user; the target keeps its own kind otherwise.
  const kind = id === t.id ? t.kind : 'user';
  const target: Target = { row: t.row, kind, id, key: holderKey(id), action };
  if (from !== undefined) target.from = from;
  if (kind === 'group' && t.memberCount !== undefined) target.memberCount = t.memberCount;
  return target;
}
