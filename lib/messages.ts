// Every message between the parts of License Pilot, one zod schema each in one discriminated union.
// Receivers parse what they get and check who sent it (see `handleMessage`); senders are typed.
import * as z from 'zod/mini';
import { isPortalUrl } from './portals/hosts';
import { pageRunEventSchema } from './run/event-schema';
import type { PageReport, ProductSeats } from './portals/types';
import type { CsvSummary } from './worker/csv-summary';
import type { CheckResult } from './preflight/types';
import type { ChecklistItem } from './run/checklist';
import type { RunProgress } from './run/progress';
import type { RunTally } from './run/tally';
import type { NextAction, Pause, RunMode, RunState, RunTarget } from './run/types';

const productSeats = z.object({
  name: z.string(),
  skuId: z.optional(z.string()),
  total: z.optional(z.number()),
  assigned: z.optional(z.number()),
  available: z.optional(z.number()),
});

export const pageReportSchema = z.object({
  portal: z.enum(['admin-center', 'azure-portal', 'entra']),
  page: z.enum(['licenses', 'product', 'other']),
  pane: z.nullable(z.literal('assign')),
  locale: z.string(),
  url: z.string(),
  products: z.array(productSeats),
  product: z.optional(productSeats),
  canAssignHere: z.boolean(),
  missing: z.array(z.string()),
  at: z.string(),
});

// Run events a content script reports (the schema lives with the run's other events); the
// background stamps the time and applies them.
export { pageRunEventSchema };

/** A content script's reading of a product page's holders (and the Groups tab's groups, when shown). */
export const holdersReadSchema = z.object({
  skuId: z.optional(z.string()),
  holders: z.array(
    z.object({
      address: z.optional(z.string()),
      name: z.optional(z.string()),
      direct: z.optional(z.boolean()),
      groups: z.array(z.string()),
    }),
  ),
  total: z.optional(z.number()),
  complete: z.boolean(),
  /** The product's assigned count when read: a later count that differs makes the reading stale. */
  assigned: z.optional(z.number()),
});
export type HoldersRead = z.infer<typeof holdersReadSchema>;

export type PageRunEvent = z.infer<typeof pageRunEventSchema>;

/** Who may send a message: a content script on a portal page, or one of the extension's own pages. */
type Origin = 'content' | 'extension';

const messages = {
  /** Content script -> background: what the page shows now. */
  pageReport: { origin: 'content', schema: z.object({ type: z.literal('pageReport'), report: pageReportSchema }) },
  /** Extension page -> content script: an outline of the page for "Copy diagnostics". */
  getOutline: { origin: 'extension', schema: z.object({ type: z.literal('getOutline') }) },
  /** Popup or side panel -> background: a spreadsheet's bytes (base64) and the admin's overrides. */
  loadCsv: {
    origin: 'extension',
    schema: z.object({
      type: z.literal('loadCsv'),
      fileName: z.string().check(z.maxLength(260)),
      base64: z.string(),
      overrides: z.optional(z.record(z.string(), z.unknown())),
    }),
  },
  /** Popup or side panel -> background: the loaded file's summary and its pre-flight for a tab. */
  getPreflight: {
    origin: 'extension',
    schema: z.object({ type: z.literal('getPreflight'), tabId: z.number(), skuId: z.optional(z.string()) }),
  },
  /** The admin confirms, for this run, that the agreement allows licensing guests. */
  confirmGuests: {
    origin: 'extension',
    schema: z.object({ type: z.literal('confirmGuests'), confirmed: z.boolean() }),
  },
  clearCsv: { origin: 'extension', schema: z.object({ type: z.literal('clearCsv') }) },
  /** Content script -> background: the run's next action for this tab (binds a waiting run to it). */
  runNext: { origin: 'content', schema: z.object({ type: z.literal('runNext') }) },
  /** Content script -> background: what happened on the page; answered with the next action. */
  runEvent: {
    origin: 'content',
    schema: z.object({ type: z.literal('runEvent'), runId: z.string(), event: pageRunEventSchema }),
  },
  /** Background -> content script: read every holder of the product page's Users list. */
  readHolders: { origin: 'extension', schema: z.object({ type: z.literal('readHolders') }) },
  /** Background -> content script: the run changed (started, resumed, mode set): ask for the next action. */
  runPoke: { origin: 'extension', schema: z.object({ type: z.literal('runPoke') }) },
  /** Background -> content script: the admin's "next step" shortcut; clicks the highlighted control. */
  runNextStep: { origin: 'extension', schema: z.object({ type: z.literal('runNextStep') }) },
  /** Popup -> background: a run of the loaded file's runnable targets for the tab's product. */
  createRun: {
    origin: 'extension',
    schema: z.object({
      type: z.literal('createRun'),
      tabId: z.number(),
      mode: z.enum(['guided', 'autopilot']),
      skuId: z.optional(z.string()),
    }),
  },
  /** Side panel or popup -> background: the admin's commands on the active run. */
  runControl: {
    origin: 'extension',
    schema: z.object({
      type: z.literal('runControl'),
      command: z.enum(['start', 'pause', 'resume', 'cancel', 'skip', 'retry', 'retryFailed', 'setMode', 'clear']),
      target: z.optional(z.number()),
      mode: z.optional(z.enum(['guided', 'autopilot'])),
    }),
  },
  /** Side panel -> background: the active run's progress and a page of its checklist. */
  getRunView: {
    origin: 'extension',
    schema: z.object({
      type: z.literal('getRunView'),
      offset: z.number(),
      limit: z.number(),
      filter: z.optional(z.enum(['batch', 'all', 'open', 'failed', 'done', 'skipped'])),
    }),
  },
  /** Popup -> background: the dry run of what `createRun` would do now (no portal touched), or its CSV. */
  dryRun: {
    origin: 'extension',
    schema: z.object({
      type: z.literal('dryRun'),
      tabId: z.number(),
      mode: z.enum(['guided', 'autopilot']),
      asCsv: z.optional(z.boolean()),
    }),
  },
  /** Side panel -> background: the active run's report as CSV, or (`summary`) the short summary file. */
  exportReport: {
    origin: 'extension',
    schema: z.object({ type: z.literal('exportReport'), summary: z.optional(z.boolean()) }),
  },
  /** Side panel -> background: the active run's audit record as JSON. */
  exportAudit: { origin: 'extension', schema: z.object({ type: z.literal('exportAudit') }) },
  /**
   * Side panel -> background: the undo of the active run (or of an imported audit record's run), as a
   * dry run; with `start`, the undo run itself, bound to the tab.
   */
  undoRun: {
    origin: 'extension',
    schema: z.object({
      type: z.literal('undoRun'),
      tabId: z.number(),
      mode: z.enum(['guided', 'autopilot']),
      record: z.optional(z.string().check(z.maxLength(50_000_000))),
      start: z.optional(z.boolean()),
    }),
  },
  /** Read the loaded file again with other overrides (delimiter, encoding, column roles). */
  setCsvOverrides: {
    origin: 'extension',
    schema: z.object({ type: z.literal('setCsvOverrides'), overrides: z.record(z.string(), z.unknown()) }),
  },
} as const satisfies Record<string, { origin: Origin; schema: z.ZodMiniType }>;

export type MessageType = keyof typeof messages;
export type MessageOf<T extends MessageType> = z.infer<(typeof messages)[T]['schema']>;
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

/** What each message is answered with. */
export type Responses = {
  pageReport: { stored: boolean };
  getOutline: { outline: unknown };
  loadCsv: { summary: CsvSummary };
  getPreflight: PreflightView;
  confirmGuests: { guestsConfirmed: boolean };
  clearCsv: { cleared: true };
  setCsvOverrides: { summary: CsvSummary | null };
  runNext: RunTurn;
  runEvent: RunTurn & { rejected?: string };
  runPoke: { ok: true };
  readHolders: HoldersRead;
  runNextStep: { ok: boolean };
  createRun: { runId: string } | { error: string; params?: string[] };
  runControl: { ok: boolean; rejected?: string };
  getRunView: RunView | null;
  dryRun: { plan: DryRunView; csv?: string; fileName?: string } | { error: string; params?: string[] };
  exportReport: { csv: string; fileName: string } | null;
  exportAudit: { json: string; fileName: string } | null;
  undoRun: UndoView | { error: string; params?: string[] };
};

/** The undo of a run as the side panel shows it: its dry run, what it leaves as is and why. */
export type UndoView = {
  undoes: string;
  product: { skuId: string; name: string };
  fileName: string;
  plan: DryRunView;
  left: { row: number; id: string; reason: string }[];
  /** The undo run, once started. */
  runId?: string;
};

/** What a content script is told to do next; `runId` null when no run concerns this tab. */
export type RunTurn = { runId: string | null; mode?: RunMode; action?: NextAction; info?: RunTurnInfo };

/** What the page needs besides the action: the open batch's members, how far the run is, and when
 *  the open batch's Assign click was recorded (a reconcile reads the page only after it settled). */
export type RunTurnInfo = {
  product: { skuId: string; name: string };
  batch?: number;
  /** Batches formed so far plus those the pending targets still need. */
  batches: number;
  members: { target: number; who: RunTarget }[];
  submittedAt?: number;
};

/** The dry run as the popup shows it: one line per batch (the CSV has one per target). */
export type DryRunView = {
  submissions: number;
  availableBefore?: number;
  availableAfter?: number;
  lowest?: number;
  firstShortBatch?: number;
  skipped: number;
  batches: {
    n: number;
    flow: string;
    count: number;
    availableBefore?: number;
    availableAfter?: number;
    belowZero: boolean;
    unknownSeats: number;
  }[];
};

/** What a finished (or cancelled) run came to, by target. */
export type RunOutcomeView = {
  id: string;
  status: 'done' | 'cancelled';
  product: { skuId: string; name: string };
  assigned: number;
  unassigned: number;
  alreadyHeld: number;
  failed: number;
  skipped: number;
  /** Free seats the page shows now, when it shows this product. */
  seatsLeft?: number;
};

export type RunView = {
  id: string;
  product: { skuId: string; name: string };
  mode: RunMode;
  status: RunState['status'];
  pause?: Pause;
  submissions: number;
  progress: RunProgress;
  /** The run's figures so far (its summary once it ended). */
  tally: RunTally;
  /** The open batch's number and how many batches the run takes in all (as planned now). */
  batch?: { n: number; of: number };
  /** The requested page of targets with their checklists, in file order. */
  items: {
    index: number;
    row: number;
    id: string;
    kind: string;
    status: string;
    batch: number;
    failure?: string;
    failureText?: string;
    skip?: string;
    steps: ChecklistItem[];
  }[];
  matching: number;
};

export type PreflightView = {
  summary: CsvSummary | null;
  guestsConfirmed: boolean;
  product?: ProductSeats;
  checks: CheckResult[];
  runnable: { run: number; held: number; skipped: number };
  /** Failed checks that stop the whole run until resolved (seats short, wrong page). */
  blockedBy: string[];
  /** The run in progress, if any: the popup shows it instead of offering a new one. */
  activeRun?: { id: string; status: string; done: number; total: number };
  /** The run that ended last: the popup shows its outcome rather than a purchase plan. */
  lastRun?: RunOutcomeView;
  /** How the product page's holders were read for these checks, when they were. */
  holders?: { count: number; complete: boolean; at: number };
  defaultMode: RunMode;
};

export const messageSchema = z.discriminatedUnion('type', [
  messages.pageReport.schema,
  messages.getOutline.schema,
  messages.loadCsv.schema,
  messages.getPreflight.schema,
  messages.confirmGuests.schema,
  messages.clearCsv.schema,
  messages.setCsvOverrides.schema,
  messages.runNext.schema,
  messages.runEvent.schema,
  messages.runPoke.schema,
  messages.readHolders.schema,
  messages.runNextStep.schema,
  messages.createRun.schema,
  messages.runControl.schema,
  messages.getRunView.schema,
  messages.exportReport.schema,
  messages.dryRun.schema,
  messages.exportAudit.schema,
  messages.undoRun.schema,
]);

// Compile-time check that the union lists every message.
type Listed = z.infer<typeof messageSchema>['type'];
const everyMessageListed: [MessageType] extends [Listed] ? true : never = true;
void everyMessageListed;

export type Sender = {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
};

export type Handlers = {
  [T in MessageType]?: (message: MessageOf<T>, sender: Sender) => Promise<Responses[T]> | Responses[T];
};

export type ReceiverContext = { extensionId: string; extensionOrigin: string };

/** Why a message was refused; the listener answers nothing for these. */
export type Refusal = 'malformed' | 'unknownSender' | 'unhandled';

export function checkSender(origin: Origin, sender: Sender, ctx: ReceiverContext): boolean {
  if (sender.id !== ctx.extensionId) return false;
  if (origin === 'content') return !!sender.tab && isPortalUrl(sender.url ?? sender.tab.url);
  return (sender.url ?? '').startsWith(ctx.extensionOrigin);
}

/** Parses, checks the sender, and runs the handler; refusals resolve to `{ refused }`. */
export async function handleMessage(
  handlers: Handlers,
  raw: unknown,
  sender: Sender,
  ctx: ReceiverContext,
): Promise<Responses[MessageType] | { refused: Refusal }> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { refused: 'malformed' };
  const message = parsed.data;
  if (!checkSender(messages[message.type].origin, sender, ctx)) return { refused: 'unknownSender' };
  const handler = handlers[message.type] as
    ((m: Message, s: Sender) => Promise<Responses[MessageType]> | Responses[MessageType]) | undefined;
  if (!handler) return { refused: 'unhandled' };
  return handler(message, sender);
}

/** A receiver's refusal (bad message, unknown sender, no handler): never an answer to act on. */
export function isRefusal(answer: unknown): answer is { refused: Refusal } {
  return typeof answer === 'object' && answer !== null && 'refused' in answer;
}

export type PageReportMessage = MessageOf<'pageReport'> & { report: PageReport };
