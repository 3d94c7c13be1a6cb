// The portal's flows as data: which flow a target goes through, in what order flows run, and the
// steps of each flow (PORTALS.md §2). Unassign flows run first, so the seats they free are there
// before any assignment takes one. A reassignment goes through both: its `from` user in an
// unassign batch, then its own target in an assign batch.
import type { FlowKind, RunTarget, StepName, TargetRecord } from './types';

/** Flows run one after another; each flow's targets go in their own batches. */
export const FLOW_ORDER: readonly FlowKind[] = ['unassignUsers', 'unassignGroups', 'assignUsers', 'assignGroups'];

export const FLOW_STEPS: Record<FlowKind, readonly StepName[]> = {
  unassignUsers: ['openProductPage', 'tick', 'openUnassignDialog', 'confirm', 'readOutcome', 'verify'],
  unassignGroups: [
    'openProductPage',
    'openGroupsTab',
    'tick',
    'openUnassignDialog',
    'confirm',
    'readOutcome',
    'verify',
  ],
  assignUsers: ['openProductPage', 'openAssignPane', 'pick', 'submit', 'readOutcome', 'closePane', 'verify'],
  assignGroups: [
    'openProductPage',
    'openGroupsTab',
    'openAssignPane',
    'pick',
    'submit',
    'readOutcome',
    'closePane',
    'verify',
  ],
};

/**
 * Every step; the store encodes step marks in this order, so new steps are only ever appended
 * (runs saved before keep decoding).
 */
export const ALL_STEPS: readonly StepName[] = [...FLOW_STEPS.assignGroups, 'tick', 'openUnassignDialog', 'confirm'];

/** Steps that move the page somewhere; `controlFound` completes them. */
export const NAVIGATION_STEPS: ReadonlySet<StepName> = new Set<StepName>([
  'openProductPage',
  'openGroupsTab',
  'openAssignPane',
  'openUnassignDialog',
]);

/** The portal accepts at most 20 users or groups per Assign (and per Unassign). */
export const PORTAL_BATCH_LIMIT = 20;

export function isUnassignFlow(flow: FlowKind): boolean {
  return flow === 'unassignUsers' || flow === 'unassignGroups';
}

/** The step that puts targets into the submission: picking in the assign pane, ticking list rows. */
export function selectStep(flow: FlowKind): 'pick' | 'tick' {
  return isUnassignFlow(flow) ? 'tick' : 'pick';
}

/** The click recorded (`submitting`) before it lands: Assign in the pane, Unassign in the dialog. */
export function submitStep(flow: FlowKind): 'submit' | 'confirm' {
  return isUnassignFlow(flow) ? 'confirm' : 'submit';
}

/** The step that opens where the submission is made: the assign pane, the unassign dialog. */
export function openStep(flow: FlowKind): 'openAssignPane' | 'openUnassignDialog' {
  return isUnassignFlow(flow) ? 'openUnassignDialog' : 'openAssignPane';
}

/**
 * The flow a target goes through next; undefined for what a run does not handle (a reassignment
 * to a group, or without a `from`). `freed`: a reassignment whose `from` lost the license already.
 */
export function flowOf(target: RunTarget, freed = false): FlowKind | undefined {
  const group = target.kind === 'group';
  switch (target.action) {
    case 'assign':
      return group ? 'assignGroups' : 'assignUsers';
    case 'unassign':
      return group ? 'unassignGroups' : 'unassignUsers';
    case 'reassign':
      if (group || !target.from) return undefined;
      return freed ? 'assignUsers' : 'unassignUsers';
  }
}

export function flowOfRecord(r: TargetRecord): FlowKind | undefined {
  return flowOf(r.target, r.freedIn !== undefined);
}

/** Who the page works with for this record now: a reassignment's `from` user until it is freed. */
export function actingTarget(r: TargetRecord): RunTarget {
  const t = r.target;
  if (t.action !== 'reassign' || r.freedIn !== undefined || !t.from) return t;
  return { row: t.row, kind: 'user', id: t.from, key: t.from.toLowerCase(), action: 'unassign' };
}
