// A mixed 60-row file in autopilot, started from the popup: removals (one inherited from a group,
// one not held), reassignments, a product removed from a group, assignments and a user who does not
// exist. The simulator must end exactly as the exported report says, and its free seats must never
// go below zero on the way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import {
  clickMarked,
  controlPage,
  productUrl,
  runControl,
  startRunFor,
  storedRun,
  waitForStatus,
  PRO,
} from './run-helpers';
import { REPORT_COLUMNS } from '../../lib/run/report-csv';
import { makeScenario } from '../portal-sim/scenarios/generate';
import type { Scenario } from '../portal-sim/scenarios/schema';
import type { PortalSim } from '../portal-sim/server';

function tenant(): Scenario {
  const s = makeScenario({
    users: 122,
    guests: 2,
    seats: 62,
    groups: 3,
    groupSize: 6,
    withoutUsageLocation: 0,
    seed: 7,
    delays: { loadMs: 60, suggestMs: 120, assignMs: 250 },
  });
  const members = s.users.filter((u) => !u.guest).map((u) => u.upn);
  const pro = s.products.find((p) => p.skuId === PRO)!;
  pro.directUsers = members.slice(12, 60);
  // Team 1 (members 0-5) and Team 2 (members 6-11) hold the product through the group only.
  pro.groups = [s.groups[0]!.id, s.groups[1]!.id];
  return s;
}

const SCENARIO = tenant();
const M = SCENARIO.users.filter((u) => !u.guest).map((u) => u.upn);
const GHOST = 'ghost.user@bigtenant.onmicrosoft.com';
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Action;User;From;Group;Members — 60 rows, in the words admins write. */
const ROWS: string[] = [
  ...range(12, 33).map((i, k) => `${k % 2 ? 'verwijderen' : 'remove'};${M[i]};;;`),
  `unassign;${M[0]};;;`, // holds it through Team 1 only
  `unassign;${M[110]};;;`, // does not hold it
  ...range(0, 4).map((k) => `reassign;${M[70 + k]};${M[40 + k]};;`),
  'unassign;;;Team 2;6',
  ...range(75, 103).map((i, k) => `${k % 3 === 0 ? '' : k % 3 === 1 ? 'assign' : 'toewijzen'};${M[i]};;;`),
  `assign;${GHOST};;;`,
];
const CSV = ['Action;User;From;Group;Members', ...ROWS].join('\r\n');

type ReportLine = Record<string, string>;

/** What the simulator holds for a report line must be what the line says. */
function expectSimMatches(sim: PortalSim, r: ReportLine): void {
  const held = (upn: string) => sim.holding(PRO, upn);
  const where = `row ${r.row} ${r.id} ${r.outcome} ${r.reason}`;
  switch (r.outcome) {
    case 'assigned':
      expect(held(r.id!)?.direct, where).toBe(true);
      break;
    case 'unassigned':
      if (r.kind === 'group')
        expect(
          sim
            .snapshot()
            .products.find((p) => p.skuId === PRO)!
            .holders.some((h) => h.groups.includes(r.id!)),
          where,
        ).toBe(false);
      else expect(held(r.id!)?.direct ?? false, where).toBe(false);
      break;
    case 'reassigned':
      expect(held(r.id!)?.direct, where).toBe(true);
      expect(held(r.from!)?.direct ?? false, where).toBe(false);
      break;
    case 'reassignPartial':
      expect(held(r.from!)?.direct ?? false, where).toBe(false);
      expect(held(r.id!), where).toBeUndefined();
      break;
    case 'notFound':
      expect(held(r.id!), where).toBeUndefined();
      break;
    case 'skipped':
      if (r.reason === 'inheritedFromGroup')
        expect(held(r.id!), where).toMatchObject({ direct: false, groupIds: [SCENARIO.groups[0]!.id] });
      else if (r.reason === 'notHeld') expect(held(r.id!), where).toBeUndefined();
      else throw new Error(`unexpected skip: ${where}`);
      break;
    default:
      throw new Error(`unexpected outcome: ${where}`);
  }
}

test.use({ scenario: SCENARIO });

const EN = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', 'en', 'messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const CODES = new Map(
  Object.entries(EN)
    .filter(([key]) => key.startsWith('reportValue_') || key.startsWith('skip_'))
    .map(([key, { message }]) => [message, key.slice(key.indexOf('_') + 1)]),
);
/** The code behind a report cell's English words (a cell that is no such text stays as it is). */
const codeOf = (value: string) => CODES.get(value) ?? value;

test('a mixed file: removals first, reassignments, a group, assignments; the simulator ends as the report says', async ({
  context,
  sim,
  extensionId,
  openPopup,
  openSidePanel,
  pageReportOf,
}) => {
  test.setTimeout(240_000);
  const seatsAt = () => sim.snapshot().products.find((p) => p.skuId === PRO)!.available;
  expect(seatsAt()).toBe(2);
  let lowest = seatsAt();
  const watch = setInterval(() => (lowest = Math.min(lowest, seatsAt())), 25);

  const page = await context.newPage();
  await page.goto(productUrl());
  await expect.poll(async () => (await pageReportOf(page))?.product?.available).toBe(2);
  const control = await controlPage(context, extensionId);
  try {
    await startRunFor(page, CSV, 'autopilot', openPopup);
    // The user who does not exist pauses the run; the admin resumes and the batch goes on without him.
    const paused = await waitForStatus(control, ['paused', 'done'], 150_000);
    expect(paused.pause?.reason, JSON.stringify(paused.pause)).toBe('targetNotFound');
    expect(await runControl(control, 'resume')).toEqual({ ok: true });
    const done = await waitForStatus(control, ['done'], 150_000);
    expect(done.status).toBe('done');
  } finally {
    clearInterval(watch);
  }

  // Removals before assignments, 20 at a time: 29 user removals, 1 group, 34 assignments.
  expect(sim.submissions.map((s) => [s.kind, s.targetType, s.targets.length])).toEqual([
    ['unassign', 'user', 20],
    ['unassign', 'user', 7],
    ['unassign', 'group', 1],
    ['assign', 'user', 20],
    ['assign', 'user', 14],
  ]);
  expect(sim.submissions.every((s) => s.outcome === 'success' && s.code === undefined)).toBe(true);
  expect(lowest).toBeGreaterThanOrEqual(0);
  expect(seatsAt()).toBe(1);

  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('run')).toHaveAttribute('data-run-status', 'done');
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-report').click()]);
  const text = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // Headers are localized: the columns are read by their place.
  const cells = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data.slice(1);
  // Values are in the admin's language (English here): read them back as the codes they stand for.
  const lines = cells.map((c): ReportLine =>
    Object.fromEntries(REPORT_COLUMNS.map((name, i) => [name, codeOf(c[i] ?? '')])),
  );
  expect(lines.map((l) => Number(l.row))).toEqual(range(2, 61));

  const outcomes = (outcome: string) => lines.filter((l) => l.outcome === outcome).length;
  expect({
    unassigned: outcomes('unassigned'),
    reassigned: outcomes('reassigned'),
    assigned: outcomes('assigned'),
    notFound: outcomes('notFound'),
    skipped: lines
      .filter((l) => l.outcome === 'skipped')
      .map((l) => l.reason)
      .sort(),
  }).toEqual({ unassigned: 23, reassigned: 5, assigned: 29, notFound: 1, skipped: ['inheritedFromGroup', 'notHeld'] });
  expect(lines.find((l) => l.id === M[70])).toMatchObject({ action: 'reassign', from: M[40], outcome: 'reassigned' });
  expect(lines.find((l) => l.id === GHOST)).toMatchObject({ outcome: 'notFound' });
  for (const line of lines) expectSimMatches(sim, line);

  const state = await storedRun(control);
  expect(state?.submissions).toBe(5);
});

test('guided: the admin ticks, opens the dialog and confirms where the run points; the reassignment follows', async ({
  context,
  sim,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto(productUrl());
  const control = await controlPage(context, extensionId);
  const csv = ['Action;User;From', `remove;${M[20]};`, `remove;${M[0]};`, `reassign;${M[71]};${M[41]}`].join('\r\n');
  await startRunFor(page, csv, 'guided', openPopup);

  const clicked: string[] = [];
  const until = Date.now() + 150_000;
  for (;;) {
    expect(Date.now(), 'run finished in time').toBeLessThan(until);
    const step = await clickMarked(page, control);
    if (step === undefined) break;
    if (step) clicked.push(step);
  }
  test.info().annotations.push({ type: 'clicks', description: clicked.join(',') });
  // The removal's own clicks (the assignment's are run-guided.spec.ts's business).
  for (const step of ['tick', 'openUnassignDialog', 'confirm']) expect(clicked, step).toContain(step);
  expect(clicked.filter((s) => s === 'confirm')).toHaveLength(1);
  expect(sim.submissions.map((s) => [s.kind, s.targets.map((t) => t.toLowerCase())])).toEqual([
    ['unassign', [M[20], M[41]]],
    ['assign', [M[71]]],
  ]);
  expect(sim.holding(PRO, M[20]!)).toBeUndefined();
  expect(sim.holding(PRO, M[0]!)).toMatchObject({ direct: false });
  expect(sim.holding(PRO, M[41]!)).toBeUndefined();
  expect(sim.holding(PRO, M[71]!)?.direct).toBe(true);
});
