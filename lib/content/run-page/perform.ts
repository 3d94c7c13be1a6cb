// The executor: performs one NextAction on the admin center page and reports what happened; the
// answer to the last report is the next turn. Anything unexpected ends in a pause event.
import type { RunTurn } from '../../messages';
import { isShowable } from '../../portals/control-words';
import type { NextAction } from '../../run/types';
import { StepStop } from './act';
import type { ActionContext } from './context';
import { isSignInPage } from './page-state';
import { pickTarget } from './steps-pick';
import { closePane, openAssignPane, openGroupsTab, openProductPage } from './steps-nav';
import { readOutcome, submit } from './steps-submit';
import { reconcile, verify } from './steps-verify';
import { confirmUnassign, openUnassignDialog, tickTarget } from './steps-unassign';
import { readUnassignOutcome } from './unassign-outcome';
import { reconcileRemoved, verifyRemoved } from './steps-removed';

/** Resolves with the turn that follows, or undefined for actions that only wait (waitForAdmin, done)
 *  and after the admin showed a missing control (the loop asks for the same action again). */
export async function performAction(action: NextAction, ctx: ActionContext): Promise<RunTurn | undefined> {
  if (action.kind === 'waitForAdmin' || action.kind === 'done') return undefined;
  if (isSignInPage(ctx.doc, new URL(ctx.win.location.href))) return ctx.emit({ type: 'paused', reason: 'signIn' });
  try {
    return await perform(action, ctx);
  } catch (e) {
    if (!(e instanceof StepStop)) throw e;
    ctx.highlight(null);
    const event = e.event;
    // A control the admin can point at: ask for it once, then try the same action again.
    if (event.type === 'controlMissing' && ctx.showMe && isShowable(event.control)) {
      if (await ctx.showMe(event.control)) return undefined;
    }
    // Outside the batch's steps (a reconcile) a missing control is a plain pause naming it.
    if (event.type === 'controlMissing' && action.kind === 'reconcile') {
      return ctx.emit({ type: 'paused', reason: 'controlMissing', text: event.control });
    }
    return ctx.emit(event);
  }
}

function perform(a: Exclude<NextAction, { kind: 'waitForAdmin' | 'done' }>, ctx: ActionContext): Promise<RunTurn> {
  switch (a.kind) {
    case 'openProductPage':
      return openProductPage(ctx, a.skuId);
    case 'openGroupsTab':
      return openGroupsTab(ctx);
    case 'openAssignPane':
      return openAssignPane(ctx, ctx.info?.product.skuId ?? '', a.flow);
    case 'pickTarget':
      return pickTarget(ctx, a.target, a.who);
    case 'submit':
      return submit(ctx, a.batch, a.targets);
    case 'readOutcome':
      return readOutcome(ctx, a.batch);
    case 'closePane':
      return closePane(ctx);
    case 'verify':
      return verify(ctx, a.batch, a.skuId, a.targets);
    case 'reconcile':
      return reconcile(ctx, a.batch, a.skuId, a.targets);
    // Unassign flows (steps-unassign.ts, unassign-outcome.ts, steps-removed.ts).
    case 'tickTarget':
      return tickTarget(ctx, a);
    case 'openUnassignDialog':
      return openUnassignDialog(ctx, a);
    case 'confirmUnassign':
      return confirmUnassign(ctx, a);
    case 'readUnassignOutcome':
      return readUnassignOutcome(ctx, a);
    case 'verifyRemoved':
      return verifyRemoved(ctx, a);
    case 'reconcileRemoved':
      return reconcileRemoved(ctx, a);
  }
}
