// Drives whole runs on the full fake portal with the page's before-reading: when an assign batch
// is about to open its pane, the list says how each member holds the product (as the content script
// reads it), so undo can be planned from what was there before.
import { buildAuditRecord, type AuditFacts } from '../../../lib/run/audit';
import { nextAction } from '../../../lib/run/next-action';
import type { HeldBefore, NextAction } from '../../../lib/run/types';
import { send, type Driver } from './fake-portal';
import { actFull, type FullPortal } from './fake-unassign';

export function heldOn(p: FullPortal, id: string): HeldBefore {
  if (p.licensed.has(id)) return { held: 'direct' };
  if (!id.includes('@')) return { held: 'none' };
  const groups = [...p.groups].filter(([g, members]) => p.licensed.has(g) && members.includes(id)).map(([g]) => g);
  if (groups.length > 0) return { held: 'group', groups };
  return p.viaGroup.has(id) ? { held: 'group' } : { held: 'none' };
}

/** Acts until the run waits or is done, reading the before-state of each assign batch first. */
export function driveReading(d: Driver, p: FullPortal, maxActions = 100_000): NextAction {
  let readFor = 0;
  for (let n = 0; n < maxActions; n++) {
    const a = nextAction(d.state);
    if (a.kind === 'openAssignPane' && a.batch !== readFor) {
      readFor = a.batch;
      const b = d.state.batches.chunks.flat()[a.batch - 1]!;
      const results = b.targets.map((i) => ({
        target: i,
        before: heldOn(p, d.state.targets.chunks.flat()[i]!.target.id),
      }));
      send(d, { type: 'beforeRead', batch: a.batch, results });
    }
    if (!actFull(d, p)) return nextAction(d.state);
  }
  throw new Error('run did not settle');
}

export const FACTS: AuditFacts = {
  file: { name: 'licenses.csv', size: 512, sha256: 'ab'.repeat(32), rowsRead: 9 },
  portal: { host: 'admin.microsoft.com' },
  seats: { before: { total: 10, assigned: 5, available: 5 } },
  extensionVersion: '1.2.3',
  exportedAt: Date.UTC(2026, 11, 2, 12),
};

export function auditOf(d: Driver, facts: Partial<AuditFacts> = {}) {
  return buildAuditRecord(d.state, { ...FACTS, ...facts });
}

/** What the tenant holds: direct users and licensed groups, and who holds it through groups only. */
export function snapshot(p: FullPortal): { licensed: string[]; viaGroup: string[] } {
  return { licensed: [...p.licensed].sort(), viaGroup: [...p.viaGroup].sort() };
}
