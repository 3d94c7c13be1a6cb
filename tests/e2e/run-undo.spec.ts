// Undo of a run in the simulator: a 40-user file (some already holding the product directly, some
// through a group) plus one group, run in autopilot; its audit record names the file by its SHA-256;
// a fresh profile importing the record plans the same undo; the undo leaves the tenant as it was.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { blockTheInternet, launchWithExtension, serviceWorkerOf } from './browser';
import { activeRunId, controlPage, productUrl, startRunFor, waitForStatus, PRO } from './run-helpers';
import type { UndoView } from '../../lib/messages';
import { makeScenario } from '../portal-sim/scenarios/generate';
import type { Scenario } from '../portal-sim/scenarios/schema';

function tenant(): Scenario {
  const s = makeScenario({
    users: 70,
    guests: 0,
    seats: 80,
    groups: 2,
    groupSize: 4,
    withoutUsageLocation: 0,
    seed: 15,
    delays: { loadMs: 40, suggestMs: 60, assignMs: 120 },
  });
  const pro = s.products.find((p) => p.skuId === PRO)!;
  const inGroups = new Set(s.groups.flatMap((g) => g.members));
  pro.directUsers = s.users
    .map((u) => u.upn)
    .filter((u) => !inGroups.has(u))
    .slice(0, 5);
  // The second group holds the product: its members hold it through the group only.
  pro.groups = [s.groups[1]!.id];
  return s;
}

const SCENARIO = tenant();
const IN_GROUPS = new Set(SCENARIO.groups.flatMap((g) => g.members));
const FILE_USERS = [
  ...SCENARIO.users
    .map((u) => u.upn)
    .filter((u) => !IN_GROUPS.has(u))
    .slice(0, 38),
  ...SCENARIO.groups[1]!.members.slice(0, 2),
];
const CSV = [
  'Action;User;Group;Members',
  ...FILE_USERS.map((u) => `assign;${u};;`),
  `assign;;${SCENARIO.groups[0]!.name};${SCENARIO.groups[0]!.members.length}`,
].join('\r\n');

test.use({ scenario: SCENARIO });

async function undoPlanOf(control: Page, tabId: number, record?: string): Promise<UndoView> {
  const answer = await control.evaluate(async (m) => chrome.runtime.sendMessage(m), {
    type: 'undoRun',
    tabId,
    mode: 'autopilot',
    ...(record ? { record } : {}),
  });
  expect(answer, JSON.stringify(answer)).not.toHaveProperty('error');
  return answer as UndoView;
}

test('a run and its undo: the tenant ends as before; the record names the file and plans the same undo elsewhere', async ({
  context,
  sim,
  extensionId,
  openPopup,
  openSidePanel,
  tabIdOf,
  pageReportOf,
}) => {
  test.setTimeout(300_000);
  expect(FILE_USERS).toHaveLength(40);
  expect(FILE_USERS.filter((u) => sim.holding(PRO, u)?.direct)).toHaveLength(5);
  expect(FILE_USERS.filter((u) => sim.holding(PRO, u) && !sim.holding(PRO, u)!.direct).length).toBeGreaterThan(0);
  const before = sim.snapshot();

  const page = await context.newPage();
  await page.goto(productUrl());
  await expect.poll(async () => (await pageReportOf(page))?.product?.available).toBeDefined();
  const control = await controlPage(context, extensionId);
  await startRunFor(page, CSV, 'autopilot', openPopup);
  const done = await waitForStatus(control, ['done', 'paused'], 200_000);
  expect(done.status, JSON.stringify(done.pause)).toBe('done');
  expect(sim.snapshot()).not.toEqual(before);
  const runId = await activeRunId(control);

  // The audit record, as the side panel exports it.
  const panel = await openSidePanel(page);
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-audit').click()]);
  const json = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  const record = JSON.parse(json) as { runId: string; file: { sha256: string; size: number; rowsRead: number } };
  expect(record.runId).toBe(runId);
  expect(record.file).toMatchObject({
    sha256: createHash('sha256').update(Buffer.from(CSV, 'utf8')).digest('hex'),
    size: Buffer.byteLength(CSV, 'utf8'),
    rowsRead: 41,
  });

  // "Undo this run" opens as a dry run.
  await panel.getByTestId('undo-run').click();
  await expect(panel.getByTestId('undo-plan')).toBeVisible();
  const tabId = await tabIdOf(page);
  const here = await undoPlanOf(control, tabId);
  expect(here.undoes).toBe(runId);
  expect(here.plan.batches.map((b) => [b.flow, b.count])).toEqual([
    ['unassignUsers', 20],
    ['unassignUsers', 13],
    ['unassignGroups', 1],
  ]);
  // The 5 direct and 2 group holders were never submitted (already held): nothing of theirs to undo.
  expect(here.left).toEqual([]);

  // A fresh profile, the run gone: importing the record plans the same undo.
  const dir = mkdtempSync(join(tmpdir(), 'license-pilot-fresh-'));
  const fresh = await launchWithExtension(dir);
  const blocked: string[] = [];
  try {
    await blockTheInternet(fresh, blocked);
    await sim.route(fresh);
    const freshId = new URL((await serviceWorkerOf(fresh)).url()).host;
    const freshPage = await fresh.newPage();
    await freshPage.goto(productUrl());
    const freshControl = await controlPage(fresh, freshId);
    const freshTab = await freshControl.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      freshPage.url(),
    );
    await expect
      .poll(async () => {
        const view = await freshControl.evaluate(async (m) => chrome.runtime.sendMessage(m), {
          type: 'undoRun',
          tabId: freshTab!,
          mode: 'autopilot',
          record: json,
        });
        return (view as UndoView).plan?.availableBefore;
      })
      .toBe(here.plan.availableBefore);
    const imported = await undoPlanOf(freshControl, freshTab!, json);
    expect(imported).toEqual(here);
    // The side panel's import shows it too.
    const freshPanel = await freshControl.context().newPage();
    await freshPanel.goto(`chrome-extension://${freshId}/sidepanel.html?tabId=${freshTab}`);
    await freshPanel
      .getByTestId('import-audit')
      .setInputFiles({ name: 'audit.json', mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') });
    await expect(freshPanel.getByTestId('undo-plan')).toBeVisible();
  } finally {
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }
  expect(blocked).toEqual([]);

  // The undo runs like any run and leaves the tenant exactly as before.
  await panel.getByTestId('start-undo').click();
  await expect.poll(async () => activeRunId(control)).not.toBe(runId);
  const undone = await waitForStatus(control, ['done', 'paused'], 200_000);
  expect(undone.status, JSON.stringify(undone.pause)).toBe('done');
  expect(sim.snapshot()).toEqual(before);
});
