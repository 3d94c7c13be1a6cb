// Who already holds the product, known before and during a run: holders read from the product
// pages (directly, through a group, through a product that includes it) are skipped without a
// submission or a pause.
import { expect, test } from './fixtures';
import { makeScenario, SKU } from '../portal-sim/scenarios/generate';
import { buildReport } from '../../lib/run';
import { csvOf, controlPage, PRO, productUrl, waitForStatus } from './run-helpers';

const base = makeScenario({
  users: 200,
  seats: 188,
  assigned: 10,
  groups: 5,
  groupSize: 3,
  delays: { loadMs: 40, suggestMs: 40, assignMs: 150 },
  seed: 11,
});
const members = base.users.filter((u) => !u.guest).map((u) => u.upn);
const viaGroup = base.groups[4]!; // members 12 to 14
const e5Holders = members.slice(15, 17);
const scenario = {
  ...base,
  products: base.products.map((p) =>
    p.skuId === PRO ? { ...p, groups: [viaGroup.id] } : p.skuId === SKU.e5 ? { ...p, directUsers: e5Holders } : p,
  ),
};
const upns = members.slice(0, 180);
/** The scenario's 10 direct holders (the first assigned), the group's 3 members and the 2 E5 holders. */
const covered = [...members.slice(0, 10), ...viaGroup.members, ...e5Holders];
const holdersOf = (skuIds: string[]) => (s: Record<string, unknown>) =>
  skuIds.every((sku) => sku in ((s.holdersCache as Record<string, unknown> | undefined) ?? {}));

test.describe('holders known before the run', () => {
  test.use({ scenario });

  test('180 users, 15 already covered, 175 free: Start enabled, 9 submissions, no pause, 15 alreadyHeld', async ({
    context,
    sim,
    extensionId,
    openPopup,
  }) => {
    test.setTimeout(300_000);
    const before = sim.snapshot().products.find((p) => p.skuId === PRO)!;
    expect([before.total, before.available]).toEqual([188, 175]);
    const control = await controlPage(context, extensionId);
    const page = await context.newPage();
    const csv = csvOf(upns);

    // The admin looked at Microsoft 365 E5's page with the file loaded: its holders are read.
    await page.goto(productUrl(SKU.e5));
    const first = await openPopup(page);
    await first
      .getByTestId('csv-input')
      .setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect
      .poll(async () => holdersOf([SKU.e5])(await control.evaluate(() => chrome.storage.local.get('holdersCache'))))
      .toBe(true);
    await first.close();

    // On Power BI Pro's page pre-flight knows the 10 direct, 3 group and 2 E5 holders.
    await page.goto(productUrl(PRO));
    const popup = await openPopup(page);
    await expect(popup.getByTestId('start-run')).toBeEnabled({ timeout: 30_000 });
    await expect(popup.getByText('15 targets need no change')).toBeVisible();
    await popup.screenshot({ path: 'test-results/holders-preflight.png', fullPage: true });
    await popup.getByTestId('run-mode').selectOption('autopilot');
    await popup.getByTestId('start-run').click();
    await popup.close();

    const done = await waitForStatus(control, ['done', 'paused'], 280_000);
    expect(done.status).toBe('done');
    expect(done.pause).toBeUndefined();
    expect(done.submissions).toBe(Math.ceil(165 / 20));
    expect(sim.submissions).toHaveLength(9);
    const report = buildReport(done);
    expect(
      report
        .filter((r) => r.outcome === 'alreadyHeld')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...covered].sort());
    expect(report.filter((r) => r.outcome === 'assigned')).toHaveLength(165);
    const submitted = new Set(sim.submissions.flatMap((s) => s.targets.map((t) => t.toLowerCase())));
    for (const upn of covered) expect(submitted.has(upn.toLowerCase()), upn).toBe(false);

    // The simulator agrees: everyone but the E5 holders holds Power BI Pro, the 3 only through the group.
    for (const upn of upns.filter((u) => !e5Holders.includes(u))) expect(sim.holding(PRO, upn), upn).toBeDefined();
    for (const upn of e5Holders) expect(sim.holding(PRO, upn)).toBeUndefined();
    for (const upn of viaGroup.members) expect(sim.holding(PRO, upn)).toMatchObject({ direct: false });
    expect(sim.snapshot().products.find((p) => p.skuId === PRO)!.available).toBe(10);

    // After the run the popup shows what it came to, not a purchase plan.
    const after = await openPopup(page);
    const outcome = after.getByTestId('run-outcome');
    await expect(outcome).toBeVisible();
    await expect(outcome.locator('[data-outcome="assigned"] strong')).toHaveText('165');
    await expect(outcome.locator('[data-outcome="alreadyHeld"] strong')).toHaveText('15');
    await expect(outcome.locator('[data-outcome="seatsLeft"] strong')).toHaveText('10');
    await after.screenshot({ path: 'test-results/holders-outcome.png', fullPage: true });
  });
});
