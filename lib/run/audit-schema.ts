// The audit record of a run: one zod schema, the type inferred from it. It is what an auditor gets
// beside the report CSV (which file, hashed; which product; every submission in the portal's words)
// and what undo is planned from, also after retention removed the run itself.
import * as z from 'zod/mini';

export const AUDIT_FORMAT = 'license-pilot-audit-record';

export const heldBeforeSchema = z.object({
  held: z.enum(['direct', 'group', 'none', 'unknown']),
  groups: z.optional(z.array(z.string())),
});

const seatsSchema = z.object({
  total: z.optional(z.number()),
  assigned: z.optional(z.number()),
  available: z.optional(z.number()),
});

const auditTargetSchema = z.object({
  row: z.number(),
  kind: z.enum(['user', 'guest', 'group']),
  id: z.string(),
  action: z.enum(['assign', 'unassign', 'reassign']),
  from: z.optional(z.string()),
  memberCount: z.optional(z.number()),
  /** The report's outcome code (assigned, unassigned, reassigned, reassignPartial, alreadyHad, ...). */
  outcome: z.string(),
  reason: z.optional(z.string()),
  message: z.optional(z.string()),
  at: z.optional(z.string()),
  batch: z.optional(z.number()),
  before: z.optional(heldBeforeSchema),
  fromBefore: z.optional(heldBeforeSchema),
});

const submissionSchema = z.object({
  batch: z.number(),
  flow: z.enum(['unassignUsers', 'unassignGroups', 'assignUsers', 'assignGroups']),
  at: z.string(),
  /** Who the submission was about, as the page knows them (a reassignment's `from` in a removal). */
  targets: z.array(z.string()),
  /** success: the portal confirmed; error: it refused (its words in `text`); unknown: no answer read. */
  outcome: z.enum(['success', 'error', 'unknown']),
  text: z.optional(z.string()),
  /** Per-target refusals in the portal's words. */
  errors: z.optional(z.array(z.object({ id: z.string(), text: z.string() }))),
});

export const auditRecordSchema = z.object({
  format: z.literal(AUDIT_FORMAT),
  version: z.literal(1),
  runId: z.string().check(z.minLength(1)),
  /** The run this run undoes, when it is an undo. */
  undoes: z.optional(z.string()),
  extensionVersion: z.string(),
  exportedAt: z.string(),
  createdAt: z.string(),
  startedAt: z.optional(z.string()),
  endedAt: z.optional(z.string()),
  status: z.enum(['ready', 'running', 'paused', 'cancelled', 'done']),
  mode: z.enum(['guided', 'autopilot']),
  file: z.object({
    name: z.string(),
    size: z.number(),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    rowsRead: z.number(),
  }),
  product: z.object({ name: z.string(), skuId: z.string().check(z.minLength(1)) }),
  portal: z.object({ host: z.string(), adminAccount: z.optional(z.string()) }),
  seats: z.object({ before: z.optional(seatsSchema), after: z.optional(seatsSchema) }),
  submissions: z.array(submissionSchema),
  targets: z.array(auditTargetSchema),
});

export type AuditRecord = z.infer<typeof auditRecordSchema>;
export type AuditTarget = AuditRecord['targets'][number];
export type AuditSubmission = AuditRecord['submissions'][number];
export type AuditSeats = z.infer<typeof seatsSchema>;
