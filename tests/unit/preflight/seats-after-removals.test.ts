// Seats in a mixed file: a run removes licenses before it assigns any, so the seats its removals
// free count; a reassignment moves a seat; a guest whose license is removed needs no confirmation.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import type { Target } from '../../../lib/csv';
import { runnableTargets, runPreflight, type CheckResult, type PageFacts } from '../../../lib/preflight';
import { localeTable } from '../i18n/locale-files';
import { group, guest, PRO, productPage, settings, user } from './fixtures';

const catalog = getCatalog();
const seats = (targets: Target[], facts: PageFacts): CheckResult =>
  runPreflight(targets, facts, settings(), catalog).find((r) => r.id === 'seats')!;

const assigns = (n: number, first = 10) => Array.from({ length: n }, (_, i) => user(first + i));
const removals = (n: number, first = 50) =>
  Array.from({ length: n }, (_, i) => user(first + i, `gone${i}@contoso.com`, { action: 'unassign' }));

describe('seats after the removals', () => {
  it('keeps the plain verdict when the free seats suffice without the removals', () => {
    expect(seats([...assigns(2), ...removals(3)], productPage(2))).toMatchObject({
      status: 'pass',
      code: 'seatsEnough',
      params: ['2', '2', 'Power BI Pro'],
    });
  });

  it('passes on the seats the removals free first, and says so', () => {
    expect(seats([...assigns(4), ...removals(3)], productPage(1))).toMatchObject({
      status: 'pass',
      code: 'seatsEnoughAfterRemovals',
      params: ['4', '1', 'Power BI Pro', '3'],
    });
  });

  it('counts a removed group by its members where known, and not at all where unknown', () => {
    const sized = [...assigns(5), group(60, 'Leavers', { action: 'unassign', memberCount: 4 })];
    expect(seats(sized, productPage(1))).toMatchObject({
      status: 'pass',
      code: 'seatsEnoughAfterRemovals',
      params: ['5', '1', 'Power BI Pro', '4'],
    });
    const unsized = [...assigns(5), group(60, 'Leavers', { action: 'unassign' })];
    expect(seats(unsized, productPage(1))).toMatchObject({
      status: 'fail',
      code: 'seatsShort',
      params: ['5', '1', '4', 'Power BI Pro'],
    });
    const fromPage = { ...productPage(1), groupMemberCounts: { Leavers: 4 } };
    expect(seats(unsized, fromPage)).toMatchObject({ status: 'pass', code: 'seatsEnoughAfterRemovals' });
  });

  it('asks to buy only what the removals do not free', () => {
    const result = seats([...assigns(6), ...removals(2)], productPage(1));
    expect(result).toMatchObject({
      status: 'fail',
      code: 'seatsShortAfterRemovals',
      params: ['6', '1', '3', 'Power BI Pro', '2'],
    });
    expect(result.steps?.some((s) => s.params.includes('3'))).toBe(true);
    const check = runnableTargets(
      [...assigns(6), ...removals(2)],
      runPreflight([...assigns(6), ...removals(2)], productPage(1), settings(), catalog),
      settings(),
    );
    expect(check.blockedBy).toEqual(['seats']);
  });

  it('counts a reassignment on neither side', () => {
    const moves = [
      user(2, 'b@contoso.com', { action: 'reassign', from: 'a@contoso.com' }),
      user(3, 'd@contoso.com', { action: 'reassign', from: 'c@contoso.com' }),
    ];
    expect(seats([...moves, ...assigns(1)], productPage(1))).toMatchObject({
      status: 'pass',
      code: 'seatsEnough',
      params: ['1', '1', 'Power BI Pro'],
    });
    expect(seats([...moves, ...assigns(1)], productPage(0))).toMatchObject({ status: 'fail', code: 'seatsShort' });
  });

  it('leaves out removals the page shows as not needed (not held, or held through a group)', () => {
    const facts = productPage(0, {
      knownHolders: [
        { key: 'gone0@contoso.com', skuIds: [] },
        { key: 'gone1@contoso.com', skuIds: [PRO], via: 'group' },
      ],
    });
    expect(seats([...assigns(1), ...removals(3)], facts)).toMatchObject({
      status: 'pass',
      code: 'seatsEnoughAfterRemovals',
      params: ['1', '0', 'Power BI Pro', '1'],
    });
  });

  it('has its messages in four languages with the placeholders its params fill', () => {
    const table = localeTable('check_');
    for (const [code, count] of [
      ['seatsEnoughAfterRemovals', 4],
      ['seatsShortAfterRemovals', 5],
    ] as const) {
      for (const locale of ['en', 'nl', 'de', 'fr']) {
        const used = [...new Set(table[code]![locale]!.match(/\$\d/g))].sort();
        expect(used, `${code}.${locale}`).toEqual(Array.from({ length: count }, (_, i) => `$${i + 1}`));
      }
    }
  });
});

describe('guests whose license is removed', () => {
  it('are neither held for confirmation nor counted as guests to license', () => {
    const leaving = guest(2, 'ex@fabrikam.com', { action: 'unassign' });
    const results = runPreflight([leaving, user(3)], productPage(5), settings(), catalog);
    expect(results.find((r) => r.id === 'guests')).toMatchObject({ status: 'pass', rows: [] });
    const decided = runnableTargets([leaving, user(3)], results, settings());
    expect(decided.run.map((t) => t.row)).toEqual([2, 3]);
    expect(decided.held).toEqual([]);
  });

  it('still need confirmation to receive a reassigned license', () => {
    const incoming = guest(2, 'new@fabrikam.com', { action: 'reassign', from: 'a@contoso.com' });
    const decided = runnableTargets(
      [incoming],
      runPreflight([incoming], productPage(5), settings(), catalog),
      settings(),
    );
    expect(decided.held.map((d) => d.target.row)).toEqual([2]);
  });
});

describe('reassignments the page shows cannot move a seat', () => {
  it('are left out when the `from` user does not hold the product or holds it only through a group', () => {
    const rows = [
      user(2, 'b@contoso.com', { action: 'reassign', from: 'a@contoso.com' }),
      user(3, 'd@contoso.com', { action: 'reassign', from: 'c@contoso.com' }),
      user(4, 'f@contoso.com', { action: 'reassign', from: 'E@contoso.com' }),
    ];
    const facts = productPage(5, {
      knownHolders: [
        { key: 'a@contoso.com', skuIds: [] },
        { key: 'c@contoso.com', skuIds: [PRO], via: 'group' },
        { key: 'e@contoso.com', skuIds: [PRO], via: 'direct' },
      ],
    });
    const results = runPreflight(rows, facts, settings(), catalog);
    expect(results.find((r) => r.id === 'alreadyCovered')?.notes).toEqual([
      { row: 2, code: 'notHeld', params: ['a@contoso.com', 'Power BI Pro'] },
      { row: 3, code: 'inheritedFromGroup', params: ['c@contoso.com', 'Power BI Pro'] },
    ]);
    expect(runnableTargets(rows, results, settings()).run.map((t) => t.row)).toEqual([4]);
  });
});
