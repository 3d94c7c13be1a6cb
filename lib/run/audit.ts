// Builds a run's audit record from its state and the facts kept beside it (the file, the portal,
// the seats), and reads one back from JSON with errors an admin can act on.
import { forEachItem } from './chunked';
import {
  AUDIT_FORMAT,
  auditRecordSchema,
  type AuditRecord,
  type AuditSeats,
  type AuditSubmission,
  type AuditTarget,
} from './audit-schema';
import { buildReport } from './report';
import { targetAt } from './state-ops';
import type { RunState, TargetRecord } from './types';
import { actingTarget, submitStep } from './flows';

export type AuditFacts = {
  file: AuditRecord['file'];
  portal: AuditRecord['portal'];
  seats: { before?: AuditSeats; after?: AuditSeats };
  extensionVersion: string;
  undoes?: string;
  exportedAt: number;
};

const iso = (ms: number) => new Date(ms).toISOString();

export function buildAuditRecord(s: RunState, facts: AuditFacts): AuditRecord {
  const records: TargetRecord[] = [];
  forEachItem(s.targets, (r) => records.push(r));
  const byRow = new Map(records.map((r) => [r.target.row, r]));
  const targets = buildReport(s).map((row): AuditTarget => {
    const r = byRow.get(row.row);
    const t: AuditTarget = {
      row: row.row,
      kind: row.kind ?? 'user',
      id: row.id,
      action: row.action ?? 'assign',
      outcome: row.outcome,
    };
    if (row.from !== undefined) t.from = row.from;
    if (r?.target.memberCount !== undefined) t.memberCount = r.target.memberCount;
    if (row.reason !== undefined) t.reason = row.reason;
    if (row.message !== undefined) t.message = row.message;
    if (row.at !== undefined) t.at = iso(row.at);
    if (row.batch !== undefined) t.batch = row.batch;
    if (r?.before) t.before = r.before;
    if (r?.fromBefore) t.fromBefore = r.fromBefore;
    return t;
  });
  const record: AuditRecord = {
    format: AUDIT_FORMAT,
    version: 1,
    runId: s.id,
    extensionVersion: facts.extensionVersion,
    exportedAt: iso(facts.exportedAt),
    createdAt: iso(s.createdAt),
    status: s.status,
    mode: s.mode,
    file: facts.file,
    product: { name: s.product.name, skuId: s.product.skuId },
    portal: facts.portal,
    seats: facts.seats,
    submissions: submissionsOf(s),
    targets,
  };
  if (facts.undoes !== undefined) record.undoes = facts.undoes;
  if (s.startedAt !== undefined) record.startedAt = iso(s.startedAt);
  if (s.endedAt !== undefined) record.endedAt = iso(s.endedAt);
  return record;
}

/** Every recorded Assign or Unassign click, with what the portal answered. */
function submissionsOf(s: RunState): AuditSubmission[] {
  const out: AuditSubmission[] = [];
  forEachItem(s.batches, (b) => {
    const click = b.steps[submitStep(b.flow)];
    if (!click) return;
    const members = submittedIn(s, b.n, b.targets);
    const read = b.steps.readOutcome;
    const sub: AuditSubmission = {
      batch: b.n,
      flow: b.flow,
      at: iso(click.at),
      targets: members.map((r) => whoInBatch(r, b.n)),
      outcome: read?.status === 'done' ? 'success' : read?.status === 'failed' ? 'error' : 'unknown',
    };
    if (read?.text !== undefined) sub.text = read.text;
    const errors = members.flatMap((r) =>
      r.batch === b.n && r.status === 'failed' && r.failure?.text !== undefined
        ? [{ id: whoInBatch(r, b.n), text: r.failure.text }]
        : [],
    );
    if (errors.length) sub.errors = errors;
    out.push(sub);
  });
  return out;
}

/** Members the click went to: not those left out before it (not found, not held) or moved to a later batch. */
function submittedIn(s: RunState, n: number, indices: readonly number[]): TargetRecord[] {
  return indices.flatMap((i) => {
    const r = targetAt(s, i);
    if (!r) return [];
    if (r.freedIn === n) return [r];
    if (r.batch !== n || r.status === 'skipped' || r.failure?.code === 'notFound') return [];
    return [r];
  });
}

/** A reassignment's removal batch worked on its `from`; every other batch on the target itself. */
function whoInBatch(r: TargetRecord, n: number): string {
  if (r.target.action === 'reassign' && r.target.from && (r.freedIn === undefined || r.freedIn === n))
    return r.target.from;
  return actingTarget(r).id;
}

export type AuditProblem = { code: 'notJson' | 'notAuditRecord' | 'newerVersion' | 'invalidField'; field?: string };

/** Reads an audit record from its JSON text; the problem says what is wrong and where. */
export function parseAuditRecord(text: string): { record: AuditRecord } | { problem: AuditProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: { code: 'notJson' } };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== AUDIT_FORMAT)
    return { problem: { code: 'notAuditRecord' } };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1) return { problem: { code: 'newerVersion' } };
  const parsed = auditRecordSchema.safeParse(data);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: { code: 'invalidField', field: issue ? fieldOf(issue.path) : '' } };
}

/** A field's place as an admin reads it: targets › 3 › id (lists counted from 1). */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join(' › ');
}
