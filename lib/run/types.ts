// The run's data: one product, its targets with their progress, and the batches they go through.
// Times are epoch milliseconds taken from the events, so the reducer stays pure.
import type { TargetAction, TargetKind } from '../csv/types';
import type { Chunked } from './chunked';
import type * as z from 'zod/mini';
import type { heldBeforeSchema } from './audit-schema';
import type { outcomeSchema, pauseReasonSchema, runEventSchema, runModeSchema, stepNameSchema } from './event-schema';

export type RunMode = z.infer<typeof runModeSchema>;
export type RunStatus = 'ready' | 'running' | 'paused' | 'cancelled' | 'done';

/** A batch's flow: one action for one kind of target. Unassign flows run first (see flows.ts). */
export type FlowKind = 'unassignUsers' | 'unassignGroups' | 'assignUsers' | 'assignGroups';

/** See event-schema.ts for what each step is. */
export type StepName = z.infer<typeof stepNameSchema>;
export type StepStatus = 'pending' | 'active' | 'done' | 'failed' | 'skipped';

/** A step that has left `pending` (an absent mark means pending). */
export type StepMark = {
  status: Exclude<StepStatus, 'pending'>;
  at: number;
  /** The portal's own words when the step failed. */
  text?: string;
  /** The control the page model could not find; a step failed this way is tried again on resume. */
  control?: string;
};

/** The part of a CSV target the run needs; the product is the run's. */
export type RunTarget = {
  row: number;
  kind: TargetKind;
  id: string;
  key: string;
  action: TargetAction;
  from?: string;
  displayName?: string;
  /** For groups: the member count the file gives (seat arithmetic of the plan). */
  memberCount?: number;
};

/**
 * Where a target is: pending (waits for a batch) → queued (in the open batch) → picked (picked in
 * the pane, or its row ticked) → submitted (the click was recorded) → assigned (the outcome said the
 * change was made, assign or unassign) → done (the page shows it); or failed / skipped.
 * A reassignment goes through an unassign batch (its `from`) back to pending, then an assign batch.
 */
export type TargetStatus = 'pending' | 'queued' | 'picked' | 'submitted' | 'assigned' | 'done' | 'failed' | 'skipped';
export type FailureCode = 'notFound' | 'portalError' | 'notVerified' | 'unconfirmed';
/** Known codes, plus any code pre-flight passes in (e.g. 'guestNotConfirmed'). */
export type SkipReason =
  | 'alreadyHad'
  /** The page showed the target holding the product when its batch came (never submitted). */
  | 'alreadyHeld'
  | 'admin'
  | 'cancelled'
  | 'otherProduct'
  | 'actionNotSupported'
  /** Unassign: the page does not list the target as holding the product. */
  | 'notHeld'
  /** Unassign: the target holds the product only through a group; never attempted per user. */
  | 'inheritedFromGroup'
  | (string & {});

export type TargetRecord = {
  target: RunTarget;
  status: TargetStatus;
  /** Number of the last batch the target was in; 0 = none yet. */
  batch: number;
  /** When the status last changed. */
  at: number;
  pickedAt?: number;
  failure?: { code: FailureCode; text?: string };
  skip?: SkipReason;
  /** Reassignment: the batch that removed the license from `from` (its seat is free since). */
  freedIn?: number;
  /** What the product page showed for the target before the run acted on it (the first reading counts). */
  before?: HeldBefore;
  /** Reassignment: what the page showed for `from` before its license was taken. */
  fromBefore?: HeldBefore;
};

/**
 * How the page showed someone holding the run's product before the run acted: directly, only
 * through groups (their names when the page gave them), not at all, or unknown (the list did not say how).
 */
export type HeldBefore = z.infer<typeof heldBeforeSchema>;

export type Batch = {
  /** 1-based batch number. */
  n: number;
  flow: FlowKind;
  /** Target indices, as formed. */
  targets: number[];
  steps: Partial<Record<StepName, StepMark>>;
  startedAt: number;
  endedAt?: number;
  /** Time spent paused while this batch was open, left out of its duration. */
  pausedMs: number;
  /** Submitted but the outcome was never read (restart, pane lost): read the page before anything else. */
  inDoubt?: true;
  /** Assigned-seat count read just before the recorded click, to check it moved as expected. */
  seatsBefore?: number;
  /** Assigned-seat count read when the batch was verified (the run's summary: seats after). */
  seatsAfter?: number;
  /** What the portal said after the click without naming targets (a partial failure's message). */
  portalText?: string;
};

export type PauseReason = z.infer<typeof pauseReasonSchema>;

export type Pause = {
  reason: PauseReason;
  at: number;
  text?: string;
  target?: number;
  control?: string;
  params?: Record<string, number>;
};

export type RunState = {
  v: 1;
  id: string;
  product: { skuId: string; name: string };
  mode: RunMode;
  batchSize: number;
  status: RunStatus;
  pause?: Pause;
  createdAt: number;
  updatedAt: number;
  startedAt?: number;
  endedAt?: number;
  targets: Chunked<TargetRecord>;
  batches: Chunked<Batch>;
  /** Number of the open batch. */
  current?: number;
  /** Per flow: no target of that flow below this index is pending (keeps batch forming O(batch)). */
  cursor: Record<FlowKind, number>;
  /** How many `submitting` events were recorded: the portal's Assign clicks. */
  submissions: number;
};

export type Outcome = z.infer<typeof outcomeSchema>;

/** One definition: the schema in event-schema.ts (what each event means is written there). */
export type RunEvent = z.infer<typeof runEventSchema>;
export type RunEventType = RunEvent['type'];
export type EventOf<T extends RunEventType> = Extract<RunEvent, { type: T }>;

export type RejectCode =
  | 'notStarted'
  | 'alreadyStarted'
  | 'paused'
  | 'notPaused'
  | 'ended'
  | 'noBatch'
  | 'wrongBatch'
  | 'unexpectedStep'
  | 'unknownTarget'
  | 'targetNotInBatch'
  | 'targetState'
  | 'nothingToSubmit'
  | 'notInDoubt';
export type Rejection = { code: RejectCode; event: RunEventType };
/** A rejected event leaves the state untouched: `state` is the very object passed in. */
export type ReduceResult = { state: RunState; rejected?: Rejection };

/** A batch member and who the page knows it as (a reassignment's `from` in its unassign batch). */
export type RunMember = { target: number; who: RunTarget };

export type NextAction =
  | { kind: 'openProductPage'; batch: number; skuId: string }
  | { kind: 'openGroupsTab'; batch: number }
  | { kind: 'openAssignPane'; batch: number; flow: FlowKind }
  | { kind: 'pickTarget'; batch: number; target: number; who: RunTarget }
  | { kind: 'submit'; batch: number; targets: number[] }
  | { kind: 'readOutcome'; batch: number }
  | { kind: 'closePane'; batch: number }
  | { kind: 'verify'; batch: number; skuId: string; targets: number[] }
  | { kind: 'reconcile'; batch: number; skuId: string; targets: number[] }
  /** Unassign flows: tick the target's row (searching or scrolling the virtualized list). */
  | { kind: 'tickTarget'; batch: number; flow: FlowKind; target: number; who: RunTarget }
  /** Unassign flows: check exactly the ticked members are ticked, then open the Unassign dialog. */
  | { kind: 'openUnassignDialog'; batch: number; flow: FlowKind; members: RunMember[] }
  /** Unassign flows: record `submitting`, then click Unassign in the dialog. */
  | { kind: 'confirmUnassign'; batch: number; targets: number[] }
  /** Unassign flows: the portal's answer, shown over the product page's list. */
  | { kind: 'readUnassignOutcome'; batch: number; members: RunMember[] }
  /** Unassign flows: which members the list still shows holding the product directly. */
  | { kind: 'verifyRemoved'; batch: number; flow: FlowKind; skuId: string; members: RunMember[] }
  /** Unassign flows after a restart: the same reading, answered with `reconciled`. */
  | { kind: 'reconcileRemoved'; batch: number; flow: FlowKind; skuId: string; members: RunMember[] }
  | { kind: 'waitForAdmin'; reason: PauseReason | 'notStarted'; pause?: Pause }
  | { kind: 'done' };
