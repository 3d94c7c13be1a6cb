// scale-10k: 10,000 users on each route, modelled from the submission time measured in this bench
// run's own autopilot batches (the simulator's per-submission time): portal submissions, the admin's
// time, and which route the chooser recommends (it must be the group route).
import { chooseRoute, measuredTiming } from '../lib/group-route/route-choice';
import type { Batch } from '../lib/run/types';
import type { BenchResult } from './types';

const USERS = 10_000;
const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;

export function scale10k(batches: readonly Batch[]): BenchResult[] {
  const timing = measuredTiming(batches);
  const choice = chooseRoute(USERS, timing);
  const { direct, group } = choice;
  const measured = timing.measured
    ? `${(timing.submissionMs / 1000).toFixed(1)} s per submission measured`
    : 'no batch measured';
  return [
    {
      name: 'scale-10k-direct',
      value: direct.submissions,
      unit: `submissions, ${minutes(direct.adminMs)} min of the admin's time (${measured})`,
      budget: '= 500 (ceil(10,000 / 20))',
      pass: direct.submissions === 500 && timing.measured,
    },
    {
      name: 'scale-10k-group',
      value: group.submissions,
      unit: `submission + ${group.importFiles} import file(s), ${minutes(group.adminMs)} min of the admin's time, Microsoft up to ${minutes(group.serviceMs)} min`,
      ratio: group.adminMs / direct.adminMs,
      budget: `= 1 submission; chooser picks the group route (picked: ${choice.recommended})`,
      pass: group.submissions === 1 && choice.recommended === 'group',
    },
  ];
}
