// The portal's flows as data: which flow a target goes through, in what order flows run, and the
// steps of each flow (PORTALS.md §2). Unassign and reassign flows are added here later.
import type { FlowKind, RunTarget, StepName } from './types';

/** Flows run one after another; each flow's targets go in their own batches. */
export const FLOW_ORDER: readonly FlowKind[] = ['assignUsers', 'assignGroups'];

export const FLOW_STEPS: Record<FlowKind, readonly StepName[]> = {
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

/** Every step in checklist order; the store encodes step marks in this order. */
export const ALL_STEPS: readonly StepName[] = FLOW_STEPS.assignGroups;

/** Steps that move the page somewhere; `controlFound` completes them. */
export const NAVIGATION_STEPS: ReadonlySet<StepName> = new Set<StepName>(['openProductPage', 'openGroupsTab', 'openAssignPane']);

/** The portal accepts at most 20 users or groups per Assign. */
export const PORTAL_BATCH_LIMIT = 20;

/** The flow a target goes through; undefined for actions this run does not handle yet. */
export function flowOf(target: RunTarget): FlowKind | undefined {
  if (target.action !== 'assign') return undefined;
  return target.kind === 'group' ? 'assignGroups' : 'assignUsers';
}
