// Navigation steps: the product page, its Groups tab, the Assign licenses pane, closing the pane.
import type { RunTurn } from '../../messages';
import { findControl } from '../../portals/admin-center/controls';
import { wayToProduct } from '../../portals/admin-center/list-parts';
import { isFound } from '../../portals/lookup';
import type { FlowKind } from '../../run/types';
import { awaitEffect, missing, needControl, press, StepStop, url } from './act';
import type { ActionContext } from './context';
import {
  isFreshPane,
  isProductRoute,
  isTabSelected,
  pageErrorText,
  paneKind,
  paneOf,
  productPageReady,
  type ListTab,
} from './page-state';
import { nextHashChange, waitFor } from './wait';

export function productHash(skuId: string): string {
  return `#/licensedetailpage/${skuId}`;
}

/** Brings the product page up: autopilot sets the hash; guided mode points the way and waits. */
export async function ensureProductPage(
  ctx: ActionContext,
  skuId: string,
  step: 'openProductPage' | 'verify' = 'openProductPage',
): Promise<void> {
  if (productPageReady(ctx.doc, url(ctx), skuId)) return;
  if (ctx.mode === 'autopilot') {
    if (!isProductRoute(url(ctx), skuId)) {
      const changed = nextHashChange(ctx.win, 2_000);
      ctx.win.location.hash = productHash(skuId);
      await changed;
    }
  } else {
    const guide = () => {
      const way = wayToProduct(ctx.doc, skuId);
      ctx.highlight(way ?? null, 'openProductPage');
    };
    guide();
    // Follow the admin: the link to point at changes as the admin moves between pages.
    ctx.win.addEventListener('hashchange', guide);
    try {
      await waitFor(ctx.doc, ctx.win, () => isProductRoute(url(ctx), skuId), {
        timeoutMs: Infinity,
        signal: ctx.signal,
      });
    } finally {
      ctx.win.removeEventListener('hashchange', guide);
    }
  }
  const ready = await waitFor(
    ctx.doc,
    ctx.win,
    () => {
      if (productPageReady(ctx.doc, url(ctx), skuId)) return 'ready';
      return pageErrorText(ctx.doc) !== undefined ? 'error' : undefined;
    },
    { timeoutMs: ctx.timeouts.pageMs, signal: ctx.signal },
  );
  if (ready === 'error')
    throw new StepStop({ type: 'paused', reason: 'portalError', text: pageErrorText(ctx.doc) ?? '' });
  if (!ready) {
    const title = findControl(ctx.doc, 'productTitle');
    throw missing(step, isFound(title) ? 'assignLicensesButton' : 'productTitle');
  }
}

export async function openProductPage(ctx: ActionContext, skuId: string): Promise<RunTurn> {
  await ensureProductPage(ctx, skuId);
  return ctx.emit({ type: 'controlFound', step: 'openProductPage' });
}

/** Selects the Users or Groups tab of the product page. */
export async function selectTab(
  ctx: ActionContext,
  tab: ListTab,
  step: 'openGroupsTab' | 'openAssignPane' | 'verify',
): Promise<void> {
  if (isTabSelected(ctx.doc, tab)) return;
  const control = await needControl(ctx, tab === 'users' ? 'usersTab' : 'groupsTab', step);
  // Reading the list is no change to the tenant: verification switches tabs itself in both modes.
  if (step === 'verify') (control as HTMLElement).click();
  else press(ctx, control, step);
  await awaitEffect(
    ctx,
    () => isTabSelected(ctx.doc, tab),
    ctx.timeouts.pageMs,
    () => missing(step, tab === 'users' ? 'usersTab' : 'groupsTab'),
  );
}

export async function openGroupsTab(ctx: ActionContext): Promise<RunTurn> {
  if (!isProductRoute(url(ctx), ctx.info?.product.skuId ?? '')) return notOnProductPage(ctx);
  await selectTab(ctx, 'groups', 'openGroupsTab');
  return ctx.emit({ type: 'controlFound', step: 'openGroupsTab' });
}

/** Closes whatever pane is open and waits until it is gone. */
async function closeAnyPane(ctx: ActionContext, step: 'openAssignPane' | 'closePane'): Promise<void> {
  if (!paneOf(ctx.doc)) return;
  const close = await needControl(ctx, 'paneCloseButton', step, ctx.timeouts.pageMs);
  press(ctx, close, step);
  await awaitEffect(
    ctx,
    () => !paneOf(ctx.doc),
    ctx.timeouts.pageMs,
    () => missing(step, 'paneCloseButton'),
  );
}

export async function openAssignPane(ctx: ActionContext, skuId: string, flow: FlowKind): Promise<RunTurn> {
  const tab: ListTab = flow === 'assignGroups' ? 'groups' : 'users';
  if (!isProductRoute(url(ctx), skuId)) return notOnProductPage(ctx);
  const open = paneOf(ctx.doc);
  if (open && paneKind(open) === tab && isFreshPane(open))
    return ctx.emit({ type: 'controlFound', step: 'openAssignPane' });
  await closeAnyPane(ctx, 'openAssignPane');
  await selectTab(ctx, tab, 'openAssignPane');
  const button = await needControl(ctx, 'assignLicensesButton', 'openAssignPane');
  press(ctx, button, 'openAssignPane');
  await awaitEffect(
    ctx,
    () => {
      const pane = paneOf(ctx.doc);
      return pane && isFound(findControl(ctx.doc, 'pickerInput')) ? pane : undefined;
    },
    ctx.timeouts.pageMs,
    () => missing('openAssignPane', isFound(findControl(ctx.doc, 'assignPane')) ? 'pickerInput' : 'assignPane'),
  );
  ctx.highlight(null);
  return ctx.emit({ type: 'controlFound', step: 'openAssignPane' });
}

export async function closePane(ctx: ActionContext): Promise<RunTurn> {
  await closeAnyPane(ctx, 'closePane');
  ctx.highlight(null);
  return ctx.emit({ type: 'paneClosed' });
}

/**
 * The page is not the product page the batch is on. Guided: the admin moved; start the batch's
 * page steps over. Autopilot: something else moved the page; wait for the admin.
 */
export function notOnProductPage(ctx: ActionContext): Promise<RunTurn> {
  if (ctx.mode === 'guided') return ctx.emit({ type: 'restarted' });
  return ctx.emit({ type: 'paused', reason: 'unexpectedPage' });
}

/** Through the Licenses page and back (navigation only, so guided mode does it too): the product
 *  page fetches its list again. */
export async function reloadProductPage(ctx: ActionContext, skuId: string): Promise<void> {
  const away = nextHashChange(ctx.win, 2_000);
  ctx.win.location.hash = '#/licenses';
  await away;
  const back = nextHashChange(ctx.win, 2_000);
  ctx.win.location.hash = productHash(skuId);
  await back;
}
