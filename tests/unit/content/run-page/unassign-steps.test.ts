import { afterEach, describe, expect, it } from 'vitest';
import type { PageRunEvent, RunTurn } from '../../../../lib/messages';
import { DEFAULT_TIMEOUTS, newPageMemory, type ActionContext } from '../../../../lib/content/run-page/context';
import { holdingOf, rowNames } from '../../../../lib/content/run-page/list-rows';
import { performAction } from '../../../../lib/content/run-page/perform';
import { whoOf } from '../../../../lib/content/run-page/who';
import type { NextAction, RunMember, RunMode, RunTarget } from '../../../../lib/run/types';
import { listPage, SKU, type ListPage } from './fake-list-page';

const person = (name: string): RunTarget => ({
  row: 2,
  kind: 'user',
  id: `${name}@contoso.com`,
  key: `${name}@contoso.com`,
  action: 'unassign',
});
const ANN = person('ann');
const BOB = person('bob');
const CARL = person('carl');
const holders = () => [
  { upn: 'ann@contoso.com', name: 'Ann Lee', through: ['Direct'] },
  { upn: 'bob@contoso.com', name: 'Bob Ray', through: ['Direct', 'Sales'] },
  { upn: 'carl@contoso.com', name: 'Carl Orr', through: ['Sales'] },
  { upn: 'dora@contoso.com', name: 'Dora Fay', through: ['Direct'] },
];

let page: ListPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** A context whose emit records events (and what the page showed then) and answers with `answer`. */
function contextFor(p: ListPage, mode: RunMode, answer: (e: PageRunEvent) => RunTurn = () => ({ runId: 'r' })) {
  const events: PageRunEvent[] = [];
  const dialogOpenAt: boolean[] = [];
  const highlighted: (Element | null)[] = [];
  const ctx: ActionContext = {
    doc: p.doc,
    win: p.win,
    mode,
    emit: async (e) => {
      events.push(e);
      dialogOpenAt.push(p.doc.querySelector('[role=alertdialog]') !== null);
      return answer(e);
    },
    signal: new AbortController().signal,
    highlight: (element) => highlighted.push(element),
    timeouts: { ...DEFAULT_TIMEOUTS, pageMs: 500, outcomeMs: 500, verifyMs: 200, quietMs: 50, settleMs: 0 },
    memory: newPageMemory(),
    info: { product: { skuId: SKU, name: 'Power BI Pro' }, batch: 1, batches: 1, members: [] },
    now: () => Date.now(),
  };
  return { ctx, events, dialogOpenAt, highlighted };
}

const members = (...who: RunTarget[]): RunMember[] => who.map((w, target) => ({ target, who: w }));
const tick = (target: number, who: RunTarget): NextAction => ({
  kind: 'tickTarget',
  batch: 1,
  flow: 'unassignUsers',
  target,
  who,
});

describe('reading list rows', () => {
  it('tells a direct license from one held only through groups, in any locale', () => {
    page = listPage([
      { upn: 'a@contoso.com', name: 'A', through: ['Direct', 'Sales'] },
      { upn: 'b@contoso.com', name: 'B', through: ['Sales', 'Finance'] },
      { upn: 'c@contoso.com', name: 'C', through: ['Rechtstreeks'] },
      { upn: 'd@contoso.com', name: 'D', through: ['Directe'] },
      { upn: 'e@contoso.com', name: 'E', through: [] },
    ]);
    expect(['a', 'b', 'c', 'd', 'e'].map((n) => holdingOf(page!.rowOf(`${n}@contoso.com`)!))).toEqual([
      'direct',
      'groupOnly',
      'direct',
      'direct',
      'unknown',
    ]);
  });

  it('names a user by address only, and a group by its exact name', () => {
    page = listPage([{ upn: 'joann@contoso.com', name: 'Finance EMEA', through: ['Direct'] }]);
    const row = page.rowOf('joann@contoso.com')!;
    expect(rowNames(row, whoOf(person('ann')))).toBe(false);
    expect(rowNames(row, whoOf(person('joann')))).toBe(true);
    const group = (id: string): RunTarget => ({ row: 2, kind: 'group', id, key: id, action: 'unassign' });
    expect(rowNames(row, whoOf(group('Finance')))).toBe(false);
    expect(rowNames(row, whoOf(group('finance emea')))).toBe(true);
  });
});

describe('ticking targets', () => {
  it('autopilot ticks a direct holder’s row and reports it', async () => {
    page = listPage(holders());
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction(tick(0, BOB), ctx);
    expect(events).toEqual([{ type: 'targetTicked', target: 0 }]);
    expect(page.isTicked('bob@contoso.com')).toBe(true);
    expect(ctx.memory.picked.get(0)?.[0]).toBe('Bob Ray');
  });

  it('reports a license held only through a group, and a target not listed, without ticking', async () => {
    page = listPage(holders());
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction(tick(0, CARL), ctx);
    await performAction(tick(1, person('zoe')), ctx);
    expect(events).toEqual([
      { type: 'targetNotHeld', target: 0, viaGroup: true },
      { type: 'targetNotHeld', target: 1 },
    ]);
    expect(page.isTicked('carl@contoso.com')).toBe(false);
  });

  it('guided mode points at the check box and reports once the admin ticked it', async () => {
    page = listPage(holders());
    const { ctx, events, highlighted } = contextFor(page, 'guided');
    const done = performAction(tick(0, ANN), ctx);
    await expect.poll(() => highlighted.at(-1)?.getAttribute('role')).toBe('checkbox');
    expect(events).toEqual([]);
    page.tick('ann@contoso.com');
    await done;
    expect(events).toEqual([{ type: 'targetTicked', target: 0 }]);
  });
});

describe('opening the Unassign dialog', () => {
  it('unticks rows nobody asked for, then opens the dialog', async () => {
    page = listPage(holders());
    page.tick('ann@contoso.com');
    page.tick('dora@contoso.com');
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction({ kind: 'openUnassignDialog', batch: 1, flow: 'unassignUsers', members: members(ANN) }, ctx);
    expect(events).toEqual([{ type: 'controlFound', step: 'openUnassignDialog' }]);
    expect([page.isTicked('ann@contoso.com'), page.isTicked('dora@contoso.com')]).toEqual([true, false]);
    expect(page.doc.querySelector('[role=alertdialog]')).not.toBeNull();
  });

  it('pauses when a ticked member lost its tick, and never opens the dialog', async () => {
    page = listPage(holders());
    page.tick('ann@contoso.com');
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction(
      { kind: 'openUnassignDialog', batch: 1, flow: 'unassignUsers', members: members(ANN, BOB) },
      ctx,
    );
    expect(events).toEqual([{ type: 'paused', reason: 'unexpectedPage', params: { expected: 2, actual: 1 } }]);
    expect(page.doc.querySelector('[role=alertdialog]')).toBeNull();
  });
});

describe('confirming, reading the outcome and verifying', () => {
  const readAnswer = (e: PageRunEvent): RunTurn =>
    e.type === 'submitting'
      ? { runId: 'r', action: { kind: 'readUnassignOutcome', batch: 1, members: members(ANN, BOB) } }
      : { runId: 'r' };

  async function confirmed(refuse?: [string, string]): Promise<ReturnType<typeof contextFor>> {
    page = listPage(holders());
    if (refuse) page.refuse.set(...refuse);
    page.addBar('success', 'Licenses unassigned: 7.'); // an earlier batch's answer
    page.tick('ann@contoso.com');
    page.tick('bob@contoso.com');
    const c = contextFor(page, 'autopilot', readAnswer);
    await performAction(
      { kind: 'openUnassignDialog', batch: 1, flow: 'unassignUsers', members: members(ANN, BOB) },
      c.ctx,
    );
    await performAction({ kind: 'confirmUnassign', batch: 1, targets: [0, 1] }, c.ctx);
    return c;
  }

  it('records the click before it lands, and reads only the new answer', async () => {
    const { ctx, events, dialogOpenAt } = await confirmed();
    expect(events.map((e) => e.type)).toEqual(['controlFound', 'submitting', 'submitted']);
    // `submitting` went out while the dialog was still open: before the click.
    expect(dialogOpenAt[1]).toBe(true);
    expect(page!.unassigned).toEqual([['ann@contoso.com', 'bob@contoso.com']]);
    await performAction({ kind: 'readUnassignOutcome', batch: 1, members: members(ANN, BOB) }, ctx);
    expect(events.at(-1)).toEqual({ type: 'outcomeRead', batch: 1, outcome: { kind: 'success' } });
  });

  it('never clicks when the answer to `submitting` did not move on to the outcome', async () => {
    page = listPage(holders());
    page.tick('ann@contoso.com');
    const { ctx } = contextFor(page, 'autopilot');
    await performAction({ kind: 'openUnassignDialog', batch: 1, flow: 'unassignUsers', members: members(ANN) }, ctx);
    await performAction({ kind: 'confirmUnassign', batch: 1, targets: [0] }, ctx);
    expect(page.unassigned).toEqual([]);
  });

  it('maps the portal’s per-target lines to the targets, and verifies who is gone', async () => {
    const { ctx, events } = await confirmed(['bob@contoso.com', 'Try again later']);
    await performAction({ kind: 'readUnassignOutcome', batch: 1, members: members(ANN, BOB) }, ctx);
    expect(events.at(-1)).toEqual({
      type: 'outcomeRead',
      batch: 1,
      outcome: { kind: 'perTarget', errors: [{ target: 1, text: 'Try again later' }] },
    });
    await performAction(
      { kind: 'verifyRemoved', batch: 1, flow: 'unassignUsers', skuId: SKU, members: members(ANN, BOB, CARL) },
      ctx,
    );
    expect(events.at(-1)).toMatchObject({
      type: 'verified',
      batch: 1,
      // Carl is still listed, but through a group only: no direct license is left to remove.
      results: [
        { target: 0, licensed: false },
        { target: 1, licensed: true },
        { target: 2, licensed: false },
      ],
    });
  });
});
