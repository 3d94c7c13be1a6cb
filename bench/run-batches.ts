// batch-overhead and submissions-200: 200 users assigned in autopilot against the simulator; its
// batches also give scale-10k the simulator's measured time per submission.
// The portal's own time is the simulator's time answering its API (its response delays included),
// measured around each request in this process; the extension's time per batch is the batch's wall
// time less that. Time the page spends rendering and the route plumbing count against the
// extension, so the figure errs on the unfavourable side.
import type { Page } from '@playwright/test';
import { waitFor } from '../scripts/wait-for';
import { makeScenario } from '../tests/portal-sim/scenarios';
import { createPortalSim, type PortalSim } from '../tests/portal-sim/server';
import { routePortals } from '../tests/portal-sim/server/route';
import { createRunStore, loadRun, type KeyValueStore } from '../lib/run';
import { forEachItem } from '../lib/run/chunked';
import type { Batch, RunState } from '../lib/run/types';
import { median, openPortalBrowser } from './portal-browser';
import type { Benchmark, BenchResult } from './types';
import { startRunInBrowser } from './start-run';
import { scale10k } from './scale-10k';

const USERS = 200;
const LIMIT = Math.ceil(USERS / 20);

type Interval = [number, number];

/** Time covered by at least one interval inside [from, to] (requests may overlap). */
function busyWithin(intervals: readonly Interval[], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]): Interval => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** The simulator, with its API time recorded. */
function timedSim(sim: PortalSim, intervals: Interval[]): PortalSim {
  const handle: PortalSim['handle'] = async (req) => {
    const started = Date.now();
    const res = await sim.handle(req);
    if (new URL(req.url).pathname.startsWith('/__sim/api/')) intervals.push([started, Date.now()]);
    return res;
  };
  return { ...sim, handle, route: (context) => routePortals(context, handle) };
}

function kvOf(page: Page): KeyValueStore {
  return {
    get: (keys) => page.evaluate((k) => chrome.storage.local.get<Record<string, unknown>>(k), keys),
    set: async () => undefined,
    remove: async () => undefined,
  };
}

async function storedRun(control: Page): Promise<RunState | undefined> {
  const { activeRun } = await control.evaluate(() =>
    chrome.storage.local.get<{ activeRun?: { id: string } }>('activeRun'),
  );
  return activeRun ? loadRun(createRunStore(kvOf(control)), activeRun.id) : undefined;
}

async function runOnce(): Promise<{
  submissions: number;
  overheads: number[];
  batches: number;
  batchList: Batch[];
  status: string;
}> {
  const scenario = makeScenario({ users: USERS + 20, seats: USERS + 50, seed: 7 });
  const upns = scenario.users
    .filter((u) => !u.guest && u.usageLocation !== null)
    .slice(0, USERS)
    .map((u) => u.upn);
  if (upns.length < USERS) throw new Error(`the scenario has only ${upns.length} licensable users`);
  const sim = createPortalSim(scenario);
  const intervals: Interval[] = [];
  const browser = await openPortalBrowser(timedSim(sim, intervals), true);
  try {
    const { control } = await startRunInBrowser(browser, upns, 'autopilot');

    const state: RunState = await waitFor(
      'the run to finish',
      async () => {
        const s = await storedRun(control);
        return s && ['done', 'paused', 'cancelled'].includes(s.status) && s;
      },
      { timeout: 10 * 60_000, intervals: [500] },
    );
    const batches: Batch[] = [];
    forEachItem(state.batches, (b) => batches.push(b));
    const overheads = batches
      .filter((b) => b.endedAt !== undefined)
      .map((b) => {
        const wall = b.endedAt! - b.startedAt - b.pausedMs;
        const portal = busyWithin(intervals, b.startedAt, b.endedAt!);
        return portal > 0 ? (wall - portal) / portal : Number.POSITIVE_INFINITY;
      });
    return {
      submissions: sim.submissions.filter((s) => s.kind === 'assign').length,
      overheads,
      batches: batches.length,
      batchList: batches,
      status: state.status,
    };
  } finally {
    await browser.close();
  }
}

export const runBatches: Benchmark = {
  name: 'run',
  async run(): Promise<BenchResult[]> {
    const { submissions, overheads, status, batchList } = await runOnce();
    const overhead = median(overheads);
    return [
      {
        name: 'submissions-200',
        value: submissions,
        unit: 'submissions',
        budget: `= ${LIMIT} (ceil(200 / 20)), run ${status}`,
        pass: submissions === LIMIT && status === 'done',
      },
      {
        name: 'batch-overhead',
        value: overhead,
        unit: 'x portal time',
        ratio: 1 + overhead,
        budget: '<= 0.10 (median over the batches)',
        pass: overhead <= 0.1,
      },
      ...scale10k(batchList),
    ];
  },
};
