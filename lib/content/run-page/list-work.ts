// Moves on the product page's list that removals need: show the right tab, show the whole list
// (no search filter), find a target's row, and who of a batch holds the product per the list.
import { setReactInputValue } from '../../portals/admin-center/actions';
import { findControl } from '../../portals/admin-center/controls';
import { isFound } from '../../portals/lookup';
import type { FlowKind, RunMember, StepName } from '../../run/types';
import { awaitEffect, missing, needControl } from './act';
import type { ActionContext } from './context';
import { holdingOf, rowNames } from './list-rows';
import { listGrid, renderedRows, rowTotal, scanList } from './list-scan';
import { isTabSelected, type ListTab } from './page-state';
import { waitFor } from './wait';
import { whoOf, type Who } from './who';

/** The unassign dialog's Unassign button, when the dialog is open. */
export function confirmButton(doc: Document): Element | undefined {
  const found = findControl(doc, 'confirmUnassignButton');
  return isFound(found) ? found.element : undefined;
}

export function tabOf(flow: FlowKind): ListTab {
  return flow === 'unassignGroups' || flow === 'assignGroups' ? 'groups' : 'users';
}

/** Selects the tab (both modes: reading a list changes nothing in the tenant). */
export async function showTab(ctx: ActionContext, tab: ListTab, step: StepName): Promise<void> {
  if (isTabSelected(ctx.doc, tab)) return;
  const name = tab === 'users' ? 'usersTab' : 'groupsTab';
  const control = await needControl(ctx, name, step);
  (control as HTMLElement).click();
  await awaitEffect(
    ctx,
    () => isTabSelected(ctx.doc, tab),
    ctx.timeouts.pageMs,
    () => missing(step, name),
  );
}

/** Waits for the list to be drawn; a StepStop naming it when it never is. */
export async function needList(ctx: ActionContext, step: StepName): Promise<Element> {
  const grid = await waitFor(ctx.doc, ctx.win, () => listGrid(ctx.doc), {
    timeoutMs: ctx.timeouts.pageMs,
    signal: ctx.signal,
  });
  if (!grid) throw missing(step, 'productList');
  return grid;
}

/** Empties the list's search box, so that a pass over the list sees every row. */
export async function showWholeList(ctx: ActionContext): Promise<void> {
  const found = findControl(ctx.doc, 'searchBox');
  if (!isFound(found)) return;
  const box = found.element as HTMLInputElement;
  if (box.value === '') return;
  const before = rowTotal(listGrid(ctx.doc) ?? box);
  setReactInputValue(box, '');
  // The list redraws unfiltered; a list that does not say its size gets a short quiet period.
  await waitFor(
    ctx.doc,
    ctx.win,
    () => {
      const grid = listGrid(ctx.doc);
      return grid !== undefined && before !== undefined && rowTotal(grid) !== before;
    },
    { timeoutMs: ctx.timeouts.quietMs, signal: ctx.signal },
  );
}

/** The target's row as drawn now, or undefined. */
export function rowInView(doc: Document, who: Who): Element | undefined {
  const grid = listGrid(doc);
  return grid ? renderedRows(grid).find((row) => rowNames(row, who)) : undefined;
}

/** The target's row after a pass over the list (scrolling it into the DOM), or undefined. */
export async function findRow(ctx: ActionContext, who: Who): Promise<Element | undefined> {
  let found: Element | undefined;
  await scanList(ctx, (row) => (rowNames(row, who) ? ((found = row), true) : false));
  return found && found.isConnected ? found : rowInView(ctx.doc, who);
}

/**
 * Members the list shows still holding the product: for users directly (a license left through a
 * group does not count), for groups at all. One pass over the whole list.
 */
export async function stillHolding(
  ctx: ActionContext,
  flow: FlowKind,
  members: readonly RunMember[],
): Promise<Set<number>> {
  const wanted = members.map((m) => ({ target: m.target, who: whoOf(m.who) }));
  const holding = new Set<number>();
  await scanList(ctx, (row) => {
    for (const w of wanted) {
      if (!rowNames(row, w.who)) continue;
      if (flow !== 'unassignUsers' || holdingOf(row) !== 'groupOnly') holding.add(w.target);
    }
    return false;
  });
  return holding;
}
