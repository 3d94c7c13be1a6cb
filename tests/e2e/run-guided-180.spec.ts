// 180 users in guided mode, the admin playing by the overlay's marks: the extension fills the
// picker, the admin presses only the portal's consequential buttons. The test prints and checks the
// admin's clicks per batch (budget: at most 4 — Assign licenses, Assign, Close and one more).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeScenario } from '../portal-sim/scenarios/generate';
import {
  activeRunId,
  beginRun,
  controlPage,
  describeRun,
  productUrl,
  storedRun,
  submittedIds,
  targetsOf,
} from './run-helpers';

const scenario = makeScenario({
  users: 220,
  seats: 400,
  delays: { loadMs: 40, suggestMs: 40, assignMs: 150 },
  seed: 19,
});
const upns = scenario.users
  .filter((u) => !u.guest && u.usageLocation !== null)
  .slice(0, 180)
  .map((u) => u.upn);

test.use({ scenario });

/** The open batch's number, from the run's stored meta (cheap: no chunk is read). */
async function currentBatch(control: Page): Promise<number> {
  const id = await activeRunId(control);
  const meta = await control.evaluate(async (key) => (await chrome.storage.local.get(key))[key], `run:${id}`);
  return (meta as { current?: number } | undefined)?.current ?? 0;
}

test('guided: 180 users take at most 4 admin clicks per batch', async ({ context, sim, extensionId, openPopup }) => {
  test.setTimeout(420_000);
  expect(upns).toHaveLength(180);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'guided', openPopup });

  const clicks = new Map<number, string[]>();
  const until = Date.now() + 400_000;
  for (;;) {
    const run = await control.evaluate(async () => (await chrome.storage.local.get('activeRun')).activeRun);
    expect(run, 'a run is active').toBeTruthy();
    const meta = await control.evaluate(
      async (key) => (await chrome.storage.local.get(key))[key] as { status: string } | undefined,
      `run:${await activeRunId(control)}`,
    );
    if (meta?.status === 'done') break;
    expect(meta?.status, await describeRun(control)).not.toBe('paused');
    expect(Date.now(), 'run finished in time').toBeLessThan(until);
    const handle = await page
      .locator('[data-license-pilot-target]')
      .first()
      .elementHandle({ timeout: 1_000 })
      .catch(() => null);
    if (!handle) continue;
    const step = (await handle.getAttribute('data-license-pilot-target').catch(() => null)) ?? '';
    if (step && step !== 'pick') {
      const batch = await currentBatch(control);
      const clicked = await handle.click({ timeout: 5_000 }).then(
        () => true,
        () => false, // the page re-rendered under the click: the run marks the control again
      );
      if (clicked) clicks.set(batch, [...(clicks.get(batch) ?? []), step]);
    }
    // Like an admin, act again once the page has moved on from that mark (picks move on by themselves).
    await expect
      .poll(() =>
        handle.evaluate((el) => el.isConnected && el.hasAttribute('data-license-pilot-target')).catch(() => false),
      )
      .toBe(false)
      .catch(() => undefined);
    await handle.dispose().catch(() => undefined);
  }

  const done = (await storedRun(control))!;
  expect(targetsOf(done).every((t) => t.status === 'done')).toBe(true);
  expect(new Set(submittedIds(sim)).size).toBe(180);
  expect(sim.submissions).toHaveLength(9);
  const perBatch = [...clicks.values()].map((c) => c.length);
  const max = Math.max(...perBatch);
  const mean = perBatch.reduce((a, b) => a + b, 0) / perBatch.length;
  const line = `clicks per batch: max ${max}, mean ${mean.toFixed(2)} over ${perBatch.length} batches`;
  console.log(line);
  test.info().annotations.push({ type: 'clicks per batch', description: line });
  expect(clicks.size).toBe(9);
  expect(max).toBeLessThanOrEqual(4);
  for (const steps of clicks.values()) expect(steps).not.toContain('pick');
});
