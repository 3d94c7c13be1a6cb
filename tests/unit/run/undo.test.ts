import { describe, expect, it } from 'vitest';
import type { Target } from '../../../lib/csv/types';
import { parseAuditRecord } from '../../../lib/run/audit';
import type { AuditRecord, AuditTarget } from '../../../lib/run/audit-schema';
import { toArray } from '../../../lib/run/chunked';
import { createRun } from '../../../lib/run/create';
import { planOfInput } from '../../../lib/run/plan';
import { planUndo } from '../../../lib/run/undo';
import { driver, SKU, start } from './fake-portal';
import { fullPortal, group, user, type FullPortal } from './fake-unassign';
import { auditOf, driveReading, FACTS, snapshot } from './undo-helpers';

const u = (name: string) => `${name}@contoso.com`;

function tenant(): FullPortal {
  return fullPortal({
    total: 12,
    // held1 holds it directly; g1 only through Sales; g2 only through a group the file never names.
    licensed: new Set([u('old1'), u('a1'), u('held1'), 'Sales']),
    viaGroup: new Set([u('g2')]),
    groups: new Map([
      ['Sales', [u('g1'), u('s2')]],
      ['Finance', [u('f1'), u('f2')]],
    ]),
  });
}

const FILE: Target[] = [
  user(2, u('new1')),
  user(3, u('g1')), // holds it through Sales: the run adds a direct license, undo takes only that back
  user(4, u('old1'), 'unassign'),
  user(5, u('b1'), 'reassign', u('a1')),
  user(6, u('g2'), 'unassign'), // group only: skipped, never touched
  group(7, 'Finance', 'assign', 2),
  user(8, u('held1')), // pre-flight saw it held: skipped
  user(9, u('new2')),
];

function runFile(p: FullPortal) {
  const d = driver(
    createRun({
      id: 'run-1',
      product: { skuId: SKU, name: 'Power BI Pro' },
      mode: 'autopilot',
      targets: FILE,
      skips: [{ row: 8, reason: 'alreadyHad' }],
      now: 1_000,
    }),
  );
  start(d);
  expect(driveReading(d, p)).toEqual({ kind: 'done' });
  return d;
}

function undoRunOf(record: AuditRecord, p: FullPortal) {
  const plan = planUndo(record);
  const d = driver(
    createRun({ id: 'undo-1', product: record.product, mode: 'autopilot', targets: plan.targets, now: 50_000 }),
  );
  start(d);
  expect(driveReading(d, p)).toEqual({ kind: 'done' });
  return { d, plan };
}

describe('undo of a run', () => {
  it('leaves the tenant exactly as it was before the run', () => {
    const p = tenant();
    const before = snapshot(p);
    const run = runFile(p);
    expect(snapshot(p)).not.toEqual(before);
    const { d, plan } = undoRunOf(auditOf(run), p);
    expect(snapshot(p)).toEqual(before);
    expect(toArray(d.state.targets).every((r) => r.status === 'done')).toBe(true);
    expect(plan.targets.map((t) => [t.row, t.action, t.id, t.from])).toEqual([
      [2, 'unassign', u('new1'), undefined],
      [3, 'unassign', u('g1'), undefined],
      [4, 'assign', u('old1'), undefined],
      [5, 'reassign', u('a1'), u('b1')],
      [7, 'unassign', 'Finance', undefined],
      [9, 'unassign', u('new2'), undefined],
    ]);
  });

  it('never touches a license that was there before the run or comes from a group', () => {
    const p = tenant();
    const record = auditOf(runFile(p));
    const touched = planUndo(record).targets.flatMap((t) => [t.id, ...(t.from ? [t.from] : [])]);
    expect(touched).not.toContain(u('held1'));
    expect(touched).not.toContain(u('g2'));
    expect(touched).not.toContain('Sales');
    // g1 keeps its group license after its direct one is taken back.
    undoRunOf(record, p);
    expect(p.licensed.has('Sales') && p.groups.get('Sales')!.includes(u('g1'))).toBe(true);
    expect(p.licensed.has(u('g1'))).toBe(false);
  });

  it('plans the same undo from the record read back from its JSON', () => {
    const record = auditOf(runFile(tenant()));
    const read = parseAuditRecord(JSON.stringify(record, null, 2));
    if (!('record' in read)) throw new Error(JSON.stringify(read.problem));
    expect(planUndo(read.record)).toEqual(planUndo(record));
  });

  it('dry-runs the undo: removals first, seats after', () => {
    const p = tenant();
    const record = auditOf(runFile(p));
    const plan = planOfInput(
      { id: 'u', product: record.product, mode: 'guided', targets: planUndo(record).targets, now: 0 },
      { available: p.total - p.seats },
    );
    expect(plan.batches.map((b) => [b.flow, b.items.length])).toEqual([
      ['unassignUsers', 4],
      ['unassignGroups', 1],
      ['assignUsers', 2],
    ]);
    expect(plan.availableAfter).toBe(p.total - p.seats + 4);
  });
});

function target(over: Partial<AuditTarget> & Pick<AuditTarget, 'row' | 'id' | 'outcome'>): AuditTarget {
  return { kind: 'user', action: 'assign', ...over };
}

function recordOf(targets: AuditTarget[]): AuditRecord {
  return {
    format: 'license-pilot-audit-record',
    version: 1,
    runId: 'r',
    extensionVersion: FACTS.extensionVersion,
    exportedAt: '2026-12-02T12:00:00.000Z',
    createdAt: '2026-12-02T11:00:00.000Z',
    status: 'done',
    mode: 'autopilot',
    file: FACTS.file,
    product: { name: 'Power BI Pro', skuId: SKU },
    portal: FACTS.portal,
    seats: {},
    submissions: [],
    targets,
  };
}

describe('planUndo', () => {
  it('leaves an assigned target alone when the page showed it held directly, or was not read', () => {
    const plan = planUndo(
      recordOf([
        target({ row: 2, id: u('a'), outcome: 'assigned', before: { held: 'direct' } }),
        target({ row: 3, id: u('b'), outcome: 'assigned' }),
        target({ row: 4, id: u('c'), outcome: 'assigned', before: { held: 'unknown' } }),
        target({ row: 5, id: u('d'), outcome: 'assigned', reason: 'unverified', before: { held: 'none' } }),
      ]),
    );
    expect(plan.targets.map((t) => [t.id, t.action])).toEqual([[u('d'), 'unassign']]);
    expect(plan.left).toEqual([
      { row: 2, id: u('a'), reason: 'heldBefore' },
      { row: 3, id: u('b'), reason: 'beforeNotRead' },
      { row: 4, id: u('c'), reason: 'beforeNotRead' },
    ]);
  });

  it('gives a reassigned seat back; the target keeps a license it held before', () => {
    const plan = planUndo(
      recordOf([
        target({
          row: 2,
          id: u('b1'),
          action: 'reassign',
          from: u('a1'),
          outcome: 'reassigned',
          before: { held: 'direct' },
        }),
        target({ row: 3, id: u('b2'), action: 'reassign', from: u('a2'), outcome: 'reassignPartial' }),
        target({
          row: 4,
          id: u('b3'),
          action: 'reassign',
          from: u('a3'),
          outcome: 'reassigned',
          before: { held: 'group', groups: ['Sales'] },
        }),
      ]),
    );
    expect(plan.targets.map((t) => [t.row, t.action, t.id, t.from])).toEqual([
      [2, 'assign', u('a1'), undefined],
      [3, 'assign', u('a2'), undefined],
      [4, 'reassign', u('a3'), u('b3')],
    ]);
    expect(plan.left).toEqual([{ row: 2, id: u('b1'), reason: 'heldBefore' }]);
  });

  it('puts removals back, groups with their member count, and leaves what did not change', () => {
    const plan = planUndo(
      recordOf([
        target({ row: 2, id: u('x'), action: 'unassign', outcome: 'unassigned' }),
        target({ row: 3, id: 'Sales', kind: 'group', action: 'unassign', outcome: 'unassigned', memberCount: 40 }),
        target({ row: 4, id: u('y'), outcome: 'alreadyHad' }),
        target({ row: 5, id: u('z'), outcome: 'notFound' }),
        target({ row: 6, id: u('w'), outcome: 'failed', reason: 'unconfirmed' }),
        target({ row: 7, id: u('v'), action: 'unassign', outcome: 'skipped', reason: 'inheritedFromGroup' }),
      ]),
    );
    expect(plan.targets).toEqual([
      { row: 2, kind: 'user', id: u('x'), key: u('x'), action: 'assign' },
      { row: 3, kind: 'group', id: 'Sales', key: 'sales', action: 'assign', memberCount: 40 },
    ]);
    expect(plan.left).toEqual([{ row: 6, id: u('w'), reason: 'outcomeUnknown' }]);
  });
});
