import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import { parseCsv } from '../../../lib/csv';
import { runPreflight, runnableTargets } from '../../../lib/preflight';
import { planRun } from '../../../lib/worker/run-setup';
import { runView } from '../../../lib/worker/run-view';
import { summarizeCsv, pageFactsFromReport } from '../../../lib/worker/csv-summary';
import { createRun, reduce } from '../../../lib/run';
import type { PageReport } from '../../../lib/portals/types';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const report: PageReport = {
  portal: 'admin-center',
  page: 'product',
  pane: null,
  locale: 'en',
  url: `https://admin.microsoft.com/#/licensedetailpage/${PRO}`,
  products: [],
  product: { name: 'Power BI Pro', skuId: PRO, total: 10, assigned: 4, available: 6 },
  canAssignHere: true,
  missing: [],
  at: '2026-11-22T10:00:00.000Z',
};
const file = [
  'Email,Guest',
  'ann@contoso.com,',
  'bob@contoso.com,',
  'not an address,',
  'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com,yes',
  'ANN@contoso.com,',
].join('\n');

function load() {
  const result = parseCsv(new TextEncoder().encode(file), { catalog: getCatalog() });
  const facts = pageFactsFromReport(report);
  const settings = { excludeGuestsAlways: false, guestsConfirmed: false };
  const checks = runPreflight(result.targets, facts, settings, getCatalog());
  return { result, checks, runnable: runnableTargets(result.targets, checks, settings) };
}

describe('planning a run from a loaded file', () => {
  it('holds the unconfirmed guest, keeps the file rows that never became targets for the report', () => {
    const { result, runnable } = load();
    const { input, excluded } = planRun(
      result,
      runnable,
      { skuId: PRO, name: 'Power BI Pro' },
      { id: 'r1', mode: 'autopilot', batchSize: 20, now: 1 },
    );
    expect(input.targets.map((t) => t.row)).toEqual([2, 3, 5]);
    expect(input.skips).toEqual([{ row: 5, reason: 'targetGuestHeld' }]);
    expect(excluded.map((x) => [x.row, x.id, x.reason])).toEqual([
      [4, 'not an address', 'invalidAddress'],
      [6, 'ANN@contoso.com', 'duplicateTarget'],
    ]);
    const run = createRun(input);
    expect(run.targets.size).toBe(3);
  });

  it('names the user of a row left out for its product, not the product', () => {
    const csv = 'Email,Product\nann@contoso.com,Power BI Pro\nbob@contoso.com,Power BI Ultra\n';
    const result = parseCsv(new TextEncoder().encode(csv), { catalog: getCatalog() });
    const settings = { excludeGuestsAlways: false, guestsConfirmed: false };
    const checks = runPreflight(result.targets, pageFactsFromReport(report), settings, getCatalog());
    const { excluded } = planRun(
      result,
      runnableTargets(result.targets, checks, settings),
      { skuId: PRO, name: 'Power BI Pro' },
      { id: 'r2', mode: 'guided', batchSize: 20, now: 1 },
    );
    expect(excluded).toEqual([{ row: 3, id: 'bob@contoso.com', reason: 'unknownProduct' }]);
  });

  it('reads the page facts of a product page and of a Licenses page with the chosen product', () => {
    expect(pageFactsFromReport(report).product?.available).toBe(6);
    const licenses: PageReport = {
      ...report,
      page: 'licenses',
      product: undefined,
      products: [
        { name: 'A', skuId: 'a' },
        { name: 'Power BI Pro', skuId: PRO, available: 2 },
      ],
    };
    expect(pageFactsFromReport(licenses, PRO).product?.available).toBe(2);
    expect(pageFactsFromReport(licenses).product).toBeUndefined();
    expect(pageFactsFromReport(undefined)).toEqual({ pageKind: 'other' });
  });

  it('summarizes counts and lists errors first', () => {
    const { result } = load();
    const summary = summarizeCsv('f.csv', 'now', result);
    expect(summary.counts).toEqual({ users: 2, guests: 1, groups: 0 });
    expect(summary.problems[0]?.severity).toBe('error');
    expect(summary.rowCount).toBe(5);
  });
});

describe('the side panel view of a run', () => {
  it('pages and filters targets with their checklists', () => {
    const { result, runnable } = load();
    const { input } = planRun(
      result,
      runnable,
      { skuId: PRO, name: 'Power BI Pro' },
      { id: 'r1', mode: 'guided', batchSize: 20, now: 1 },
    );
    const run = reduce(createRun(input), { type: 'started', at: 2 }).state;
    const all = runView(run, 3, 0, 2);
    expect(all.matching).toBe(3);
    expect(all.items.map((i) => i.row)).toEqual([2, 3]);
    expect(all.items[0]!.steps.map((s) => s.step)).toContain('submit');
    const skipped = runView(run, 3, 0, 10, 'skipped');
    expect(skipped.items.map((i) => [i.row, i.skip])).toEqual([[5, 'targetGuestHeld']]);
    expect(runView(run, 3, 1, 10, 'open').items.map((i) => i.row)).toEqual([3]);
  });
});
