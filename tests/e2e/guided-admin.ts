// An admin in guided mode, played by code: presses only what the overlay marks
// (`[data-license-pilot-target]`) and never the picker's suggestions (the extension picks), counting
// each press against the run's open batch. Shared by the e2e spec and `npm run bench` (guided-clicks).
import type { Page } from '@playwright/test';

type Meta = { status: string; current?: number };

async function runMeta(control: Page): Promise<Meta | undefined> {
  return control.evaluate(async () => {
    const { activeRun } = await chrome.storage.local.get<{ activeRun?: { id: string } }>('activeRun');
    if (!activeRun) return undefined;
    const key = `run:${activeRun.id}`;
    return (await chrome.storage.local.get<Record<string, Meta>>(key))[key];
  });
}

/** Plays the run to its end; returns the marked steps pressed, per batch number. Throws on a pause. */
export async function playGuidedAdmin(page: Page, control: Page, timeoutMs: number): Promise<Map<number, string[]>> {
  const clicks = new Map<number, string[]>();
  const until = Date.now() + timeoutMs;
  for (;;) {
    const meta = await runMeta(control);
    if (!meta) throw new Error('no run is active');
    if (meta.status === 'done') return clicks;
    if (meta.status !== 'running') throw new Error(`the run is ${meta.status}`);
    if (Date.now() > until) throw new Error('the run did not finish in time');
    const handle = await page
      .locator('[data-license-pilot-target]')
      .first()
      .elementHandle({ timeout: 1_000 })
      .catch(() => null);
    if (!handle) continue;
    const step = (await handle.getAttribute('data-license-pilot-target').catch(() => null)) ?? '';
    if (step && step !== 'pick') {
      const batch = meta.current ?? 0;
      // A page re-rendering under the click loses it: the run marks the control again.
      if (
        await handle.click({ timeout: 5_000 }).then(
          () => true,
          () => false,
        )
      )
        clicks.set(batch, [...(clicks.get(batch) ?? []), step]);
    }
    // Like an admin, act again once the page has moved on from that mark (picks move on by themselves).
    await page
      .waitForFunction((el) => !el.isConnected || !el.hasAttribute('data-license-pilot-target'), handle, {
        timeout: 5_000,
      })
      .catch(() => undefined);
    await handle.dispose().catch(() => undefined);
  }
}

/** Max and mean presses per batch, as printed by the spec and the bench. */
export function clicksPerBatch(clicks: ReadonlyMap<number, readonly string[]>): { max: number; mean: number } {
  const counts = [...clicks.values()].map((c) => c.length);
  return { max: Math.max(...counts), mean: counts.reduce((a, b) => a + b, 0) / counts.length };
}
