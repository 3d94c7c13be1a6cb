// Helpers for the run specs: start a run the way the admin does (popup: load the CSV, pick the mode,
// Start), send the side panel's commands, read the run's stored state, stop the service worker.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { createRunStore, loadRun, type KeyValueStore } from '../../lib/run';
import type { RunMode, RunState, RunStatus } from '../../lib/run/types';
import { forEachItem } from '../../lib/run/chunked';

export const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
export const productUrl = (skuId = PRO) => `https://admin.microsoft.com/Adminportal/Home#/licensedetailpage/${skuId}`;

/** A CSV of user principal names (one column, with a header). */
export function csvOf(upns: readonly string[]): string {
  return ['UserPrincipalName', ...upns].join('\r\n');
}

/** An extension page to read storage and send the admin's commands from (it outlives the worker). */
export async function controlPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const existing = context.pages().find((p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`));
  if (existing) return existing;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** Loads the CSV in the popup for `page`'s tab, picks the mode and presses Start. */
export async function startRunFor(
  page: Page,
  csv: string,
  mode: RunMode,
  openPopup: (forPage: Page) => Promise<Page>,
): Promise<void> {
  const popup = await openPopup(page);
  await popup
    .getByTestId('csv-input')
    .setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await popup.getByTestId('run-mode').selectOption(mode);
  await expect(popup.getByTestId('start-run')).toBeEnabled();
  await popup.getByTestId('start-run').click();
  await expect.poll(async () => (await activeRunId(popup)) !== undefined).toBe(true);
  await popup.close();
}

/** The side panel's commands, as it sends them. */
export async function runControl(
  control: Page,
  command: 'start' | 'pause' | 'resume' | 'cancel' | 'skip' | 'retry' | 'setMode' | 'clear',
  extra: { target?: number; mode?: RunMode } = {},
): Promise<{ ok: boolean; rejected?: string }> {
  return control.evaluate(async (message) => chrome.runtime.sendMessage(message), {
    type: 'runControl',
    command,
    ...extra,
  });
}

function kvOf(page: Page): KeyValueStore {
  return {
    get: (keys) => page.evaluate(async (k) => chrome.storage.local.get(k), keys),
    set: (items) => page.evaluate(async (i) => chrome.storage.local.set(i), items),
    remove: (keys) => page.evaluate(async (k) => chrome.storage.local.remove(k), keys),
  };
}

export async function activeRunId(page: Page): Promise<string | undefined> {
  const { activeRun } = await page.evaluate(async () => chrome.storage.local.get('activeRun'));
  return (activeRun as { id?: string } | null | undefined)?.id;
}

/** The active run's state as stored (a fresh read, no cache). */
export async function storedRun(control: Page): Promise<RunState | undefined> {
  const id = await activeRunId(control);
  return id ? loadRun(createRunStore(kvOf(control)), id) : undefined;
}

export async function waitForStatus(control: Page, statuses: RunStatus[], timeout = 60_000): Promise<RunState> {
  return whenRun(control, (s) => statuses.includes(s.status), timeout, `run status ${statuses.join('/')}`);
}

export type TargetSummary = { id: string; status: string; failure?: string; text?: string; skip?: string };

export function targetsOf(s: RunState): TargetSummary[] {
  const out: TargetSummary[] = [];
  forEachItem(s.targets, (r) =>
    out.push({
      id: r.target.id,
      status: r.status,
      ...(r.failure ? { failure: r.failure.code, ...(r.failure.text ? { text: r.failure.text } : {}) } : {}),
      ...(r.skip ? { skip: r.skip } : {}),
    }),
  );
  return out;
}

/**
 * Stops the extension's service worker, as Chrome stops an idle one: CDP `Target.closeTarget` on
 * its target, sent through an extension page's session. False when it was not running.
 */
export async function stopServiceWorkers(context: BrowserContext, control: Page): Promise<boolean> {
  const cdp = await context.newCDPSession(control);
  try {
    const origin = `chrome-extension://${new URL(control.url()).host}/`;
    const { targetInfos } = await cdp.send('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin));
    for (const w of workers) await cdp.send('Target.closeTarget', { targetId: w.targetId });
    return workers.length > 0;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Every target id the simulator received in Assign submissions, in order. */
export function submittedIds(sim: { submissions: readonly { kind: string; targets: string[] }[] }): string[] {
  return sim.submissions.filter((s) => s.kind === 'assign').flatMap((s) => s.targets.map((t) => t.toLowerCase()));
}

export type BeginRun = {
  page: Page;
  control: Page;
  upns: readonly string[];
  mode: RunMode;
  openPopup: (forPage: Page) => Promise<Page>;
};

/** Starts a run of `upns` for `page`'s tab the admin's way: the popup, a CSV, the mode, Start. */
export async function beginRun({ page, upns, mode, openPopup }: BeginRun): Promise<void> {
  await startRunFor(page, csvOf(upns), mode, openPopup);
}

/** The admin resumes the paused run (the side panel's command). */
export async function resume(control: Page): Promise<void> {
  expect(await runControl(control, 'resume')).toEqual({ ok: true });
}

/** A one-line picture of the stored run, for failure messages. */
export async function describeRun(control: Page): Promise<string> {
  const s = await storedRun(control).catch(() => undefined);
  if (!s) return 'no run';
  const batch = s.current === undefined ? undefined : s.batches.chunks.flat()[s.current - 1];
  return JSON.stringify({
    status: s.status,
    pause: s.pause,
    batch: batch && { n: batch.n, steps: batch.steps, inDoubt: batch.inDoubt },
    targets: targetsOf(s),
  });
}

/** How often the waits below look again: often enough to catch a step, never a fixed sleep. */
export const POLL = [50, 100, 200];

/** Waits until the stored run satisfies `predicate`; returns that state (the run's picture if it never does). */
export async function whenRun(
  control: Page,
  predicate: (s: RunState) => boolean,
  timeout = 60_000,
  what = 'the expected point',
): Promise<RunState> {
  let seen: RunState | undefined;
  try {
    await expect
      .poll(
        async () => {
          seen = await storedRun(control);
          return !!seen && predicate(seen);
        },
        { timeout, intervals: POLL },
      )
      .toBe(true);
  } catch {
    throw new Error(`run never reached ${what} in ${timeout} ms: ${await describeRun(control)}`);
  }
  return seen!;
}

/**
 * Clicks the control the run has marked, as the admin does in guided mode, and waits until the page
 * or the run moves on from it (a click that did not take leaves it marked: the caller clicks again). Returns the
 * step clicked, or undefined when the run finished first.
 */
export async function clickMarked(page: Page, control: Page, timeout = 60_000): Promise<string | undefined> {
  const marked = page.locator('[data-license-pilot-target]').first();
  await expect
    .poll(async () => (await storedRun(control))?.status === 'done' || (await marked.isVisible()), {
      timeout,
      intervals: POLL,
    })
    .toBe(true);
  if ((await storedRun(control))?.status === 'done') return undefined;
  // One element for both reading its step and clicking it (the mark moves as the run goes on).
  const handle = await marked.elementHandle({ timeout: 1_000 }).catch(() => null);
  if (!handle) return '';
  try {
    const step = (await handle.getAttribute('data-license-pilot-target')) ?? '';
    if (!step) return ''; // no longer the marked control
    const before = (await storedRun(control))?.updatedAt;
    // A click that lands while the page re-renders is harmless: the run highlights again.
    const clicked = await handle.click({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    const movedOn = async () =>
      (await handle.evaluate((el) => el.getAttribute('data-license-pilot-target') !== step).catch(() => true)) ||
      (await storedRun(control))?.updatedAt !== before;
    await expect
      .poll(movedOn, { timeout: 5_000, intervals: POLL })
      .toBe(true)
      .catch(() => undefined); // still marked: the click did not take; the caller clicks again
    return clicked ? step : '';
  } finally {
    await handle.dispose().catch(() => undefined);
  }
}

/** The open batch of a run, if any. */
export function openBatch(s: RunState) {
  return s.current === undefined ? undefined : s.batches.chunks.flat()[s.current - 1];
}

/** How many targets of the run are in `status`. */
export function countStatus(s: RunState, status: string): number {
  return targetsOf(s).filter((t) => t.status === status).length;
}
