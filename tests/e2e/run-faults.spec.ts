// Each fault of the simulator, met by an autopilot run: the right outcome is recorded, the run pauses
// (or goes on where nothing is wrong), and after the admin resumes it finishes: none is left stuck.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeScenario } from '../portal-sim/scenarios/generate';
import { beginRun, controlPage, resume, submittedIds, targetsOf, waitForStatus, PRO, productUrl } from './run-helpers';

const scenario = makeScenario({ users: 60, seats: 300, delays: { loadMs: 60, suggestMs: 80, assignMs: 250 }, seed: 7 });
const members = scenario.users.filter((u) => !u.guest);
const withLocation = members.filter((u) => u.usageLocation !== null).map((u) => u.upn);
const withoutLocation = members.filter((u) => u.usageLocation === null).map((u) => u.upn);

test.use({ scenario });

/** Every target submitted at most once, and every target the run counts done holds the product. */
function expectConsistent(
  sim: { submissions: readonly { kind: string; targets: string[] }[]; holding(sku: string, upn: string): unknown },
  done: string[],
) {
  const ids = submittedIds(sim);
  expect(new Set(ids).size).toBe(ids.length);
  for (const upn of done) expect(sim.holding(PRO, upn), upn).toBeDefined();
}

async function openProduct(page: Page): Promise<void> {
  await page.goto(productUrl());
}

test("out of licenses mid-run: the batch fails in the portal's words, the run pauses, then finishes", async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(120_000);
  const upns = withLocation.slice(0, 45);
  const page = await context.newPage();
  await openProduct(page);
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  await expect.poll(() => sim.submissions.length, { timeout: 30_000 }).toBe(1);
  sim.setFault('notEnoughLicenses', true);
  const paused = await waitForStatus(control, ['paused']);
  expect(paused.pause?.reason).toBe('portalError');
  expect(paused.pause?.text).toContain('run out of licenses');
  sim.setFault('notEnoughLicenses', false);
  await resume(control);
  const done = await waitForStatus(control, ['done']);
  const targets = targetsOf(done);
  expect(targets.filter((t) => t.status === 'failed')).toHaveLength(20);
  expect(targets.filter((t) => t.failure === 'portalError').every((t) => t.text?.includes('run out of licenses'))).toBe(
    true,
  );
  expect(targets.filter((t) => t.status === 'done')).toHaveLength(25);
  expect(sim.submissions).toHaveLength(3);
  expectConsistent(
    sim,
    targets.filter((t) => t.status === 'done').map((t) => t.id),
  );
});

test("usage location missing: that user fails with the portal's words, the others are assigned", async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  sim.setFault('usageLocationMissing', true);
  const upns = [...withLocation.slice(0, 4), ...withoutLocation.slice(0, 1)];
  const page = await context.newPage();
  await openProduct(page);
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  const paused = await waitForStatus(control, ['paused']);
  expect(paused.pause?.reason).toBe('portalError');
  await resume(control);
  const done = await waitForStatus(control, ['done']);
  const targets = targetsOf(done);
  expect(targets.find((t) => t.id === withoutLocation[0])).toMatchObject({
    status: 'failed',
    failure: 'portalError',
    text: expect.stringContaining('usage location'),
  });
  expect(targets.filter((t) => t.status === 'done').map((t) => t.id)).toEqual(withLocation.slice(0, 4));
  expect(sim.submissions).toHaveLength(1);
  expectConsistent(sim, withLocation.slice(0, 4));
});

test('user not found: the target fails as not found, the batch goes on without it', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  const upns = withLocation.slice(0, 4);
  sim.setFault('userNotFound', upns[1]!);
  const page = await context.newPage();
  await openProduct(page);
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  const paused = await waitForStatus(control, ['paused']);
  expect(paused.pause).toMatchObject({ reason: 'targetNotFound', target: 1 });
  await resume(control);
  const done = await waitForStatus(control, ['done']);
  expect(targetsOf(done).map((t) => [t.status, t.failure])).toEqual([
    ['done', undefined],
    ['failed', 'notFound'],
    ['done', undefined],
    ['done', undefined],
  ]);
  expect(sim.submissions.map((s) => s.targets)).toEqual([[upns[0], upns[2], upns[3]]]);
});

test("conflicting service plans: that user fails with the portal's words", async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  const upns = withLocation.slice(0, 3);
  sim.setFault('conflictingPlans', upns[2]!);
  const page = await context.newPage();
  await openProduct(page);
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  const paused = await waitForStatus(control, ['paused']);
  expect(paused.pause?.reason).toBe('portalError');
  await resume(control);
  const done = await waitForStatus(control, ['done']);
  const targets = targetsOf(done);
  expect(targets[2]).toMatchObject({
    status: 'failed',
    failure: 'portalError',
    text: expect.stringMatching(/conflict/i),
  });
  expect(targets.slice(0, 2).map((t) => t.status)).toEqual(['done', 'done']);
  expectConsistent(sim, upns.slice(0, 2));
});

test('slow responses: the run waits for the portal and finishes without a pause', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  sim.setFault('slow', 4);
  const upns = withLocation.slice(0, 5);
  const page = await context.newPage();
  await openProduct(page);
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  const done = await waitForStatus(control, ['done', 'paused']);
  expect(done.status).toBe('done');
  expect(targetsOf(done).every((t) => t.status === 'done')).toBe(true);
  expect(sim.submissions).toHaveLength(1);
});

test('sign-in redirect: the run pauses for the sign-in, and nothing is submitted twice', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  const upns = withLocation.slice(0, 4);
  const page = await context.newPage();
  await openProduct(page);
  const control = await controlPage(context, extensionId);
  await expect(page.locator('h1')).toHaveText('Power BI Pro');
  sim.setFault('signInRedirect', true);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  // The admin picks the account on the sign-in page and is sent back.
  await page.waitForURL((u) => u.hostname === 'login.microsoftonline.com');
  await page.getByRole('button', { name: scenario.admin.upn }).click();
  await page.waitForURL((u) => u.hostname === 'admin.microsoft.com');
  const paused = await waitForStatus(control, ['paused']);
  expect(paused.pause?.reason).toBe('signIn');
  await resume(control);
  const done = await waitForStatus(control, ['done']);
  expect(targetsOf(done).every((t) => t.status === 'done')).toBe(true);
  expectConsistent(sim, upns);
  expect(submittedIds(sim).sort()).toEqual([...upns].sort());
});

test('the pane closing by itself pauses the run; resumed, the batch is picked again and sent once', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  sim.setFault('paneClosesUnexpectedly', 3);
  const upns = withLocation.slice(0, 5);
  const page = await context.newPage();
  await openProduct(page);
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'autopilot', openPopup });
  const paused = await waitForStatus(control, ['paused']);
  expect(paused.pause?.reason).toBe('paneClosed');
  await resume(control);
  const done = await waitForStatus(control, ['done']);
  expect(targetsOf(done).every((t) => t.status === 'done')).toBe(true);
  expect(sim.submissions).toHaveLength(1);
  expect(sim.submissions[0]!.targets).toEqual(upns);
});
