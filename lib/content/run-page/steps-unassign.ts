// Removing licenses in the admin center (PORTALS.md §2): tick the targets' rows in the product
// page's list → Unassign licenses → the dialog's Unassign. A target the list does not show holding
// the product directly is reported, never ticked. Before the dialog opens, the ticked rows must be
// exactly the batch's ticked targets; the Unassign click is recorded (`submitting`) before it lands.
import type { RunTurn } from '../../messages';
import { isRowChecked } from '../../portals/admin-center/actions';
import { textSegments } from '../../portals/text';
import { dialogOf, otherButtonIn } from '../../portals/admin-center/page-parts';
import type { NextAction } from '../../run/types';
import { awaitEffect, missing, needControl, press, url } from './act';
import type { ActionContext } from './context';
import { holdingOf, rowCheck, rowNames } from './list-rows';
import { scanList } from './list-scan';
import { confirmButton, findRow, needList, rowInView, showTab, showWholeList, tabOf } from './list-work';
import { isEnabled, isProductRoute, readAssignedCount } from './page-state';
import { notOnProductPage } from './steps-nav';
import { markStaleBars } from './unassign-outcome';
import { waitFor } from './wait';
import { whoOf, type Who } from './who';

type Action<K extends NextAction['kind']> = Extract<NextAction, { kind: K }>;

function onProductPage(ctx: ActionContext): boolean {
  const skuId = ctx.info?.product.skuId;
  return !skuId || isProductRoute(url(ctx), skuId);
}

export async function tickTarget(ctx: ActionContext, a: Action<'tickTarget'>): Promise<RunTurn> {
  if (!onProductPage(ctx)) return notOnProductPage(ctx);
  await showTab(ctx, tabOf(a.flow), 'tick');
  await needList(ctx, 'tick');
  await showWholeList(ctx);
  const who = whoOf(a.who);
  const row = await findRow(ctx, who);
  if (!row) return ctx.emit({ type: 'targetNotHeld', target: a.target });
  if (a.flow === 'unassignUsers' && holdingOf(row) === 'groupOnly') {
    return ctx.emit({ type: 'targetNotHeld', target: a.target, viaGroup: true });
  }
  // The names the portal's per-target messages may use for this target.
  ctx.memory.picked.set(a.target, textSegments(row));
  if (!isRowChecked(row)) await tickRow(ctx, row, who);
  ctx.highlight(null);
  return ctx.emit({ type: 'targetTicked', target: a.target });
}

/**
 * Autopilot ticks the row; guided mode points at its check box and waits for the admin's tick.
 * The list redraws its rows (on scrolling, on selection): the row is looked up again each time,
 * and guided mode moves the highlight to the check box drawn now.
 */
async function tickRow(ctx: ActionContext, found: Element, who: Who): Promise<void> {
  const first = rowCheck(rowInView(ctx.doc, who) ?? found);
  if (!first) throw missing('tick', 'rowCheck');
  press(ctx, first, 'tick');
  let shown = first;
  await awaitEffect(
    ctx,
    () => {
      const row = rowInView(ctx.doc, who);
      if (row && isRowChecked(row)) return true;
      const check = row && rowCheck(row);
      if (ctx.mode === 'guided' && check && check !== shown) {
        shown = check;
        ctx.highlight(check, 'tick');
      }
      return false;
    },
    ctx.timeouts.pageMs,
    () => missing('tick', 'rowCheck'),
  );
}

/** The ticked rows: which members are among them, and the texts of ticked rows naming no member. */
async function tickedRows(
  ctx: ActionContext,
  members: { target: number; who: Who }[],
): Promise<{ members: Set<number>; others: string[][] }> {
  const found = new Set<number>();
  const others: string[][] = [];
  await scanList(ctx, (row) => {
    if (!isRowChecked(row)) return false;
    const m = members.find((x) => rowNames(row, x.who));
    if (m) found.add(m.target);
    else others.push(textSegments(row));
    return false;
  });
  return { members: found, others };
}

/** Unticks a row nobody asked for (a selection changes nothing in the tenant: both modes). */
async function untick(ctx: ActionContext, texts: string[]): Promise<void> {
  const same = (row: Element) => isRowChecked(row) && textSegments(row).join('\n') === texts.join('\n');
  let row: Element | undefined;
  await scanList(ctx, (r) => (same(r) ? ((row = r), true) : false));
  const check = row && rowCheck(row);
  if (!check) return;
  (check as HTMLElement).click();
  await waitFor(ctx.doc, ctx.win, () => !row!.isConnected || !isRowChecked(row!), {
    timeoutMs: ctx.timeouts.pageMs,
    signal: ctx.signal,
  });
}

async function closeDialog(ctx: ActionContext): Promise<void> {
  const dialog = dialogOf(confirmButton(ctx.doc));
  const cancel = dialog && otherButtonIn(dialog, confirmButton(ctx.doc));
  if (!cancel) throw missing('openUnassignDialog', 'cancelButton');
  (cancel as HTMLElement).click();
  await awaitEffect(
    ctx,
    () => !confirmButton(ctx.doc),
    ctx.timeouts.pageMs,
    () => missing('openUnassignDialog', 'cancelButton'),
  );
}

/**
 * Checks that exactly the batch's ticked members are ticked (rows nobody asked for are unticked;
 * a member whose tick was lost sends the batch back to ticking), then opens the dialog.
 */
export async function openUnassignDialog(ctx: ActionContext, a: Action<'openUnassignDialog'>): Promise<RunTurn> {
  if (!onProductPage(ctx)) return notOnProductPage(ctx);
  // A dialog opened before the check (the admin was quick): close it, check, open it again.
  if (confirmButton(ctx.doc)) await closeDialog(ctx);
  await needList(ctx, 'openUnassignDialog');
  await showWholeList(ctx);
  const members = a.members.map((m) => ({ target: m.target, who: whoOf(m.who) }));
  let ticked = await tickedRows(ctx, members);
  for (let round = 0; ticked.others.length > 0 && round < 3; round++) {
    for (const texts of ticked.others) await untick(ctx, texts);
    ticked = await tickedRows(ctx, members);
  }
  if (ticked.members.size !== members.length || ticked.others.length > 0) {
    const actual = ticked.members.size + ticked.others.length;
    return ctx.emit({ type: 'paused', reason: 'unexpectedPage', params: { expected: members.length, actual } });
  }
  const button = await needControl(ctx, 'unassignLicensesButton', 'openUnassignDialog');
  await awaitEffect(
    ctx,
    () => isEnabled(button),
    ctx.timeouts.pageMs,
    () => missing('openUnassignDialog', 'unassignLicensesButton'),
  );
  press(ctx, button, 'openUnassignDialog');
  await awaitEffect(
    ctx,
    () => confirmButton(ctx.doc),
    ctx.timeouts.pageMs,
    () => missing('openUnassignDialog', 'confirmUnassignButton'),
  );
  ctx.highlight(null);
  return ctx.emit({ type: 'controlFound', step: 'openUnassignDialog' });
}

export async function confirmUnassign(ctx: ActionContext, a: Action<'confirmUnassign'>): Promise<RunTurn> {
  const first = confirmButton(ctx.doc);
  // The dialog went away before the click: the ticks may have gone with it.
  if (!first) return ctx.emit({ type: 'paneClosed' });
  const button = await waitFor(
    ctx.doc,
    ctx.win,
    () => {
      const b = confirmButton(ctx.doc);
      return b && isEnabled(b) ? b : undefined;
    },
    { timeoutMs: ctx.timeouts.pageMs, signal: ctx.signal },
  );
  if (!button) throw missing('confirm', 'confirmUnassignButton');
  markStaleBars(ctx.doc);
  const seatsBefore = readAssignedCount(ctx.doc, url(ctx));
  const turn = await ctx.emit({
    type: 'submitting',
    batch: a.batch,
    ...(seatsBefore !== undefined ? { seatsBefore } : {}),
  });
  // Only an answer that moved on to reading this batch's outcome means the click was recorded.
  if (turn.action?.kind !== 'readUnassignOutcome' || turn.action.batch !== a.batch) return turn;
  if (ctx.mode === 'autopilot') {
    (button as HTMLElement).click();
    return ctx.emit({ type: 'submitted', batch: a.batch });
  }
  return awaitAdminConfirm(ctx, a.batch, button);
}

/**
 * Guided: the admin clicks Unassign. A dialog closed without that click (Cancel) may or may not
 * have removed anything as far as the run can tell: `restarted` puts the batch in doubt, and the
 * list is read before anything else.
 */
async function awaitAdminConfirm(ctx: ActionContext, batch: number, button: Element): Promise<RunTurn> {
  ctx.highlight(button, 'confirm');
  let clicked = false;
  const onClick = () => (clicked = true);
  button.addEventListener('click', onClick, true);
  try {
    await waitFor(ctx.doc, ctx.win, () => clicked || !button.isConnected || !isEnabled(button), {
      timeoutMs: Infinity,
      signal: ctx.signal,
    });
  } finally {
    button.removeEventListener('click', onClick, true);
  }
  ctx.highlight(null);
  if (!clicked && !confirmButton(ctx.doc)) return ctx.emit({ type: 'restarted' });
  return ctx.emit({ type: 'submitted', batch });
}
