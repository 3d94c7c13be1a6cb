import { afterEach, describe, expect, it } from 'vitest';
import type { PageRunEvent, RunTurn } from '../../../../lib/messages';
import { DEFAULT_TIMEOUTS, newPageMemory, type ActionContext } from '../../../../lib/content/run-page/context';
import { performAction } from '../../../../lib/content/run-page/perform';
import type { NextAction, RunMode, RunTarget } from '../../../../lib/run/types';
import { fakePage, SKU, type FakePage } from './fake-page';

const ANN: RunTarget = { row: 2, kind: 'user', id: 'ann@contoso.com', key: 'ann@contoso.com', action: 'assign' };
const BOB: RunTarget = { row: 3, kind: 'user', id: 'bob@contoso.com', key: 'bob@contoso.com', action: 'assign' };

let page: FakePage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** A context whose emit records events and answers with `answer(event)` (default: no run). */
function contextFor(
  p: FakePage,
  mode: RunMode,
  answer: (e: PageRunEvent) => RunTurn = () => ({ runId: 'r' }),
  members = [ANN, BOB],
) {
  const events: PageRunEvent[] = [];
  const highlighted: (string | null)[] = [];
  const ctx: ActionContext = {
    doc: p.doc,
    win: p.win,
    mode,
    emit: async (e) => {
      events.push(e);
      return answer(e);
    },
    signal: new AbortController().signal,
    highlight: (element) => highlighted.push(element ? element.textContent : null),
    timeouts: {
      ...DEFAULT_TIMEOUTS,
      pageMs: 500,
      suggestMs: 500,
      noMatchSettleMs: 50,
      outcomeMs: 500,
      verifyMs: 200,
      quietMs: 50,
      settleMs: 0,
    },
    memory: newPageMemory(),
    info: {
      product: { skuId: SKU, name: 'Power BI Pro' },
      batch: 1,
      batches: 1,
      members: members.map((who, target) => ({ target, who })),
    },
    now: () => Date.now(),
  };
  return { ctx, events, highlighted };
}

const pick = (target: number, who: RunTarget): NextAction => ({ kind: 'pickTarget', batch: 1, target, who });

describe('performAction', () => {
  it('autopilot picks the suggestion that names the target and reports it', async () => {
    page = fakePage();
    page.people = [
      { upn: 'ann@contoso.com', name: 'Ann Lee' },
      { upn: 'annette@contoso.com', name: 'Annette Roy' },
    ];
    page.openPane();
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction(pick(0, ANN), ctx);
    expect(events).toEqual([{ type: 'targetPicked', target: 0 }]);
    expect(page.doc.querySelector('[data-selection-index] span')?.getAttribute('title')).toBe('ann@contoso.com');
  });

  it('types the next target while the pick is being recorded, and picks it from those suggestions', async () => {
    page = fakePage();
    page.people = [
      { upn: 'ann@contoso.com', name: 'Ann Lee' },
      { upn: 'bob@contoso.com', name: 'Bob Stone' },
    ];
    page.openPane();
    const typedAtReport: string[] = [];
    const { ctx, events } = contextFor(page, 'autopilot', () => {
      typedAtReport.push((page!.doc.querySelector('input[role=combobox]') as HTMLInputElement).value);
      return { runId: 'r' };
    });
    await performAction(pick(0, ANN), ctx);
    expect(typedAtReport).toEqual(['bob@contoso.com']);
    await performAction(pick(1, BOB), ctx);
    expect(events).toEqual([
      { type: 'targetPicked', target: 0 },
      { type: 'targetPicked', target: 1 },
    ]);
    expect([...page.doc.querySelectorAll('[data-selection-index] span')].map((e) => e.getAttribute('title'))).toEqual([
      'ann@contoso.com',
      'bob@contoso.com',
    ]);
  });

  it('"No results" makes the target not found, in the portal\'s words, and picks nothing', async () => {
    page = fakePage();
    page.people = [{ upn: 'ann@contoso.com', name: 'Ann Lee' }];
    page.hidden.add('ann@contoso.com');
    page.openPane();
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction(pick(0, ANN), ctx);
    expect(events).toEqual([{ type: 'targetNotFound', target: 0, text: 'No results found' }]);
    expect(page.doc.querySelectorAll('[data-selection-index]')).toHaveLength(0);
  });

  it('never picks an option that only resembles the target', async () => {
    page = fakePage();
    page.people = [{ upn: 'ann@contoso.com.au', name: 'Ann Other' }];
    page.openPane();
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction(pick(0, ANN), ctx);
    expect(events.map((e) => e.type)).toEqual(['targetNotFound']);
    expect(page.doc.querySelectorAll('[data-selection-index]')).toHaveLength(0);
  });

  it('a target already in the picker (picked before its report got through) is only recorded', async () => {
    page = fakePage();
    page.people = [{ upn: 'ann@contoso.com', name: 'Ann Lee' }];
    page.openPane();
    const first = contextFor(page, 'autopilot');
    await performAction(pick(0, ANN), first.ctx);
    const again = contextFor(page, 'autopilot');
    await performAction(pick(0, ANN), again.ctx);
    expect(again.events).toEqual([{ type: 'targetPicked', target: 0 }]);
    expect(page.doc.querySelectorAll('[data-selection-index]')).toHaveLength(1);
  });

  it('records the Assign click before it happens, with the assigned count, and clicks only once acknowledged', async () => {
    page = fakePage();
    page.people = [{ upn: 'ann@contoso.com', name: 'Ann Lee' }];
    page.openPane();
    await performAction(pick(0, ANN), contextFor(page, 'autopilot').ctx);
    const clicksAtSubmitting: number[] = [];
    const { ctx, events } = contextFor(page, 'autopilot', (e) => {
      if (e.type === 'submitting') clicksAtSubmitting.push(page!.clicks.length);
      return { runId: 'r', mode: 'autopilot', action: { kind: 'readOutcome', batch: 1 } };
    });
    await performAction({ kind: 'submit', batch: 1, targets: [0] }, ctx);
    expect(events).toEqual([
      { type: 'submitting', batch: 1, seatsBefore: 7 },
      { type: 'submitted', batch: 1 },
    ]);
    expect(clicksAtSubmitting).toEqual([0]);
    expect(page.clicks).toEqual(['assign']);
  });

  it("does not click Assign when the answer to `submitting` is not to read this batch's outcome", async () => {
    page = fakePage();
    page.people = [{ upn: 'ann@contoso.com', name: 'Ann Lee' }];
    page.openPane();
    await performAction(pick(0, ANN), contextFor(page, 'autopilot').ctx);
    const { ctx, events } = contextFor(page, 'autopilot', () => ({
      runId: 'r',
      mode: 'autopilot',
      action: { kind: 'waitForAdmin', reason: 'admin' },
    }));
    await performAction({ kind: 'submit', batch: 1, targets: [0] }, ctx);
    expect(events.map((e) => e.type)).toEqual(['submitting']);
    expect(page.clicks).toEqual([]);
  });

  it('pauses instead of submitting when the picker holds other than what the run picked', async () => {
    page = fakePage();
    page.openPane();
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction({ kind: 'submit', batch: 1, targets: [0, 1] }, ctx);
    expect(events).toEqual([{ type: 'paused', reason: 'unexpectedPage', params: { expected: 2, actual: 0 } }]);
    expect(page.clicks).toEqual([]);
  });

  it('maps per-target error lines back to the targets by the names the picker showed', async () => {
    page = fakePage();
    page.people = [
      { upn: 'ann@contoso.com', name: 'Ann Lee' },
      { upn: 'bob@contoso.com', name: 'Bob Stone' },
    ];
    page.onAssign = () => ({
      success: 'Power BI Pro licenses assigned to 1 user.',
      error: 'Licenses could not be assigned to 1 of 2 users.',
      lines: ['Bob Stone: License assignment cannot be done for user with invalid usage location.'],
    });
    page.openPane();
    const memoryCtx = contextFor(page, 'autopilot');
    await performAction(pick(0, ANN), memoryCtx.ctx);
    await performAction(pick(1, BOB), memoryCtx.ctx);
    page.doc.querySelector<HTMLButtonElement>('.ms-Button--primary')!.click();
    const { ctx, events } = contextFor(page, 'autopilot');
    ctx.memory.picked = memoryCtx.ctx.memory.picked;
    await performAction({ kind: 'readOutcome', batch: 1 }, ctx);
    expect(events).toEqual([
      {
        type: 'outcomeRead',
        batch: 1,
        outcome: {
          kind: 'perTarget',
          errors: [{ target: 1, text: 'License assignment cannot be done for user with invalid usage location.' }],
        },
      },
    ]);
  });

  it("a whole-submission error fails the batch in the portal's words", async () => {
    page = fakePage();
    page.people = [{ upn: 'ann@contoso.com', name: 'Ann Lee' }];
    page.onAssign = () => ({ error: "We're sorry, it looks like you've run out of licenses." });
    page.openPane();
    await performAction(pick(0, ANN), contextFor(page, 'autopilot').ctx);
    page.doc.querySelector<HTMLButtonElement>('.ms-Button--primary')!.click();
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction({ kind: 'readOutcome', batch: 1 }, ctx);
    expect(events).toEqual([
      {
        type: 'outcomeRead',
        batch: 1,
        outcome: { kind: 'error', text: "We're sorry, it looks like you've run out of licenses." },
      },
    ]);
  });

  it('a pane that is gone is reported as closed', async () => {
    page = fakePage();
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction(pick(0, ANN), ctx);
    expect(events).toEqual([{ type: 'paneClosed' }]);
  });

  it('verifies each target through the list search box and reports the count', async () => {
    page = fakePage();
    page.holders = [{ upn: 'ann@contoso.com', name: 'Ann Lee' }];
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction({ kind: 'verify', batch: 1, skuId: SKU, targets: [0, 1] }, ctx);
    expect(events).toEqual([
      {
        type: 'verified',
        batch: 1,
        results: [
          { target: 0, licensed: true },
          { target: 1, licensed: false },
        ],
        seatsAfter: 7,
      },
    ]);
    expect((page.doc.querySelector('input[role=searchbox]') as HTMLInputElement).value).toBe('');
  });

  it('a sign-in form pauses the run', async () => {
    page = fakePage();
    page.doc.body.append(Object.assign(page.doc.createElement('input'), { type: 'password' }));
    const { ctx, events } = contextFor(page, 'autopilot');
    await performAction({ kind: 'openProductPage', batch: 1, skuId: SKU }, ctx);
    expect(events).toEqual([{ type: 'paused', reason: 'signIn' }]);
  });

  it('guided mode picks the option itself: choosing people in the picker changes nothing yet', async () => {
    page = fakePage();
    page.people = [{ upn: 'ann@contoso.com', name: 'Ann Lee' }];
    page.openPane();
    const { ctx, events, highlighted } = contextFor(page, 'guided');
    await performAction(pick(0, ANN), ctx);
    expect(events).toEqual([{ type: 'targetPicked', target: 0 }]);
    expect(page.doc.querySelectorAll('[data-selection-index]')).toHaveLength(1);
    // The pick was shown while it happened.
    expect(highlighted.some((h) => h?.includes('ann@contoso.com'))).toBe(true);
  });
});
