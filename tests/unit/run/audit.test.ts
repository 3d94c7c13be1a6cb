import { describe, expect, it } from 'vitest';
import { parseAuditRecord } from '../../../lib/run/audit';
import { auditRecordSchema } from '../../../lib/run/audit-schema';
import { createRun } from '../../../lib/run/create';
import { driver, SKU, start } from './fake-portal';
import { fullPortal, user } from './fake-unassign';
import { auditOf, driveReading, FACTS } from './undo-helpers';

const u = (name: string) => `${name}@contoso.com`;

function finishedRun() {
  const p = fullPortal({
    total: 5,
    licensed: new Set([u('a1'), u('old')]),
    errors: new Map([[u('bad'), 'Usage location missing.']]),
  });
  const d = driver(
    createRun({
      id: 'run-7',
      product: { skuId: SKU, name: 'Power BI Pro' },
      mode: 'autopilot',
      batchSize: 2,
      targets: [
        user(2, u('n1')),
        user(3, u('b1'), 'reassign', u('a1')),
        user(4, u('bad')),
        user(5, u('old'), 'unassign'),
      ],
      now: Date.UTC(2026, 11, 1),
    }),
  );
  start(d);
  driveReading(d, p);
  return d;
}

describe('audit record', () => {
  it('records the file, product, portal, seats, version and every submission in the portal words', () => {
    const record = auditOf(finishedRun(), { undoes: 'run-3' });
    expect(auditRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      runId: 'run-7',
      undoes: 'run-3',
      extensionVersion: '1.2.3',
      file: FACTS.file,
      product: { skuId: SKU, name: 'Power BI Pro' },
      portal: { host: 'admin.microsoft.com' },
      seats: FACTS.seats,
      status: 'paused',
    });
    // Removals first (a1 for the reassignment, then old), then the assignments in batches of two.
    expect(record.submissions.map((s) => [s.batch, s.flow, s.targets, s.outcome])).toEqual([
      [1, 'unassignUsers', [u('a1'), u('old')], 'success'],
      [2, 'assignUsers', [u('n1'), u('b1')], 'success'],
      [3, 'assignUsers', [u('bad')], 'error'],
    ]);
    expect(record.submissions[2]!.errors).toEqual([{ id: u('bad'), text: 'Usage location missing.' }]);
    const byRow = new Map(record.targets.map((t) => [t.row, t]));
    expect(byRow.get(2)).toMatchObject({ outcome: 'assigned', before: { held: 'none' } });
    expect(byRow.get(3)).toMatchObject({
      outcome: 'reassigned',
      before: { held: 'none' },
      fromBefore: { held: 'direct' },
    });
    expect(byRow.get(4)).toMatchObject({ outcome: 'failed', message: 'Usage location missing.' });
    expect(byRow.get(5)).toMatchObject({ outcome: 'unassigned', before: { held: 'direct' } });
    expect(byRow.get(5)?.fromBefore).toBeUndefined();
  });

  it('reads back exactly what was exported', () => {
    const record = auditOf(finishedRun());
    expect(parseAuditRecord('\uFEFF' + JSON.stringify(record))).toEqual({ record });
  });

  it('says what is wrong with a file that is not a record, and where', () => {
    const record = auditOf(finishedRun());
    expect(parseAuditRecord('Row,User\n2,a@contoso.com')).toEqual({ problem: { code: 'notJson' } });
    expect(parseAuditRecord(JSON.stringify({ runs: [] }))).toEqual({ problem: { code: 'notAuditRecord' } });
    expect(parseAuditRecord(JSON.stringify({ ...record, version: 2 }))).toEqual({ problem: { code: 'newerVersion' } });
    const broken = { ...record, targets: record.targets.map((t, i) => (i === 1 ? { ...t, id: 42 } : t)) };
    expect(parseAuditRecord(JSON.stringify(broken))).toEqual({
      problem: { code: 'invalidField', field: 'targets › 2 › id' },
    });
    const badHash = { ...record, file: { ...record.file, sha256: 'not a hash' } };
    expect(parseAuditRecord(JSON.stringify(badHash))).toEqual({
      problem: { code: 'invalidField', field: 'file › sha256' },
    });
  });
});
