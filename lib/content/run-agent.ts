// The content script's run loop (admin center only): ask the background for the next action,
// perform it on the page, report, repeat. Waits for a poke (or a page change) while the run waits
// for the admin. A message that fails (the service worker restarting) is sent again after a short
// back-off until it is answered, so no event is ever dropped; a new page starts with `restarted`.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageRunEvent, RunTurn, Sender } from '../messages';
import { contentMessageType } from './content-receiver';
import type { NextAction } from '../run/types';
import { DEFAULT_TIMEOUTS, newPageMemory, type ActionContext } from './run-page/context';
import { createOverlay, TARGET_ATTRIBUTE, type OverlayStatus } from './run-page/overlay';
import { guardAssignButton } from './run-page/assign-guard';
import { cameFromSignIn } from './run-page/page-state';
import { performAction } from './run-page/perform';
import { isAborted } from './run-page/wait';
import { sendMessage } from '../send';
import { pageLocale } from '../portals';
import { setLearnedControls } from '../portals/admin-center/controls';
import { describeElement } from '../portals/learned';
import { learnedFor, learnedLocale, withLearned, type LearnedControl } from '../portals/learned-list';
import { learnedControlsItem } from '../storage';
import { askToShow } from './run-page/show-me';

const BACKOFF_MS = [100, 250, 500, 1_000, 2_000];
/** While waiting, ask again this often in case a poke was lost with a stopped service worker. */
const IDLE_RECHECK_MS = 10_000;

type Call = { type: 'runNext' } | { type: 'runEvent'; runId: string; event: PageRunEvent };

function isTurn(value: unknown): value is RunTurn {
  return typeof value === 'object' && value !== null && 'runId' in value;
}

/** Same action for the same batch and target: a poke that leaves it unchanged must not interrupt it. */
function actionKey(turn: RunTurn): string {
  return JSON.stringify([turn.runId, turn.mode, turn.action]);
}

function statusOf(turn: RunTurn): OverlayStatus | undefined {
  const a: NextAction | undefined = turn.action;
  if (!turn.runId || !turn.mode || !a) return undefined;
  const base = {
    mode: turn.mode,
    ...(turn.info?.batch !== undefined ? { batch: turn.info.batch, batches: turn.info.batches } : {}),
  };
  if (a.kind === 'waitForAdmin') return a.reason === 'notStarted' ? undefined : { ...base, waiting: a.reason };
  if (a.kind === 'done') return { mode: turn.mode, waiting: 'done' };
  if (a.kind === 'pickTarget') return { ...base, step: 'pick', detail: a.who.id };
  return { ...base, step: a.kind };
}

/** The "next step" shortcut in guided mode: the admin's key press clicks what is highlighted. */
function pressHighlighted(doc: Document): boolean {
  const target = doc.querySelector<HTMLElement>(`[${TARGET_ATTRIBUTE}]`);
  target?.click();
  return !!target;
}

export async function startRunAgent(ctx: ContentScriptContext): Promise<void> {
  const t = (key: string, ...subs: (string | number)[]) =>
    (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs.map(String)) || key;
  const overlay = await createOverlay(ctx, t, () => void stop());
  const memory = newPageMemory();
  let wake: (() => void) | undefined;
  let acting: { key: string; abort: AbortController } | undefined;
  let runId: string | null = null;
  let shown: OverlayStatus | undefined;
  let guarding = false;

  // Timers of the context: once it ends (extension reloaded) nothing of this page's run fires again.
  const pause = (ms: number) => new Promise<void>((resolve) => ctx.setTimeout(resolve, ms));

  // Controls the admin showed for this portal and language, kept current (options may remove one).
  const applyLearned = (list: LearnedControl[] | null) =>
    setLearnedControls(learnedFor(list ?? [], 'admin-center', pageLocale(document)));
  void learnedControlsItem.getValue().then(applyLearned);
  const unwatchLearned = learnedControlsItem.watch(applyLearned);

  async function showMe(control: string, holdClick: boolean, signal: AbortSignal): Promise<boolean> {
    overlay.highlight(null);
    const element = await askToShow(document, window, t, control, holdClick, signal);
    if (!element) return false;
    const entry: LearnedControl = {
      portal: 'admin-center',
      locale: learnedLocale(pageLocale(document)),
      control,
      description: describeElement(element),
      at: new Date().toISOString(),
    };
    const list = withLearned(await learnedControlsItem.getValue(), entry);
    await learnedControlsItem.setValue(list);
    applyLearned(list);
    return true;
  }

  /** Sends until the background answers with a turn (it may be restarting meanwhile). */
  async function call(message: Call): Promise<RunTurn> {
    for (let attempt = 0; ; attempt++) {
      if (ctx.isInvalid) throw new DOMException('invalidated', 'AbortError');
      try {
        const answer: unknown = await sendMessage(message as never);
        if (isTurn(answer)) return answer;
      } catch {
        // no receiver yet, or the worker stopped before answering: try again
      }
      await pause(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!);
    }
  }

  const emit = (event: PageRunEvent): Promise<RunTurn> =>
    runId ? call({ type: 'runEvent', runId, event }) : Promise.resolve({ runId: null });

  function waitForChange(): Promise<void> {
    return new Promise((resolve) => {
      const listening = new AbortController();
      const done = () => {
        listening.abort();
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      wake = done;
      window.addEventListener('hashchange', done, { signal: AbortSignal.any([listening.signal, ctx.signal]) });
      const timer = ctx.setTimeout(done, IDLE_RECHECK_MS);
    });
  }

  async function onPoke(): Promise<void> {
    if (wake) return wake();
    const running = acting;
    if (!running) return;
    const turn = await call({ type: 'runNext' });
    if (acting === running && actionKey(turn) !== running.key) running.abort.abort();
  }

  async function stop(): Promise<void> {
    await emit({ type: 'paused', reason: 'admin' });
    acting?.abort.abort();
    wake?.();
  }

  /** The first turn of this page: a run already under way cannot trust the page it remembers. */
  async function firstTurn(turn: RunTurn): Promise<RunTurn> {
    const a = turn.action;
    if (!turn.runId || !a || turn.info?.batch === undefined || a.kind === 'done') return turn;
    if (a.kind === 'waitForAdmin' && a.reason === 'notStarted') return turn;
    if (cameFromSignIn(document) && a.kind !== 'waitForAdmin') return emit({ type: 'paused', reason: 'signIn' });
    return emit({ type: 'restarted' });
  }

  async function loop(): Promise<void> {
    let turn = await call({ type: 'runNext' });
    runId = turn.runId;
    turn = await firstTurn(turn);
    let lastKey = '';
    let failures = 0;
    while (!ctx.isInvalid) {
      if (turn.runId !== runId) memory.picked.clear();
      runId = turn.runId;
      shown = statusOf(turn);
      if (shown) overlay.show(shown);
      else overlay.hide();
      const action = turn.action;
      guarding = !!turn.runId && action?.kind !== 'done';
      if (!turn.runId || !turn.mode || !action || action.kind === 'waitForAdmin' || action.kind === 'done') {
        overlay.highlight(null);
        await waitForChange();
        turn = await call({ type: 'runNext' });
        continue;
      }
      const key = actionKey(turn);
      // The same action again right after it was tried: give the page (or the admin) a moment.
      if (key === lastKey) await pause(500);
      lastKey = key;
      const abort = new AbortController();
      acting = { key, abort };
      const actionCtx: ActionContext = {
        doc: document,
        win: window,
        mode: turn.mode,
        emit,
        signal: abort.signal,
        highlight: (element, step) => overlay.highlight(element, step),
        timeouts: DEFAULT_TIMEOUTS,
        memory,
        ...(turn.info ? { info: turn.info } : {}),
        now: () => Date.now(),
        showMe: (control) => showMe(control, turn.mode === 'autopilot', abort.signal),
      };
      try {
        turn = (await performAction(action, actionCtx)) ?? (await call({ type: 'runNext' }));
        failures = 0;
      } catch (e) {
        overlay.highlight(null);
        if (isAborted(e)) turn = await call({ type: 'runNext' });
        else {
          console.warn('License Pilot: step failed', e);
          // A step that keeps failing on this page waits for the admin rather than spinning.
          failures += 1;
          turn =
            failures >= 3
              ? await emit({
                  type: 'paused',
                  reason: 'unexpectedPage',
                  text: String(e instanceof Error ? e.message : e).slice(0, 200),
                })
              : await call({ type: 'runNext' });
        }
      } finally {
        acting = undefined;
      }
    }
  }

  const ids = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const onMessage = (message: unknown, sender: Sender) => {
    const type = contentMessageType(message, sender, ids);
    if (type === 'runNextStep') return Promise.resolve({ ok: pressHighlighted(document) });
    if (type !== 'runPoke') return undefined;
    void onPoke();
    return Promise.resolve({ ok: true as const });
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unguard = guardAssignButton(
    document,
    window,
    memory.assignGate,
    () => guarding,
    () => {
      if (shown) overlay.show({ ...shown, notice: 'overlayAssignBlocked' });
    },
  );
  ctx.onInvalidated(() => {
    unguard();
    unwatchLearned();
    browser.runtime.onMessage.removeListener(onMessage);
    acting?.abort.abort();
    wake?.();
  });
  loop().catch((e: unknown) => {
    if (!isAborted(e)) console.warn('License Pilot: run loop stopped', e);
  });
}
