// One small batch in autopilot, started from the popup: the overlay shows the run, the users end up
// licensed, the run is done with one submission, and the Stop button pauses a run.
import { expect, test } from './fixtures';
import {
  beginRun,
  controlPage,
  productUrl,
  resume,
  submittedIds,
  targetsOf,
  waitForStatus,
  whenRun,
  PRO,
} from './run-helpers';

const DOMAIN = 'northwindsim.onmicrosoft.com';
const UPNS = ['umar.haddad', 'vera.willems', 'wouter.jacobs'].map((u) => `${u}@${DOMAIN}`);

test('a batch of three users is assigned in autopilot', async ({ context, sim, extensionId, openPopup }) => {
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns: UPNS, mode: 'autopilot', openPopup });
  const done = await waitForStatus(control, ['done', 'paused'], 30_000);
  expect(done.status).toBe('done');
  expect(targetsOf(done).map((t) => t.status)).toEqual(['done', 'done', 'done']);
  expect(done.submissions).toBe(1);
  expect(submittedIds(sim)).toEqual(UPNS);
  for (const upn of UPNS) expect(sim.holding(PRO, upn)?.direct).toBe(true);
  const card = page.locator('[data-license-pilot] [data-part="card"]');
  await expect(card).toContainText('The run is finished');
});

test("the overlay's Stop button pauses an autopilot run; resumed, it finishes", async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  sim.configure({ delays: { loadMs: 150, suggestMs: 600, assignMs: 800 } });
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns: UPNS, mode: 'autopilot', openPopup });
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeVisible();
  await expect(page.locator('[data-license-pilot] [data-part="card"]')).toContainText('Batch 1 of 1');
  await stop.click();
  const paused = await whenRun(control, (s) => s.status === 'paused');
  expect(paused.pause?.reason).toBe('admin');
  await expect(stop).toBeHidden();
  await resume(control);
  const done = await waitForStatus(control, ['done'], 30_000);
  expect(targetsOf(done).every((t) => t.status === 'done')).toBe(true);
  expect(new Set(submittedIds(sim)).size).toBe(submittedIds(sim).length);
});
