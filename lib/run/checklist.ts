// One target's checklist, as the side panel shows it: the steps of its flow, each with status, time
// and the portal's words. Page steps come from the target's batch; pick (tick), submit (confirm),
// outcome and verify from the target itself (a batch can succeed while one of its targets fails).
// A reassignment is one item: the steps removing its `from` user's license (`part: 'unassign'`),
// then those giving the license to its own target (`part: 'assign'`).
import { FLOW_STEPS, flowOf, selectStep, submitStep } from './flows';
import { batchAt, targetAt } from './state-ops';
import type { Batch, FlowKind, RunState, StepMark, StepName, StepStatus, TargetRecord } from './types';

export type ChecklistItem = {
  step: StepName;
  status: StepStatus;
  at?: number;
  text?: string;
  control?: string;
  /** Reassignments only: which half of the move the step belongs to. */
  part?: 'unassign' | 'assign';
};

export function checklistOf(s: RunState, index: number): ChecklistItem[] {
  const r = targetAt(s, index);
  if (!r) return [];
  const flow = flowOf(r.target);
  if (!flow) return [];
  if (r.target.action === 'reassign') return reassignChecklist(s, r);
  const b = r.batch && r.status !== 'pending' ? batchAt(s, r.batch) : undefined;
  return FLOW_STEPS[flow].map((step) => itemFor(step, flow, r, b));
}

function reassignChecklist(s: RunState, r: TargetRecord): ChecklistItem[] {
  let unassign: ChecklistItem[];
  let assign: ChecklistItem[];
  if (r.freedIn === undefined) {
    const b = r.batch && r.status !== 'pending' ? batchAt(s, r.batch) : undefined;
    unassign = FLOW_STEPS.unassignUsers.map((step) => itemFor(step, 'unassignUsers', r, b));
    // Left out or failed while removing: the assignment never starts.
    const ended = r.status === 'failed' || r.status === 'skipped';
    assign = FLOW_STEPS.assignUsers.map((step): ChecklistItem =>
      ended ? { step, status: 'skipped', at: r.at } : { step, status: 'pending' },
    );
  } else {
    unassign = freedSteps(batchAt(s, r.freedIn));
    const b = r.batch !== r.freedIn && r.status !== 'pending' ? batchAt(s, r.batch) : undefined;
    assign = FLOW_STEPS.assignUsers.map((step) => itemFor(step, 'assignUsers', r, b));
  }
  return [
    ...unassign.map((i) => ({ ...i, part: 'unassign' as const })),
    ...assign.map((i) => ({ ...i, part: 'assign' as const })),
  ];
}

/** The removal went through: every step behind it, at the time its batch did it. */
function freedSteps(b: Batch | undefined): ChecklistItem[] {
  return FLOW_STEPS.unassignUsers.map((step): ChecklistItem => {
    const mark = b?.steps[step];
    // A step the batch failed for another member went through for this one; a reconciled batch skipped reading the outcome.
    return { step, status: mark?.status === 'skipped' ? 'skipped' : 'done', at: mark?.at ?? b?.startedAt ?? 0 };
  });
}

function fromMark(step: StepName, mark: StepMark | undefined): ChecklistItem {
  return mark ? { step, ...mark } : { step, status: 'pending' };
}

const AFTER_SUBMIT = new Set<TargetRecord['status']>(['submitted', 'assigned', 'done']);

function itemFor(step: StepName, flow: FlowKind, r: TargetRecord, b: Batch | undefined): ChecklistItem {
  const fail = r.failure;
  const skippedEarly = r.status === 'skipped' || fail?.code === 'notFound';
  const submittedOnce = AFTER_SUBMIT.has(r.status) || (r.status === 'failed' && fail?.code !== 'notFound');
  switch (step) {
    case 'pick':
    case 'tick':
      if (fail?.code === 'notFound') return { step, status: 'failed', at: r.at, ...textOf(r) };
      if (r.pickedAt !== undefined) return { step, status: 'done', at: r.pickedAt };
      if (r.status === 'skipped') return { step, status: 'skipped', at: r.at };
      return r.status === 'queued' && b?.steps[selectStep(flow)]?.status === 'active'
        ? { step, status: 'active' }
        : { step, status: 'pending' };
    case 'submit':
    case 'confirm':
      if (skippedEarly) return { step, status: 'skipped', at: r.at };
      return submittedOnce ? fromMark(step, b?.steps[submitStep(flow)]) : { step, status: 'pending' };
    case 'readOutcome':
      if (skippedEarly) return { step, status: 'skipped', at: r.at };
      if (fail?.code === 'portalError' || fail?.code === 'unconfirmed')
        return { step, status: 'failed', at: r.at, ...textOf(r) };
      return r.status === 'assigned' || r.status === 'done' || fail?.code === 'notVerified'
        ? fromMark(step, b?.steps.readOutcome)
        : { step, status: 'pending' };
    case 'verify':
      if (r.status === 'done') return { step, status: 'done', at: r.at };
      if (fail?.code === 'notVerified') return { step, status: 'failed', at: r.at };
      return r.status === 'failed' || r.status === 'skipped'
        ? { step, status: 'skipped', at: r.at }
        : { step, status: 'pending' };
    default:
      return fromMark(step, b?.steps[step]);
  }
}

function textOf(r: TargetRecord): { text?: string } {
  return r.failure?.text !== undefined ? { text: r.failure.text } : {};
}
