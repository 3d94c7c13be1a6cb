import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { createRun } from '../../../lib/run/create';
import { nextAction } from '../../../lib/run/next-action';
import type { RunState } from '../../../lib/run/types';
import { act, countEvents, drive, driver, groups, newRun, portal, SKU, start, users } from './fake-portal';

describe('whole runs in autopilot', () => {
  it.each([
    { users: 200, groups: 0, size: 20, submissions: 10 },
    { users: 45, groups: 3, size: 20, submissions: 4 },
    { users: 21, groups: 0, size: 20, submissions: 2 },
    { users: 20, groups: 20, size: 20, submissions: 2 },
    { users: 7, groups: 25, size: 5, submissions: 7 },
    { users: 1, groups: 0, size: 1, submissions: 1 },
  ])('users and groups %j', (c) => {
    const d = driver(newRun([...users(c.users), ...groups(c.groups, 2 + c.users)], { batchSize: c.size }));
    const p = portal();
    start(d);
    expect(drive(d, p)).toEqual({ kind: 'done' });
    expect(d.state.status).toBe('done');
    expect(d.state.submissions).toBe(c.submissions);
    expect(countEvents(d, 'submitting')).toBe(c.submissions);
    expect(p.submittedIds).toHaveLength(c.users + c.groups);
    expect(new Set(p.submittedIds).size).toBe(c.users + c.groups);
    expect(toArray(d.state.targets).every((r) => r.status === 'done')).toBe(true);
  });

  it('keeps users and groups in separate batches, users first, groups through the Groups tab', () => {
    const d = driver(newRun([...groups(3, 2), ...users(45, 5)]));
    start(d);
    drive(d, portal());
    const batches = toArray(d.state.batches);
    expect(batches.map((b) => [b.flow, b.targets.length])).toEqual([
      ['assignUsers', 20],
      ['assignUsers', 20],
      ['assignUsers', 5],
      ['assignGroups', 3],
    ]);
    for (const b of batches) {
      const kinds = new Set(b.targets.map((i) => toArray(d.state.targets)[i]!.target.kind));
      expect(kinds).toEqual(new Set([b.flow === 'assignGroups' ? 'group' : 'user']));
    }
    expect(batches[3]!.steps.openGroupsTab?.status).toBe('done');
    expect(batches[0]!.steps.openGroupsTab).toBeUndefined();
  });

  it('follows the users flow step by step', () => {
    const d = driver(newRun(users(2)));
    start(d);
    drive(d, portal());
    expect(d.actions).toEqual([
      'openProductPage',
      'openAssignPane',
      'pickTarget',
      'pickTarget',
      'submit',
      'readOutcome',
      'closePane',
      'verify',
      'done',
    ]);
    const b = toArray(d.state.batches)[0]!;
    expect(Object.values(b.steps).map((m) => m.status)).toEqual(Array(7).fill('done'));
    expect(b.endedAt).toBeGreaterThan(b.startedAt);
  });

  it('asks guided mode for the very same actions', () => {
    const auto = driver(newRun(users(30)));
    const guided = driver(newRun(users(30), { mode: 'guided' }));
    for (const d of [auto, guided]) {
      start(d);
      drive(d, portal());
    }
    expect(guided.actions).toEqual(auto.actions);
    expect(guided.state.submissions).toBe(2);
  });

  it('never mutates the state it is given', () => {
    const d = driver(newRun([...users(23), ...groups(2, 30)], { batchSize: 10 }));
    start(d);
    const snapshots = new Map<RunState, string>();
    // Every state is frozen deeply before the next event: a mutation would throw in strict mode.
    const p = portal();
    for (let n = 0; n < 500 && nextAction(d.state).kind !== 'done'; n++) {
      deepFreeze(d.state);
      snapshots.set(d.state, JSON.stringify(d.state));
      act(d, p);
    }
    for (const [state, json] of snapshots) expect(JSON.stringify(state)).toBe(json);
    expect(snapshots.size).toBe(50); // 16 + 16 + 9 users-batch actions, 9 for the groups batch
    expect(d.state.status).toBe('done');
  });

  it('starts with nothing to do as done', () => {
    const d = driver(newRun([]));
    start(d);
    expect(d.state.status).toBe('done');
    expect(nextAction(d.state)).toEqual({ kind: 'done' });
  });
});

describe('creating a run', () => {
  it('clamps the batch size to the portal limit of 20 and at least 1', () => {
    expect(newRun(users(1), { batchSize: 50 }).batchSize).toBe(20);
    expect(newRun(users(1), { batchSize: 0 }).batchSize).toBe(1);
    expect(newRun(users(1), { batchSize: 7 }).batchSize).toBe(7);
  });

  it('skips rows pre-flight left out, rows of another product and actions not handled (a reassignment to a group)', () => {
    const [a, b, c, e] = users(4);
    const s = createRun({
      id: 'r',
      product: { skuId: SKU.toUpperCase(), name: 'Power BI Pro' },
      mode: 'guided',
      targets: [
        a!,
        { ...b!, skuId: 'c1d032e0-5619-4761-9b5c-75b6831e1711' },
        { ...c!, kind: 'group', action: 'reassign', from: 'x@contoso.com' },
        { ...e!, skuId: SKU },
      ],
      skips: [{ row: a!.row, reason: 'alreadyHad' }],
      now: 5,
    });
    expect(toArray(s.targets).map((r) => [r.status, r.skip])).toEqual([
      ['skipped', 'alreadyHad'],
      ['skipped', 'otherProduct'],
      ['skipped', 'actionNotSupported'],
      ['pending', undefined],
    ]);
    const d = driver(s);
    start(d);
    drive(d, portal());
    expect(d.state.submissions).toBe(1);
  });
});

function deepFreeze(x: unknown): void {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
}
