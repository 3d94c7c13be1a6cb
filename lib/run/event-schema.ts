// The run's events as zod schemas: the one definition of `RunEvent` (types.ts infers it from here)
// and of the part a content script may report (messages.ts parses those with `pageRunEventSchema`).
import * as z from 'zod/mini';
import { heldBeforeSchema } from './audit-schema';

export const stepNameSchema = z.enum([
  'openProductPage',
  'openGroupsTab',
  'openAssignPane',
  'pick',
  'submit',
  'readOutcome',
  'closePane',
  'verify',
  /** Unassign flows: tick the target's row in the product page's list. */
  'tick',
  'openUnassignDialog',
  /** Unassign flows: the dialog's Unassign click, recorded before it lands (as `submit`). */
  'confirm',
]);

export const pauseReasonSchema = z.enum([
  'admin',
  'targetNotFound',
  'portalError',
  'controlMissing',
  'paneClosed',
  'signIn',
  'countMismatch',
  'notVerified',
  'unexpectedPage',
]);

export const runModeSchema = z.enum(['guided', 'autopilot']);

export const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('success') }),
  z.object({ kind: z.literal('error'), text: z.string() }),
  /**
   * Some targets failed: those the portal's lines name, with its words; `text` is what it said
   * without naming anyone (e.g. "not enough licenses" after assigning part of the batch): the page's
   * list then tells which targets were not assigned.
   */
  z.object({
    kind: z.literal('perTarget'),
    errors: z.array(z.object({ target: z.number(), text: z.string() })),
    text: z.optional(z.string()),
  }),
]);

const stepName = stepNameSchema;

/** What the page shows, reported by the content script; the background stamps the time. */
const pageEvents = [
  z.object({ type: z.literal('stepBegan'), step: stepName }),
  /** The page now shows what a navigation step leads to (product page, Groups tab, assign pane). */
  z.object({ type: z.literal('controlFound'), step: stepName, control: z.optional(z.string()) }),
  z.object({ type: z.literal('controlMissing'), step: stepName, control: z.string(), text: z.optional(z.string()) }),
  z.object({ type: z.literal('targetPicked'), target: z.number() }),
  z.object({ type: z.literal('targetNotFound'), target: z.number(), text: z.optional(z.string()) }),
  /** Unassign flows: the target's row is ticked in the list. */
  z.object({ type: z.literal('targetTicked'), target: z.number() }),
  /** Unassign flows: the list does not show the target holding the product directly. */
  z.object({ type: z.literal('targetNotHeld'), target: z.number(), viaGroup: z.optional(z.boolean()) }),
  /** What the product page shows for batch members before anything is picked (their before-state). */
  z.object({
    type: z.literal('beforeRead'),
    batch: z.number(),
    results: z.array(z.object({ target: z.number(), before: heldBeforeSchema })),
  }),
  /** Recorded before the Assign (or the dialog's Unassign) click. */
  z.object({ type: z.literal('submitting'), batch: z.number(), seatsBefore: z.optional(z.number()) }),
  z.object({ type: z.literal('submitted'), batch: z.number() }),
  z.object({ type: z.literal('outcomeRead'), batch: z.number(), outcome: outcomeSchema }),
  z.object({ type: z.literal('paneClosed') }),
  /** Whether the page lists each target as holding the product (for unassign flows: directly). */
  z.object({
    type: z.literal('verified'),
    batch: z.number(),
    results: z.array(z.object({ target: z.number(), licensed: z.boolean() })),
    seatsAfter: z.optional(z.number()),
  }),
  z.object({
    type: z.literal('paused'),
    reason: pauseReasonSchema,
    text: z.optional(z.string()),
    params: z.optional(z.record(z.string(), z.number())),
  }),
  /** After a restart: which submitted targets of the in-doubt batch the page shows as licensed. */
  z.object({ type: z.literal('reconciled'), batch: z.number(), licensed: z.array(z.number()) }),
  /** A new page (reload, browser restart, return from sign-in): the page may not be what the run says. */
  z.object({ type: z.literal('restarted') }),
] as const;

/** What the admin (or the background) decides. */
const adminEvents = [
  z.object({ type: z.literal('started') }),
  z.object({ type: z.literal('resumed') }),
  z.object({ type: z.literal('cancelled') }),
  z.object({ type: z.literal('skipTarget'), target: z.number() }),
  z.object({ type: z.literal('retryTarget'), target: z.number() }),
  /** Every failed target back to pending (also after the run ended). */
  z.object({ type: z.literal('retryFailed') }),
  z.object({ type: z.literal('modeSet'), mode: runModeSchema }),
] as const;

export const pageRunEventSchema = z.discriminatedUnion('type', [...pageEvents]);

/** Every event the run reducer applies, with the time it happened (epoch ms). */
export const runEventSchema = z.intersection(
  z.object({ at: z.number() }),
  z.discriminatedUnion('type', [...pageEvents, ...adminEvents]),
);
