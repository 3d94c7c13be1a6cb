// Resilience of an autopilot run: the service worker stopped at many points (right after an Assign
// click was recorded among them), the tab reloaded mid-batch, the browser closed and reopened on the
// same profile. Every target is assigned exactly once, nothing is lost, the report is complete —
// however many stops a loaded machine lets the test make: it asserts what the extension did.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { blockTheInternet, launchWithExtension } from './browser';
import { makeScenario } from '../portal-sim/scenarios/generate';
import type { PortalSim } from '../portal-sim/server';
import { buildReport } from '../../lib/run';
import type { RunState } from '../../lib/run/types';
import {
  beginRun,
  controlPage,
  countStatus,
  openBatch,
  productUrl,
  stopServiceWorkers,
  submittedIds,
  waitForStatus,
  whenRun,
  PRO,
} from './run-helpers';

const scenario = makeScenario({ users: 80, seats: 300, delays: { loadMs: 60, suggestMs: 80, assignMs: 400 }, seed: 5 });
const upns = scenario.users
  .filter((u) => !u.guest && u.usageLocation !== null)
  .slice(0, 45)
  .map((u) => u.upn);

test.use({ scenario });

/** Every target assigned exactly once, all done, and a report row for each with its outcome. */
function expectComplete(sim: PortalSim, s: RunState): void {
  const ids = submittedIds(sim);
  expect(new Set(ids).size, 'no target submitted twice').toBe(ids.length);
  expect([...ids].sort()).toEqual(upns.map((u) => u.toLowerCase()).sort());
  for (const upn of upns) expect(sim.holding(PRO, upn)?.direct, upn).toBe(true);
  const report = buildReport(s);
  expect(report.map((r) => r.id)).toEqual(upns);
  expect(report.every((r) => r.outcome === 'assigned' && r.at !== undefined)).toBe(true);
}

/** A small deterministic random source, so a failing run can be repeated. */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

test('the service worker stopped at many points, one right after an Assign was recorded', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(150_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });

  // At each change of the stored run: stop the worker right after an Assign was recorded (once per
  // batch), else now and then at random. How many stops land depends on the machine's speed.
  const coin = random(42);
  let stops = 0;
  let lastUpdate = 0;
  const stoppedAfterSubmit = new Set<number>();
  for (;;) {
    const s = await whenRun(
      control,
      (r) => r.status === 'done' || r.status === 'paused' || r.updatedAt !== lastUpdate,
      120_000,
      'its next change after a worker stop',
    );
    if (s.status === 'done' || s.status === 'paused') break;
    lastUpdate = s.updatedAt;
    const b = openBatch(s);
    if (b?.steps.submit && !b.steps.readOutcome && !stoppedAfterSubmit.has(b.n)) {
      stoppedAfterSubmit.add(b.n);
      if (await stopServiceWorkers(context, control)) stops++;
    } else if (coin() < 0.12 && (await stopServiceWorkers(context, control))) stops++;
  }
  test.info().annotations.push({ type: 'worker stops', description: String(stops) });
  const done = await waitForStatus(control, ['done', 'paused']);
  expect(done.status, 'the run finished without needing the admin').toBe('done');
  expect(sim.submissions, 'one Assign per batch of 20').toHaveLength(3);
  expectComplete(sim, done);
});

test('the tab reloaded while picking and right after an Assign was recorded', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(150_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });

  // Batch 1: reload with a few targets picked; the picks are lost with the page and made again.
  // Each wait also ends when the run has already gone past that point (a loaded machine may look
  // too late): the reload then lands elsewhere in the run, and the outcome must be just as right.
  const past = (s: RunState, n: number) => (s.current ?? 0) > n || s.status !== 'running';
  const early = await whenRun(control, (s) => (openBatch(s)?.n === 1 && countStatus(s, 'picked') >= 3) || past(s, 1));
  await page.reload();
  // Batch 2: reload right after the click was recorded; the run reads the page before going on.
  const late = await whenRun(
    control,
    (s) => (openBatch(s)?.n === 2 && openBatch(s)?.steps.submit !== undefined) || past(s, 2),
    90_000,
  );
  await page.reload();
  test.info().annotations.push({
    type: 'reloads',
    description: `batch ${early.current ?? '-'} (${early.status}), batch ${late.current ?? '-'} (${late.status})`,
  });
  const done = await waitForStatus(control, ['done', 'paused'], 90_000);
  expect(done.status).toBe('done');
  expectComplete(sim, done);
});

/** A browser on the same profile, routed to the simulator and cut off from everything else. */
async function reopen(userDataDir: string, sim: PortalSim, blocked: string[]): Promise<BrowserContext> {
  const context = await launchWithExtension(userDataDir);
  await blockTheInternet(context, blocked);
  await sim.route(context);
  return context;
}

test('the browser closed mid-run and reopened on the same profile', async ({
  context,
  sim,
  extensionId,
  userDataDir,
  openPopup,
}) => {
  test.setTimeout(150_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  await whenRun(control, (s) => openBatch(s)?.n === 2 && countStatus(s, 'picked') >= 2, 90_000);
  await context.close();

  const blocked: string[] = [];
  const again = await reopen(userDataDir, sim, blocked);
  try {
    const tab: Page = await again.newPage();
    await tab.goto(productUrl());
    const control2 = await controlPage(again, extensionId);
    const done = await waitForStatus(control2, ['done', 'paused'], 90_000);
    expect(done.status).toBe('done');
    expectComplete(sim, done);
  } finally {
    await again.close();
  }
  expect(blocked).toEqual([]);
});
