// Which route suits a list: direct (20 users per admin-center submission) or group-based licensing
// (users imported into a group, the product assigned to the group once). The figures are modelled
// from this tenant's own measured submission time where a run has measured it; the admin decides.
import type { Batch } from '../run/types';
import { DEFAULT_GROUP_ROUTE_THRESHOLD, DIRECT_PER_SUBMISSION, IMPORT_DOCUMENTED_MAX } from './limits';
import { fileSizes } from './import-files';

export type Route = 'direct' | 'group';

/** Time of one full admin-center submission (open pane, pick 20, assign, verify) in this tenant. */
export type RouteTiming = { submissionMs: number; measured: boolean };

/**
 * Used until a run in this browser has measured the tenant: about 45 s per full submission of 20
 * (picking 20 people, assigning, waiting for the page) [INF: the simulator's default delays scaled to
 * a person's pace; replaced by the median of measured batches as soon as there are some].
 */
export const DEFAULT_TIMING: RouteTiming = { submissionMs: 45_000, measured: false };

/** Admin time for one guided step of the group route outside submissions (open a page, upload a file) [INF]. */
export const GUIDED_STEP_MS = 60_000;

export type RouteEstimate = {
  route: Route;
  /** License submissions in the admin center. */
  submissions: number;
  /** Import files uploaded in Entra (group route only). */
  importFiles: number;
  /** Time the admin spends in the browser, modelled. */
  adminMs: number;
  /** Time Microsoft's services work on their own afterwards, at most (group route: the bulk import). */
  serviceMs: number;
};

export type RouteChoice = {
  recommended: Route;
  threshold: number;
  users: number;
  direct: RouteEstimate;
  group: RouteEstimate;
  timing: RouteTiming;
};

/** The tenant's own submission time: the median full-batch time of assign batches that ended cleanly. */
export function measuredTiming(batches: readonly Batch[], perSubmission = DIRECT_PER_SUBMISSION): RouteTiming {
  const perTarget = batches
    .filter((b) => b.flow === 'assignUsers' && b.endedAt !== undefined && b.targets.length > 0)
    .map((b) => (b.endedAt! - b.startedAt - b.pausedMs) / b.targets.length)
    .filter((ms) => ms > 0)
    .sort((a, b) => a - b);
  if (perTarget.length === 0) return DEFAULT_TIMING;
  const mid = perTarget.length >> 1;
  const median = perTarget.length % 2 ? perTarget[mid]! : (perTarget[mid - 1]! + perTarget[mid]!) / 2;
  return { submissionMs: Math.round(median * perSubmission), measured: true };
}

export function estimateDirect(users: number, timing: RouteTiming): RouteEstimate {
  const submissions = Math.ceil(Math.max(0, users) / DIRECT_PER_SUBMISSION);
  return { route: 'direct', submissions, importFiles: 0, adminMs: submissions * timing.submissionMs, serviceMs: 0 };
}

/**
 * Group route: choose or create the group (one step), upload each import file (one step each), then
 * one submission assigning the product to the group. The bulk service's time grows with the members:
 * up to an hour per 40,000 [MS groups-bulk-import-members.md].
 */
export function estimateGroup(users: number, timing: RouteTiming): RouteEstimate {
  const importFiles = fileSizes(users).length;
  const adminMs = GUIDED_STEP_MS * (1 + importFiles) + timing.submissionMs;
  const serviceMs = Math.ceil((Math.max(0, users) / IMPORT_DOCUMENTED_MAX) * 3_600_000);
  return { route: 'group', submissions: users > 0 ? 1 : 0, importFiles, adminMs, serviceMs };
}

export function chooseRoute(
  users: number,
  timing: RouteTiming = DEFAULT_TIMING,
  threshold = DEFAULT_GROUP_ROUTE_THRESHOLD,
): RouteChoice {
  const direct = estimateDirect(users, timing);
  const group = estimateGroup(users, timing);
  return { recommended: users >= threshold ? 'group' : 'direct', threshold, users, direct, group, timing };
}
