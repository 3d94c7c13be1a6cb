// Guided mode walked through by a test that plays the admin: it clicks only what the overlay marks
// (`[data-license-pilot-target]`) among the portal's own buttons, never the picker (the extension
// fills it), and the run ends with every target assigned once.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeScenario } from '../portal-sim/scenarios/generate';
import {
  beginRun,
  clickMarked,
  POLL,
  controlPage,
  storedRun,
  submittedIds,
  targetsOf,
  PRO,
  productUrl,
} from './run-helpers';

const scenario = makeScenario({
  users: 30,
  seats: 300,
  delays: { loadMs: 60, suggestMs: 300, assignMs: 250 },
  seed: 11,
});
const upns = scenario.users
  .filter((u) => !u.guest && u.usageLocation !== null)
  .slice(0, 6)
  .map((u) => u.upn);

test.use({ scenario });

/** The overlay's card and ring boxes, read from its shadow root. */
async function overlayBoxes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-license-pilot]')?.shadowRoot;
    const box = (part: string) => {
      const el = root?.querySelector(`[data-part="${part}"]`) as HTMLElement | null;
      if (!el || getComputedStyle(el).display === 'none') return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: el.textContent ?? '' };
    };
    const target = document.querySelector('[data-license-pilot-target]');
    const t = target?.getBoundingClientRect();
    return {
      card: box('card'),
      ring: box('ring'),
      target: t ? { left: t.left, top: t.top, right: t.right, bottom: t.bottom } : null,
    };
  });
}

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('guided: the admin clicks only the highlighted controls and every target is assigned once', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  await beginRun({ page, control, upns, mode: 'guided', openPopup });

  const clicked: string[] = [];
  const until = Date.now() + 90_000;
  for (;;) {
    expect(Date.now(), 'run finished in time').toBeLessThan(until);
    const target = page.locator('[data-license-pilot-target]').first();
    await expect
      .poll(async () => (await storedRun(control))?.status === 'done' || (await target.isVisible()), {
        timeout: 60_000,
        intervals: POLL,
      })
      .toBe(true);
    if ((await storedRun(control))?.status === 'done') break;
    const boxes = await overlayBoxes(page);
    if (boxes.target && boxes.ring) {
      // The ring surrounds the control; the card keeps clear of it.
      expect(boxes.ring.left).toBeLessThanOrEqual(boxes.target.left);
      expect(boxes.ring.right).toBeGreaterThanOrEqual(boxes.target.right);
      if (boxes.card) expect(overlaps(boxes.card, boxes.ring)).toBe(false);
    }
    // The picks are the extension's: the admin only watches them happen.
    const marked = await target.getAttribute('data-license-pilot-target').catch(() => null);
    if (marked === 'pick') {
      await expect
        .poll(
          async () =>
            (await target.getAttribute('data-license-pilot-target').catch(() => null)) !== 'pick' ||
            (await storedRun(control))?.status === 'done',
          { timeout: 30_000, intervals: POLL },
        )
        .toBe(true);
      continue;
    }
    const step = await clickMarked(page, control);
    if (step) clicked.push(step);
  }

  test.info().annotations.push({ type: 'clicks', description: clicked.join(',') });
  const done = (await storedRun(control))!;
  expect(targetsOf(done).map((t) => t.status)).toEqual(upns.map(() => 'done'));
  expect(submittedIds(sim)).toEqual(upns);
  for (const upn of upns) expect(sim.holding(PRO, upn)?.direct).toBe(true);
  // The admin opened the pane, pressed Assign and closed the pane; the extension picked.
  expect(clicked).not.toContain('pick');
  expect(clicked).toContain('openAssignPane');
  expect(clicked).toContain('submit');
  expect(sim.submissions).toHaveLength(1);
  expect(clicked).toContain('closePane');
  const card = (await overlayBoxes(page)).card;
  expect(card?.text).toContain('The run is finished');
});

test('guided: the "next step" shortcut presses what is highlighted', async ({
  context,
  sim,
  extensionId,
  openPopup,
  tabIdOf,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  const two = upns.slice(0, 2);
  await beginRun({ page, control, upns: two, mode: 'guided', openPopup });
  const tabId = await tabIdOf(page);

  const until = Date.now() + 90_000;
  let pressed = 0;
  while ((await storedRun(control))?.status !== 'done') {
    expect(Date.now(), 'run finished in time').toBeLessThan(until);
    const marked = page.locator('[data-license-pilot-target]').first();
    const handle = await marked.elementHandle({ timeout: 5_000 }).catch(() => null);
    if (!handle) continue;
    // What the background sends when the admin presses the shortcut (commands API: "next-step").
    const answer = await control.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'runNextStep' }), tabId);
    if ((answer as { ok?: boolean } | undefined)?.ok) pressed++;
    // Like an admin, press again only once the page has moved on from that control.
    await expect
      .poll(
        () =>
          handle.evaluate((el) => el.isConnected && el.hasAttribute('data-license-pilot-target')).catch(() => false),
        { timeout: 5_000 },
      )
      .toBe(false)
      .catch(() => undefined); // still marked: the press did not take; press again
    await handle.dispose().catch(() => undefined);
  }
  expect(pressed).toBeGreaterThan(0);
  expect(submittedIds(sim)).toEqual(two);
});
