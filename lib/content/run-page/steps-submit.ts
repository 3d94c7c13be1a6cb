// The Assign click and the portal's answer. The click is recorded (`submitting`, with the assigned
// count read from the page) and acknowledged BEFORE it happens, so a target is never sent twice.
import type { RunTurn } from '../../messages';
import { findControl } from '../../portals/admin-center/controls';
import { isFound } from '../../portals/lookup';
import type { Outcome } from '../../run/types';
import { missing, StepStop, url } from './act';
import type { ActionContext } from './context';
import { hasOutcome, outcomeOf, readOutcomeBars, type NamedTarget } from './outcome';
import { isEnabled, paneOf, readAssignedCount } from './page-state';
import { pickedCount } from './picker';
import { waitFor } from './wait';

function assignButton(doc: Document): Element | undefined {
  const found = findControl(doc, 'paneAssignButton');
  return isFound(found) ? found.element : undefined;
}

export async function submit(ctx: ActionContext, batch: number, targets: number[]): Promise<RunTurn> {
  if (!paneOf(ctx.doc)) return ctx.emit({ type: 'paneClosed' });
  const picked = pickedCount(ctx.doc);
  if (picked !== targets.length) {
    // The picker does not hold what the run picked: never submit it; start the batch's page steps over.
    return ctx.emit({ type: 'paused', reason: 'unexpectedPage', params: { expected: targets.length, actual: picked } });
  }
  const button = await waitFor(
    ctx.doc,
    ctx.win,
    () => {
      const b = assignButton(ctx.doc);
      return b && isEnabled(b) ? b : undefined;
    },
    { timeoutMs: ctx.timeouts.pageMs, signal: ctx.signal },
  );
  if (!button) throw missing('submit', 'paneAssignButton');
  const seatsBefore = readAssignedCount(ctx.doc, url(ctx));
  const turn = await ctx.emit({ type: 'submitting', batch, ...(seatsBefore !== undefined ? { seatsBefore } : {}) });
  // Only an answer that moved on to reading this batch's outcome means the click was recorded.
  if (turn.action?.kind !== 'readOutcome' || turn.action.batch !== batch) return turn;
  const gate = ctx.memory.assignGate;
  gate.open = true;
  try {
    if (ctx.mode === 'autopilot') (button as HTMLElement).click();
    else await awaitAdminClick(ctx, button);
  } finally {
    gate.open = false;
  }
  ctx.highlight(null);
  return ctx.emit({ type: 'submitted', batch });
}

/** Guided: the admin clicks Assign; the click shows as the button going busy or an outcome. */
async function awaitAdminClick(ctx: ActionContext, button: Element): Promise<void> {
  ctx.highlight(button, 'submit');
  let clicked = false;
  const onClick = () => (clicked = true);
  button.addEventListener('click', onClick, true);
  try {
    await waitFor(
      ctx.doc,
      ctx.win,
      () => {
        const pane = paneOf(ctx.doc);
        if (clicked || !pane) return true;
        const bars = readOutcomeBars(pane);
        return hasOutcome(bars) || bars.busy || !isEnabled(button);
      },
      { timeoutMs: Infinity, signal: ctx.signal },
    );
  } finally {
    button.removeEventListener('click', onClick, true);
  }
}

/** The names each submitted target may go by in the portal's per-target lines. */
function namedMembers(ctx: ActionContext): NamedTarget[] {
  return (ctx.info?.members ?? []).map(({ target, who }) => ({
    target,
    names: [ctx.memory.picked.get(target)?.[0], who.displayName, who.id].filter((n): n is string => !!n),
  }));
}

export async function readOutcome(ctx: ActionContext, batch: number): Promise<RunTurn> {
  if (!paneOf(ctx.doc)) return ctx.emit({ type: 'paneClosed' });
  // Guided: a pane still waiting for the Assign click (the run was paused before it) shows the button.
  const button = assignButton(ctx.doc);
  const awaitingClick =
    ctx.mode === 'guided' && !!button && isEnabled(button) && !hasOutcome(readOutcomeBars(paneOf(ctx.doc)!));
  if (awaitingClick) ctx.highlight(button, 'submit');
  // The click was recorded before a pause: the admin may still make it.
  ctx.memory.assignGate.open = awaitingClick;
  let outcome: Outcome | 'paneGone' | undefined;
  try {
    outcome = await waitFor<Outcome | 'paneGone'>(
      ctx.doc,
      ctx.win,
      () => {
        const pane = paneOf(ctx.doc);
        if (!pane) return 'paneGone';
        return outcomeOf(readOutcomeBars(pane), namedMembers(ctx));
      },
      { timeoutMs: ctx.mode === 'guided' ? Infinity : ctx.timeouts.outcomeMs, signal: ctx.signal },
    );
  } finally {
    ctx.memory.assignGate.open = false;
  }
  ctx.highlight(null);
  if (outcome === 'paneGone') return ctx.emit({ type: 'paneClosed' });
  if (!outcome) throw new StepStop({ type: 'paused', reason: 'portalError' });
  return ctx.emit({ type: 'outcomeRead', batch, outcome });
}
