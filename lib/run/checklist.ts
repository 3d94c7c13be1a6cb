// One target's checklist, as the side panel shows it: the steps of its flow, each with status, time
// and the portal's words. Page steps come from the target's batch; pick, submit, outcome and verify
// from the target itself (a batch can succeed while one of its targets fails).
import { FLOW_STEPS, flowOf } from './flows';
import { batchAt, targetAt } from './state-ops';
import type { Batch, RunState, StepMark, StepName, StepStatus, TargetRecord } from './types';

export type ChecklistItem = { step: StepName; status: StepStatus; at?: number; text?: string; control?: string };

export function checklistOf(s: RunState, index: number): ChecklistItem[] {
  const r = targetAt(s, index);
  if (!r) return [];
  const flow = flowOf(r.target);
  if (!flow) return [];
  const b = r.batch && r.status !== 'pending' ? batchAt(s, r.batch) : undefined;
  return FLOW_STEPS[flow].map((step) => itemFor(step, r, b));
}

function fromMark(step: StepName, mark: StepMark | undefined): ChecklistItem {
  return mark ? { step, ...mark } : { step, status: 'pending' };
}

const AFTER_SUBMIT = new Set<TargetRecord['status']>(['submitted', 'assigned', 'done']);

function itemFor(step: StepName, r: TargetRecord, b: Batch | undefined): ChecklistItem {
  const fail = r.failure;
  const skippedEarly = r.status === 'skipped' || fail?.code === 'notFound';
  const submittedOnce = AFTER_SUBMIT.has(r.status) || (r.status === 'failed' && fail?.code !== 'notFound');
  switch (step) {
    case 'pick':
      if (fail?.code === 'notFound') return { step, status: 'failed', at: r.at, ...textOf(r) };
      if (r.pickedAt !== undefined) return { step, status: 'done', at: r.pickedAt };
      if (r.status === 'skipped') return { step, status: 'skipped', at: r.at };
      return r.status === 'queued' && b?.steps.pick?.status === 'active' ? { step, status: 'active' } : { step, status: 'pending' };
    case 'submit':
      if (skippedEarly) return { step, status: 'skipped', at: r.at };
      return submittedOnce ? fromMark(step, b?.steps.submit) : { step, status: 'pending' };
    case 'readOutcome':
      if (skippedEarly) return { step, status: 'skipped', at: r.at };
      if (fail?.code === 'portalError' || fail?.code === 'unconfirmed') return { step, status: 'failed', at: r.at, ...textOf(r) };
      return r.status === 'assigned' || r.status === 'done' || fail?.code === 'notVerified'
        ? fromMark(step, b?.steps.readOutcome)
        : { step, status: 'pending' };
    case 'verify':
      if (r.status === 'done') return { step, status: 'done', at: r.at };
      if (fail?.code === 'notVerified') return { step, status: 'failed', at: r.at };
      return r.status === 'failed' || r.status === 'skipped' ? { step, status: 'skipped', at: r.at } : { step, status: 'pending' };
    default:
      return fromMark(step, b?.steps[step]);
  }
}

function textOf(r: TargetRecord): { text?: string } {
  return r.failure?.text !== undefined ? { text: r.failure.text } : {};
}
