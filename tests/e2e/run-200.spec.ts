// 200 users from a CSV, assigned in autopilot: exactly ⌈200 / 20⌉ = 10 Assign submissions, and
// the run's counts and the simulator's holders agree.
import { expect, test } from './fixtures';
import { makeScenario } from '../portal-sim/scenarios/generate';
import { beginRun, controlPage, productUrl, submittedIds, targetsOf, waitForStatus, PRO } from './run-helpers';

const scenario = makeScenario({
  users: 260,
  seats: 400,
  assigned: 20,
  delays: { loadMs: 40, suggestMs: 40, assignMs: 200 },
  seed: 3,
});
const members = scenario.users.filter((u) => !u.guest && u.usageLocation !== null);
/** The 200 users after the 20 that already hold Power BI Pro. */
const upns = members.slice(20, 220).map((u) => u.upn);

test.use({ scenario });

test('200 users from a CSV are assigned in autopilot with exactly 10 submissions', async ({
  context,
  sim,
  extensionId,
  openPopup,
  pageReportOf,
}) => {
  test.setTimeout(300_000);
  expect(upns).toHaveLength(200);
  const before = sim.snapshot().products.find((p) => p.skuId === PRO)!;
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });

  const done = await waitForStatus(control, ['done', 'paused'], 280_000);
  expect(done.status).toBe('done');
  expect(done.submissions).toBe(10);
  expect(sim.submissions).toHaveLength(10);
  expect(sim.submissions.every((s) => s.targets.length === 20 && s.outcome === 'success')).toBe(true);
  const ids = submittedIds(sim);
  expect(new Set(ids).size).toBe(200);
  expect(targetsOf(done).every((t) => t.status === 'done')).toBe(true);

  const after = sim.snapshot().products.find((p) => p.skuId === PRO)!;
  expect(after.assigned).toBe(before.assigned + 200);
  expect(after.available).toBe(before.available - 200);
  const holders = new Set(after.holders.filter((h) => h.direct).map((h) => h.upn.toLowerCase()));
  for (const upn of upns) expect(holders.has(upn.toLowerCase()), upn).toBe(true);
  // The page shows the same counts the simulator holds.
  await expect.poll(async () => (await pageReportOf(page))?.product?.assigned).toBe(after.assigned);
  expect((await pageReportOf(page))?.product).toMatchObject({ total: after.total, available: after.available });
});
