import { describe, expect, it } from 'vitest';
import type { Target } from '../../../lib/csv/types';
import { toArray } from '../../../lib/run/chunked';
import { createRun } from '../../../lib/run/create';
import { planOf, planOfInput } from '../../../lib/run/plan';
import { driver, newRun, SKU, start } from './fake-portal';
import { actFull, driveFull, fullPortal, group, user } from './fake-unassign';

const u = (name: string) => `${name}@contoso.com`;

/** Batches as [n, flow, ids, before, after]. */
const shape = (plan: ReturnType<typeof planOf>) =>
  plan.batches.map((b) => [b.n, b.flow, b.items.map((i) => i.id), b.availableBefore, b.availableAfter]);

describe('the dry run’s plan', () => {
  it('puts removals first, a reassignment in both halves, and counts seats after each batch', () => {
    const s = newRun(
      [
        user(2, u('new1')),
        user(3, u('old1'), 'unassign'),
        group(4, 'Sales', 'unassign', 5),
        group(5, 'Finance', 'assign', 3),
        user(6, u('b1'), 'reassign', u('a1')),
        user(7, u('new2')),
      ],
      { batchSize: 20 },
    );
    const plan = planOf(s, { available: 1 });
    expect(shape(plan)).toEqual([
      [1, 'unassignUsers', [u('old1'), u('a1')], 1, 3],
      [2, 'unassignGroups', ['Sales'], 3, 8],
      [3, 'assignUsers', [u('new1'), u('b1'), u('new2')], 8, 5],
      [4, 'assignGroups', ['Finance'], 5, 2],
    ]);
    expect(plan).toMatchObject({ submissions: 4, availableBefore: 1, availableAfter: 2, lowest: 1, skipped: [] });
    expect(plan.firstShortBatch).toBeUndefined();
    expect(plan.batches[0]!.items[1]).toEqual({
      index: 4,
      row: 6,
      id: u('a1'),
      kind: 'user',
      action: 'reassign',
      from: u('a1'),
      seats: 1,
    });
    expect(plan.batches[2]!.items[1]).toMatchObject({ index: 4, id: u('b1'), from: u('a1'), seats: -1 });
  });

  it('splits flows into batches of the run’s size, numbered as the run will number them', () => {
    const targets: Target[] = [
      ...Array.from({ length: 5 }, (_, i) => user(2 + i, u(`gone${i}`), 'unassign')),
      ...Array.from({ length: 3 }, (_, i) => user(10 + i, u(`new${i}`))),
    ];
    const plan = planOf(newRun(targets, { batchSize: 2 }));
    expect(plan.batches.map((b) => [b.n, b.flow, b.items.length])).toEqual([
      [1, 'unassignUsers', 2],
      [2, 'unassignUsers', 2],
      [3, 'unassignUsers', 1],
      [4, 'assignUsers', 2],
      [5, 'assignUsers', 1],
    ]);
    // No count on the page: the batches and their seat changes only.
    expect(plan.availableBefore).toBeUndefined();
    expect(plan.batches.every((b) => b.availableBefore === undefined && !b.belowZero)).toBe(true);
  });

  it('flags the first batch that would take more seats than are free', () => {
    const s = newRun([user(2, u('x'), 'unassign'), user(3, u('n1')), user(4, u('n2')), user(5, u('n3'))], {
      batchSize: 2,
    });
    const plan = planOf(s, { available: 0 });
    expect(plan.batches.map((b) => [b.availableAfter, b.belowZero])).toEqual([
      [1, false],
      [-1, true],
      [-2, true],
    ]);
    expect(plan).toMatchObject({ firstShortBatch: 2, lowest: -2 });
  });

  it('counts groups of unknown size as unknown, not as zero', () => {
    const plan = planOf(newRun([group(2, 'Big', 'assign'), group(3, 'Known', 'assign', 4)]), { available: 10 });
    expect(plan.batches[0]).toMatchObject({ unknownSeats: 1, availableAfter: 6 });
    expect(plan.batches[0]!.items[0]!.seats).toBeUndefined();
  });

  it('lists the targets the run leaves out, with the reason', () => {
    const s = createRun({
      id: 'r',
      product: { skuId: SKU, name: 'Power BI Pro' },
      mode: 'guided',
      targets: [
        user(2, u('had')),
        { ...user(3, u('o')), skuId: 'c1d032e0-5619-4761-9b5c-75b6831e1711' },
        user(4, u('ok')),
      ],
      skips: [{ row: 2, reason: 'alreadyHolds' }],
      now: 0,
    });
    const plan = planOf(s, { available: 3 });
    expect(plan.skipped.map((x) => [x.row, x.reason])).toEqual([
      [2, 'alreadyHolds'],
      [3, 'otherProduct'],
    ]);
    expect(shape(plan)).toEqual([[1, 'assignUsers', [u('ok')], 3, 2]]);
  });

  it('plans what is left of a run under way: the open batch keeps its number, a freed seat only its assignment', () => {
    const d = driver(
      newRun([user(2, u('b'), 'reassign', u('a')), user(3, u('x'), 'unassign'), user(4, u('n'))], { batchSize: 1 }),
    );
    const p = fullPortal({ total: 3, licensed: new Set([u('a'), u('x')]) });
    start(d);
    while (d.state.current !== 2 || toArray(d.state.targets)[1]!.status !== 'picked') actFull(d, p);
    const plan = planOf(d.state, { available: 2 });
    expect(shape(plan)).toEqual([
      [2, 'unassignUsers', [u('x')], 2, 3],
      [3, 'assignUsers', [u('b')], 3, 2],
      [4, 'assignUsers', [u('n')], 2, 1],
    ]);
  });

  it('matches the batches a whole run forms on the portal, and the seats never go below zero', () => {
    const targets: Target[] = [
      ...Array.from({ length: 23 }, (_, i) => user(2 + i, u(`new${i}`))),
      ...Array.from({ length: 21 }, (_, i) => user(30 + i, u(`old${i}`), 'unassign')),
      ...Array.from({ length: 4 }, (_, i) => user(60 + i, u(`to${i}`), 'reassign', u(`from${i}`))),
      group(70, 'Team', 'unassign', 2),
    ];
    const licensed = new Set([
      ...Array.from({ length: 21 }, (_, i) => u(`old${i}`)),
      ...Array.from({ length: 4 }, (_, i) => u(`from${i}`)),
      'Team',
    ]);
    const p = fullPortal({ total: 27, licensed, groups: new Map([['Team', [u('t1'), u('t2')]]]) });
    const s = newRun(targets);
    const plan = planOf(s, { available: p.total - p.seats });
    expect(plan.lowest).toBe(0);
    const d = driver(s);
    start(d);
    expect(driveFull(d, p)).toEqual({ kind: 'done' });
    expect(toArray(d.state.batches).map((b) => [b.n, b.flow, b.targets])).toEqual(
      plan.batches.map((b) => [b.n, b.flow, b.items.map((i) => i.index)]),
    );
    expect(p.lowestAvailable).toBe(0);
    expect(p.total - p.seats).toBe(plan.availableAfter);
    // Nothing is left to plan once the run is done.
    expect(planOf(d.state, { available: 0 }).batches).toEqual([]);
  });
});

describe('planOfInput', () => {
  it('plans a run from createRun’s input without a stored run', () => {
    const input = {
      id: 'dry',
      product: { skuId: SKU, name: 'Power BI Pro' },
      mode: 'guided' as const,
      targets: [user(2, u('x'), 'unassign'), user(3, u('n'))],
      now: 0,
    };
    expect(planOfInput(input, { available: 0 })).toEqual(planOf(createRun(input), { available: 0 }));
    expect(planOfInput(input, { available: 0 }).batches.map((b) => b.flow)).toEqual(['unassignUsers', 'assignUsers']);
  });
});
