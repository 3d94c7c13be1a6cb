// Picking one target in the Assign pane: type who it is (both modes, through React's value setter),
// wait for the portal's suggestions, then pick the one option naming the target (autopilot) or
// point at it and wait for the admin's click (guided). "No results" or no naming option: not found.
import type { RunTurn } from '../../messages';
import { setReactInputValue } from '../../portals/admin-center/actions';
import { findControl } from '../../portals/admin-center/controls';
import { isFound } from '../../portals/lookup';
import type { RunTarget } from '../../run/types';
import { missing, StepStop } from './act';
import type { ActionContext } from './context';
import { errorBarsIn, paneOf } from './page-state';
import { pickerSearching } from '../../portals/admin-center/page-parts';
import { pickedCount, pickedIndexOf, readPicker, type PickerRead } from './picker';
import { textSegments } from '../../portals/text';
import { waitFor } from './wait';
import { whoOf, type Who } from './who';

type Settled = Exclude<PickerRead, { kind: 'loading' }> | { kind: 'timeout' } | { kind: 'paneGone' };

/** Waits for the suggestions for the query to settle; options naming nobody must stay a while. */
async function settledSuggestions(ctx: ActionContext, who: Who): Promise<Settled> {
  let noMatchSince: number | undefined;
  const result = await waitFor<Settled>(
    ctx.doc,
    ctx.win,
    () => {
      if (!paneOf(ctx.doc)) return { kind: 'paneGone' };
      const read = readPicker(ctx.doc, who);
      if (read.kind === 'loading') {
        noMatchSince = undefined;
        return undefined;
      }
      if (read.kind !== 'noMatch') return read;
      noMatchSince ??= ctx.now();
      return ctx.now() - noMatchSince >= ctx.timeouts.noMatchSettleMs ? read : undefined;
    },
    { timeoutMs: ctx.timeouts.suggestMs, signal: ctx.signal, pollMs: 100 },
  );
  return result ?? { kind: 'timeout' };
}

function notFoundText(read: Settled): string | undefined {
  switch (read.kind) {
    case 'noResults':
    case 'disabled':
      return read.text;
    case 'ambiguous':
      return read.texts.join(' | ');
    default:
      return undefined;
  }
}

export async function pickTarget(ctx: ActionContext, target: number, runTarget: RunTarget): Promise<RunTurn> {
  const who = whoOf(runTarget);
  const pane = paneOf(ctx.doc);
  if (!pane) return ctx.emit({ type: 'paneClosed' });
  const error = errorBarsIn(pane)[0];
  if (error) throw new StepStop({ type: 'paused', reason: 'portalError', text: textSegments(error).join(' ') });
  // Picked before its report got through (a pause, a restart of the background): record it only.
  if (pickedIndexOf(ctx.doc, who, ctx.memory.picked.get(target)) >= 0)
    return ctx.emit({ type: 'targetPicked', target });

  let typed = ctx.memory.typedAhead === target;
  ctx.memory.typedAhead = undefined;
  for (;;) {
    const inputFound = findControl(ctx.doc, 'pickerInput');
    if (!isFound(inputFound)) throw missing('pick', 'pickerInput');
    const input = inputFound.element as HTMLInputElement;
    // Typed ahead while the last pick was being recorded: its suggestions are already coming.
    if (!typed || input.value !== who.query || !suggestionsShowing(ctx.doc)) {
      if (input.value === who.query) setReactInputValue(input, ''); // a same-value write would not search
      setReactInputValue(input, who.query);
    }
    typed = false;
    ctx.highlight(input, 'pick');

    const read = await settledSuggestions(ctx, who);
    if (read.kind === 'paneGone') return ctx.emit({ type: 'paneClosed' });
    if (read.kind !== 'match') {
      const text = notFoundText(read);
      return ctx.emit({ type: 'targetNotFound', target, ...(text ? { text } : {}) });
    }
    const before = pickedCount(ctx.doc);
    const option = read.option.element;
    ctx.memory.picked.set(target, read.option.texts);
    ctx.highlight(option, 'pick');
    if (ctx.mode === 'autopilot') (option as HTMLElement).click();
    // Guided: the admin clicks; if the option goes away unpicked (the admin typed), type again.
    const picked = await waitFor(
      ctx.doc,
      ctx.win,
      () => {
        if (!paneOf(ctx.doc)) return 'paneGone';
        if (pickedCount(ctx.doc) > before && pickedIndexOf(ctx.doc, who, read.option.texts) >= 0) return 'picked';
        if (ctx.mode === 'guided' && !option.isConnected) return 'retry';
        return undefined;
      },
      { timeoutMs: ctx.mode === 'autopilot' ? ctx.timeouts.pageMs : Infinity, signal: ctx.signal },
    );
    if (picked === 'paneGone') return ctx.emit({ type: 'paneClosed' });
    if (picked === 'picked') {
      ctx.highlight(null);
      typeAhead(ctx, target, input);
      return ctx.emit({ type: 'targetPicked', target });
    }
    if (picked === undefined) throw missing('pick', 'pickedItems');
  }
}

/** Suggestions are shown or loading (a spinner in a layer): a search is under way. */
function suggestionsShowing(doc: Document): boolean {
  return isFound(findControl(doc, 'suggestions')) || pickerSearching(doc);
}

/**
 * Types the batch's next target into the picker while this pick is being recorded, so the portal's
 * search overlaps the round trip to the background. Typing picks nothing; the pick waits for its turn.
 */
function typeAhead(ctx: ActionContext, target: number, input: HTMLInputElement): void {
  const members = ctx.info?.members ?? [];
  const at = members.findIndex((m) => m.target === target);
  const next = members.slice(at + 1).find((m) => !ctx.memory.picked.has(m.target));
  if (at < 0 || !next || !input.isConnected) return;
  ctx.memory.typedAhead = next.target;
  setReactInputValue(input, whoOf(next.who).query);
}
