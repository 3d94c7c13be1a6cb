// The portal's answer to Unassign: MessageBars over the product page's list (not in a pane), in
// its own words, per target as "<name>: <message>" when only some failed. Bars shown before the
// click (an earlier batch's) are remembered and never read as this batch's answer.
import type { RunTurn } from '../../messages';
import { mainRegion } from '../../portals/admin-center/controls';
import { textSegments } from '../../portals/text';
import type { NextAction, Outcome, RunTarget } from '../../run/types';
import { StepStop } from './act';
import type { ActionContext } from './context';
import { outcomeOf, type NamedTarget, type OutcomeBars } from './outcome';
import {
  anyAlertDialog,
  dialogOf,
  errorBarsIn,
  inLayer,
  readMessageBar,
  successBarsIn,
} from '../../portals/admin-center/page-parts';
import { confirmButton, rowInView } from './list-work';
import { whoOf } from './who';
import { waitFor } from './wait';

/** Bars on the page when the Unassign click was about to be recorded (per page: module state). */
const stale = new WeakSet<Element>();

export function markStaleBars(doc: Document): void {
  const main = mainRegion(doc);
  if (!main) return;
  for (const bar of [...successBarsIn(main), ...errorBarsIn(main)]) stale.add(bar);
}

/** The fresh bars on the page (outside dialogs and panes), read as the assign pane's are. */
export function freshBars(doc: Document): OutcomeBars | undefined {
  const main = mainRegion(doc);
  if (!main) return undefined;
  const fresh = (bars: Element[]) => bars.filter((b) => !stale.has(b) && !inLayer(b));
  const success = fresh(successBarsIn(main))[0];
  const error = fresh(errorBarsIn(main))[0];
  if (!success && !error) return undefined;
  const out: OutcomeBars = { busy: false };
  if (success) out.success = textSegments(success).join(' ');
  if (error) out.error = readMessageBar(error);
  return out;
}

/** An error the open dialog shows (the request failed before any change was reported). */
function dialogError(doc: Document): string | undefined {
  const dialog = dialogOf(confirmButton(doc)) ?? anyAlertDialog(doc);
  const bar = dialog ? errorBarsIn(dialog)[0] : undefined;
  return bar ? textSegments(bar).join(' ') : undefined;
}

function textsOfRow(doc: Document, who: RunTarget): string[] | undefined {
  const row = rowInView(doc, whoOf(who));
  return row ? textSegments(row) : undefined;
}

export async function readUnassignOutcome(
  ctx: ActionContext,
  a: Extract<NextAction, { kind: 'readUnassignOutcome' }>,
): Promise<RunTurn> {
  // The portal names people as its list does: the row's name, remembered when ticked or read now.
  const named: NamedTarget[] = a.members.map(({ target, who }) => {
    const row = ctx.memory.picked.get(target) ?? textsOfRow(ctx.doc, who);
    return { target, names: [row?.[0], who.displayName, who.id].filter((n): n is string => !!n) };
  });
  const outcome = await waitFor<Outcome>(
    ctx.doc,
    ctx.win,
    () => {
      const failed = dialogError(ctx.doc);
      if (failed !== undefined) return { kind: 'error', text: failed };
      const bars = freshBars(ctx.doc);
      return bars ? outcomeOf(bars, named) : undefined;
    },
    { timeoutMs: ctx.mode === 'guided' ? Infinity : ctx.timeouts.outcomeMs, signal: ctx.signal },
  );
  if (!outcome) throw new StepStop({ type: 'paused', reason: 'portalError' });
  return ctx.emit({ type: 'outcomeRead', batch: a.batch, outcome });
}
