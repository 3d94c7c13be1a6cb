import { describe, expect, it } from 'vitest';
import { toArray } from '../../../lib/run/chunked';
import { checklistOf } from '../../../lib/run/checklist';
import { nextAction } from '../../../lib/run/next-action';
import { buildReport } from '../../../lib/run/report';
import { targetAt } from '../../../lib/run/state-ops';
import { countEvents, driver, newRun, send, start } from './fake-portal';
import { actFull, driveFull, fullPortal, group, user } from './fake-unassign';

const D = '@contoso.com';
const u = (name: string) => `${name}${D}`;

describe('removals and reassignments in a run', () => {
  it('runs unassign batches first (users, then groups), then the assign batches', () => {
    const d = driver(
      newRun([
        user(2, u('new1')),
        user(3, u('old1'), 'unassign'),
        group(4, 'Sales', 'unassign'),
        group(5, 'Finance', 'assign'),
        user(6, u('b1'), 'reassign', u('a1')),
        user(7, u('old2'), 'unassign'),
      ]),
    );
    const p = fullPortal({
      total: 10,
      licensed: new Set([u('old1'), u('old2'), u('a1'), 'Sales']),
      groups: new Map([['Sales', [u('s1'), u('s2')]]]),
    });
    start(d);
    expect(driveFull(d, p)).toEqual({ kind: 'done' });
    const batches = toArray(d.state.batches);
    expect(batches.map((b) => [b.flow, b.targets])).toEqual([
      ['unassignUsers', [1, 4, 5]],
      ['unassignGroups', [2]],
      ['assignUsers', [0, 4]],
      ['assignGroups', [3]],
    ]);
    expect(p.removedIds).toEqual([u('old1'), u('a1'), u('old2'), 'Sales']);
    expect([...p.licensed].sort()).toEqual(['Finance', u('b1'), u('new1')].sort());
    expect(d.state.submissions).toBe(4);
    expect(batches[1]!.steps.openGroupsTab?.status).toBe('done');
  });

  it('follows the unassign steps: tick each, open the dialog, confirm, read the outcome, verify', () => {
    const d = driver(newRun([user(2, u('x'), 'unassign'), user(3, u('y'), 'unassign')]));
    start(d);
    driveFull(d, fullPortal({ total: 5, licensed: new Set([u('x'), u('y')]) }));
    expect(d.actions).toEqual([
      'openProductPage',
      'tickTarget',
      'tickTarget',
      'openUnassignDialog',
      'confirmUnassign',
      'readUnassignOutcome',
      'verifyRemoved',
      'done',
    ]);
    expect(toArray(d.state.targets).map((r) => r.status)).toEqual(['done', 'done']);
    expect(Object.keys(toArray(d.state.batches)[0]!.steps)).toEqual([
      'openProductPage',
      'tick',
      'openUnassignDialog',
      'confirm',
      'readOutcome',
      'verify',
    ]);
  });

  it('names a reassignment by its `from` user in the unassign batch and by itself in the assign batch', () => {
    const d = driver(newRun([user(2, u('bob'), 'reassign', u('ann'))]));
    start(d);
    send(d, { type: 'controlFound', step: 'openProductPage' });
    expect(nextAction(d.state)).toMatchObject({
      kind: 'tickTarget',
      flow: 'unassignUsers',
      who: { id: u('ann'), kind: 'user', action: 'unassign' },
    });
    driveFull(d, fullPortal({ total: 1, licensed: new Set([u('ann')]) }));
    const r = targetAt(d.state, 0)!;
    expect([r.status, r.freedIn, r.batch]).toEqual(['done', 1, 2]);
  });

  it('leaves out targets the list does not show holding the product directly, without pausing or clicking', () => {
    const d = driver(
      newRun([
        user(2, u('none'), 'unassign'),
        user(3, u('viagroup'), 'unassign'),
        user(4, u('b'), 'reassign', u('inherits')),
      ]),
    );
    const p = fullPortal({ total: 5, viaGroup: new Set([u('viagroup'), u('inherits')]) });
    start(d);
    expect(driveFull(d, p)).toEqual({ kind: 'done' });
    expect(toArray(d.state.targets).map((r) => [r.status, r.skip])).toEqual([
      ['skipped', 'notHeld'],
      ['skipped', 'inheritedFromGroup'],
      ['skipped', 'inheritedFromGroup'],
    ]);
    expect(d.state.submissions).toBe(0);
    expect(p.removedIds).toEqual([]);
    expect(p.submittedIds).toEqual([]);
    expect(d.actions).not.toContain('openUnassignDialog');
  });

  it('treats a group flagged viaGroup as not held (groups are not inherited)', () => {
    const d = driver(newRun([group(2, 'Ghost', 'unassign')]));
    start(d);
    send(d, { type: 'controlFound', step: 'openProductPage' });
    send(d, { type: 'controlFound', step: 'openGroupsTab' });
    send(d, { type: 'targetNotHeld', target: 0, viaGroup: true });
    expect(targetAt(d.state, 0)!.skip).toBe('notHeld');
  });

  it('reports a reassignment whose target was not found as a partial move: the seat is free', () => {
    const d = driver(newRun([user(2, u('bob'), 'reassign', u('ann')), user(3, u('carl'), 'unassign')]));
    const p = fullPortal({ total: 2, licensed: new Set([u('ann'), u('carl')]), missing: new Set([u('bob')]) });
    start(d);
    expect(driveFull(d, p)).toMatchObject({ kind: 'waitForAdmin', reason: 'targetNotFound' });
    send(d, { type: 'resumed' });
    expect(driveFull(d, p)).toEqual({ kind: 'done' });
    expect(p.licensed.size).toBe(0);
    const [bob, carl] = buildReport(d.state);
    expect(bob).toMatchObject({
      row: 2,
      id: u('bob'),
      action: 'reassign',
      from: u('ann'),
      outcome: 'reassignPartial',
      reason: 'seatFreedAssignFailed',
      message: `No results for ${u('bob')}`,
    });
    expect(carl).toMatchObject({ row: 3, outcome: 'unassigned', action: 'unassign', batch: 1 });
  });

  it('reports a reassignment cancelled after its seat was freed as partial, and a finished one as reassigned', () => {
    const d = driver(
      newRun([user(2, u('b1'), 'reassign', u('a1')), user(3, u('b2'), 'reassign', u('a2'))], { batchSize: 1 }),
    );
    const p = fullPortal({ total: 2, licensed: new Set([u('a1'), u('a2')]) });
    start(d);
    while (toArray(d.state.batches).length < 3) actFull(d, p);
    send(d, { type: 'cancelled' });
    expect(buildReport(d.state).map((r) => [r.outcome, r.reason])).toEqual([
      ['reassignPartial', 'seatFreedAssignSkipped'],
      ['reassignPartial', 'seatFreedAssignSkipped'],
    ]);
    const d2 = driver(newRun([user(2, u('b1'), 'reassign', u('a1'))]));
    start(d2);
    driveFull(d2, fullPortal({ total: 1, licensed: new Set([u('a1')]) }));
    expect(buildReport(d2.state)).toEqual([
      {
        row: 2,
        id: u('b1'),
        kind: 'user',
        action: 'reassign',
        from: u('a1'),
        outcome: 'reassigned',
        at: targetAt(d2.state, 0)!.at,
        batch: 2,
      },
    ]);
  });

  it('fails and pauses on the portal’s per-target error, and on a removal the list does not confirm', () => {
    const d = driver(newRun([user(2, u('x'), 'unassign'), user(3, u('y'), 'unassign'), user(4, u('z'), 'unassign')]));
    const p = fullPortal({
      total: 5,
      licensed: new Set([u('x'), u('y'), u('z')]),
      unassignErrors: new Map([[u('x'), 'Try again later']]),
      sticky: new Set([u('z')]),
    });
    start(d);
    expect(driveFull(d, p)).toMatchObject({
      reason: 'portalError',
      pause: { text: 'Try again later', params: { failed: 1 } },
    });
    send(d, { type: 'resumed' });
    expect(driveFull(d, p)).toMatchObject({ reason: 'notVerified', pause: { params: { count: 1 } } });
    expect(toArray(d.state.targets).map((r) => [r.status, r.failure?.code])).toEqual([
      ['failed', 'portalError'],
      ['done', undefined],
      ['failed', 'notVerified'],
    ]);
    expect(buildReport(d.state).map((r) => r.outcome)).toEqual(['failed', 'unassigned', 'failed']);
  });

  it('after a restart with the Unassign click in doubt, reads the list and never removes twice', () => {
    const d = driver(
      newRun([user(2, u('x'), 'unassign'), user(3, u('b'), 'reassign', u('a')), user(4, u('y'), 'unassign')]),
    );
    const p = fullPortal({ total: 5, licensed: new Set([u('x'), u('a'), u('y')]), sticky: new Set([u('y')]) });
    start(d);
    while (nextAction(d.state).kind !== 'readUnassignOutcome') actFull(d, p);
    send(d, { type: 'restarted' });
    expect(nextAction(d.state)).toMatchObject({
      kind: 'reconcileRemoved',
      batch: 1,
      members: [{ target: 0 }, { target: 1, who: { id: u('a') } }, { target: 2 }],
    });
    actFull(d, p);
    expect(toArray(d.state.targets).map((r) => [r.status, r.freedIn])).toEqual([
      ['done', undefined],
      ['pending', 1],
      // Still listed: back in a new unassign batch (formed at once, before any assignment).
      ['queued', undefined],
    ]);
    p.sticky = new Set();
    expect(driveFull(d, p)).toEqual({ kind: 'done' });
    expect(p.removedIds).toEqual([u('x'), u('a'), u('y'), u('y')]);
    expect(toArray(d.state.batches).map((b) => b.flow)).toEqual(['unassignUsers', 'unassignUsers', 'assignUsers']);
    expect(countEvents(d, 'reconciled')).toBe(1);
  });

  it('starts the batch over when the dialog goes away before the click, and ignores it after', () => {
    const d = driver(newRun([user(2, u('x'), 'unassign')]));
    const p = fullPortal({ total: 5, licensed: new Set([u('x')]) });
    start(d);
    while (nextAction(d.state).kind !== 'confirmUnassign') actFull(d, p);
    send(d, { type: 'paneClosed' });
    expect(d.state.pause?.reason).toBe('paneClosed');
    expect(targetAt(d.state, 0)!.status).toBe('queued');
    send(d, { type: 'resumed' });
    expect(nextAction(d.state).kind).toBe('openProductPage');
    while (nextAction(d.state).kind !== 'readUnassignOutcome') actFull(d, p);
    const before = d.state;
    send(d, { type: 'paneClosed' });
    expect(d.state.status).toBe('running');
    expect(d.state.batches).toBe(before.batches);
    expect(driveFull(d, p)).toEqual({ kind: 'done' });
  });

  it('rejects events of the other kind of flow', () => {
    const d = driver(newRun([user(2, u('x'), 'unassign'), user(3, u('y'))]));
    start(d);
    send(d, { type: 'controlFound', step: 'openProductPage' });
    expect(() => send(d, { type: 'targetPicked', target: 0 })).toThrow('unexpectedStep');
    expect(() => send(d, { type: 'targetNotFound', target: 0 })).toThrow('unexpectedStep');
    expect(() => send(d, { type: 'controlFound', step: 'openAssignPane' })).toThrow('unexpectedStep');
    expect(() => send(d, { type: 'targetTicked', target: 1 })).toThrow('targetNotInBatch');
    send(d, { type: 'targetTicked', target: 0 });
    expect(() => send(d, { type: 'stepBegan', step: 'confirm' })).toThrow('unexpectedStep');
    expect(() => send(d, { type: 'submitting', batch: 1 })).toThrow('unexpectedStep');
    send(d, { type: 'controlFound', step: 'openUnassignDialog' });
    send(d, { type: 'submitting', batch: 1 });
    expect(toArray(d.state.batches)[0]!.steps.confirm?.status).toBe('active');
  });

  it('shows a reassignment as one checklist item: the removal’s steps, then the assignment’s', () => {
    const d = driver(newRun([user(2, u('b'), 'reassign', u('a'))]));
    const p = fullPortal({ total: 1, licensed: new Set([u('a')]) });
    start(d);
    const steps = (i: number) => checklistOf(d.state, i).map((c) => `${c.part}:${c.step}:${c.status}`);
    expect(steps(0)).toEqual([
      'unassign:openProductPage:pending',
      'unassign:tick:pending',
      'unassign:openUnassignDialog:pending',
      'unassign:confirm:pending',
      'unassign:readOutcome:pending',
      'unassign:verify:pending',
      'assign:openProductPage:pending',
      'assign:openAssignPane:pending',
      'assign:pick:pending',
      'assign:submit:pending',
      'assign:readOutcome:pending',
      'assign:closePane:pending',
      'assign:verify:pending',
    ]);
    while (nextAction(d.state).kind !== 'pickTarget') actFull(d, p);
    expect(steps(0).slice(0, 8)).toEqual([
      'unassign:openProductPage:done',
      'unassign:tick:done',
      'unassign:openUnassignDialog:done',
      'unassign:confirm:done',
      'unassign:readOutcome:done',
      'unassign:verify:done',
      'assign:openProductPage:done',
      'assign:openAssignPane:done',
    ]);
    expect(steps(0)[8]).toBe('assign:pick:pending');
    driveFull(d, p);
    expect(checklistOf(d.state, 0).every((c) => c.status === 'done')).toBe(true);
  });

  it('skips the assignment half of a reassignment whose removal was left out', () => {
    const d = driver(newRun([user(2, u('b'), 'reassign', u('a'))]));
    start(d);
    driveFull(d, fullPortal({ total: 1 }));
    const items = checklistOf(d.state, 0);
    expect(items.find((c) => c.part === 'unassign' && c.step === 'tick')?.status).toBe('skipped');
    expect(items.filter((c) => c.part === 'assign').every((c) => c.status === 'skipped')).toBe(true);
  });
});
