// Shared moves of the executor: stop a step with the event that explains why, wait for a control,
// and "press" a control: autopilot clicks it, guided mode highlights it for the admin.
import type { PageRunEvent } from '../../messages';
import { findControl, type ControlName } from '../../portals/admin-center/controls';
import { isFound } from '../../portals/lookup';
import type { StepName } from '../../run/types';
import type { ActionContext } from './context';
import { waitFor } from './wait';

/** A step cannot go on; `event` says why (a missing control, a pause, the pane gone). */
export class StepStop extends Error {
  constructor(readonly event: PageRunEvent) {
    super(event.type);
    this.name = 'StepStop';
  }
}

export function missing(step: StepName, control: string): StepStop {
  return new StepStop({ type: 'controlMissing', step, control });
}

export function url(ctx: ActionContext): URL {
  return new URL(ctx.win.location.href);
}

/** Waits (abortable) for a control; a StepStop with controlMissing when it never shows. */
export async function needControl(
  ctx: ActionContext,
  name: ControlName,
  step: StepName,
  timeoutMs = ctx.timeouts.pageMs,
): Promise<Element> {
  const found = await waitFor(
    ctx.doc,
    ctx.win,
    () => {
      const r = findControl(ctx.doc, name);
      return isFound(r) ? r.element : undefined;
    },
    { timeoutMs, signal: ctx.signal },
  );
  if (!found) throw missing(step, name);
  return found;
}

/** Autopilot clicks; guided mode shows the admin where to click. The caller waits for the effect. */
export function press(ctx: ActionContext, element: Element, step: string): void {
  if (ctx.mode === 'autopilot') {
    ctx.highlight(element, step);
    (element as HTMLElement).click();
  } else {
    ctx.highlight(element, step);
  }
}

/**
 * Waits for the effect of a press: in autopilot within `timeoutMs` (then StepStop `onTimeout`),
 * in guided mode for as long as the admin takes (the signal ends it).
 */
export async function awaitEffect<T>(
  ctx: ActionContext,
  check: () => T | undefined | null | false,
  timeoutMs: number,
  onTimeout: () => StepStop,
): Promise<T> {
  const limit = ctx.mode === 'autopilot' ? timeoutMs : Infinity;
  const value = await waitFor(ctx.doc, ctx.win, check, { timeoutMs: limit, signal: ctx.signal });
  if (value === undefined) throw onTimeout();
  return value;
}
