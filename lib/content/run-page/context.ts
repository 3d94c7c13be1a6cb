// What the executor works with: the page, the mode, a way to report events (answered with the next
// turn), highlighting for guided mode, a cancel signal, and its time limits.
import type { PageRunEvent, RunTurn, RunTurnInfo } from '../../messages';
import type { RunMode } from '../../run/types';

/** How the overlay shows the next control: the element (null hides the ring) and the step's code. */
export type Highlight = (element: Element | null, step?: string) => void;

export type Timeouts = {
  /** A page or a pane to appear after navigation or a click. */
  pageMs: number;
  /** Picker suggestions to arrive after typing. */
  suggestMs: number;
  /** Options that name nobody must stay so this long before the target counts as not found. */
  noMatchSettleMs: number;
  /** The portal's answer after Assign. */
  outcomeMs: number;
  /** A target to show up in the product page's list after a successful Assign. */
  verifyMs: number;
  /** A search of the list to settle when the target may well be absent (reconcile). */
  quietMs: number;
  /** A reconcile reads the page no sooner than this after the Assign click was recorded. */
  settleMs: number;
};

export const DEFAULT_TIMEOUTS: Timeouts = {
  pageMs: 30_000,
  suggestMs: 20_000,
  noMatchSettleMs: 1_000,
  outcomeMs: 120_000,
  verifyMs: 8_000,
  quietMs: 600,
  settleMs: 8_000,
};

/** What the executor remembers between actions in one page: the texts of the option picked per
 *  target, and whether the pane's Assign button may fire now (see assign-guard.ts). */
export type PageMemory = {
  picked: Map<number, string[]>;
  assignGate: { open: boolean };
  /** The target whose query was typed ahead into the picker. */
  typedAhead?: number;
};

export function newPageMemory(): PageMemory {
  return { picked: new Map(), assignGate: { open: false } };
}

export type ActionContext = {
  doc: Document;
  win: Window;
  mode: RunMode;
  /** Reports an event; resolves with the background's answer once it was recorded. */
  emit: (event: PageRunEvent) => Promise<RunTurn>;
  /** Aborts waits for the page or the admin; never a wait between a click and its report. */
  signal: AbortSignal;
  highlight: Highlight;
  timeouts: Timeouts;
  memory: PageMemory;
  info?: RunTurnInfo;
  /** Asks the admin to click a control the page model could not find ("Show me"); true once it
   *  was shown and remembered. */
  showMe?: (control: string) => Promise<boolean>;
  /** Current time in epoch ms (the background stamps events; this only paces reconcile). */
  now: () => number;
};
