// Resilience of an autopilot run: the service worker stopped at many points (right after an Assign
// click was recorded among them), the tab reloaded mid-batch, the browser closed and reopened on the
// same profile. Every target is assigned exactly once, nothing is lost, the report is complete.
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
  storedRun,
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

  const coin = random(42);
  let stops = 0;
  let lastUpdate = 0;
  const stoppedAfterSubmit = new Set<number>();
  const until = Date.now() + 120_000;
  for (;;) {
    const s = await storedRun(control);
    if (s?.status === 'done' || s?.status === 'paused') break;
    expect(Date.now(), 'run finished in time').toBeLessThan(until);
    const b = s && openBatch(s);
    if (b?.steps.submit && !b.steps.readOutcome && !stoppedAfterSubmit.has(b.n)) {
      if (await stopServiceWorkers(context, control)) {
        stoppedAfterSubmit.add(b.n);
        stops++;
      }
    } else if (s && s.updatedAt !== lastUpdate && coin() < 0.12) {
      if (await stopServiceWorkers(context, control)) stops++;
    }
    lastUpdate = s?.updatedAt ?? 0;
    await control.waitForTimeout(50);
  }
  const done = await waitForStatus(control, ['done']);
  test.info().annotations.push({ type: 'worker stops', description: String(stops) });
  expect(stops).toBeGreaterThanOrEqual(5);
  expect(stoppedAfterSubmit.size).toBeGreaterThanOrEqual(1);
  expect(sim.submissions).toHaveLength(3);
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
  await whenRun(control, (s) => openBatch(s)?.n === 1 && countStatus(s, 'picked') >= 3);
  await page.reload();
  // Batch 2: reload right after the click was recorded; the run reads the page before going on.
  await whenRun(control, (s) => openBatch(s)?.n === 2 && openBatch(s)?.steps.submit !== undefined, 90_000);
  await page.reload();
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
