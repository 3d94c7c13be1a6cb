import { describe, expect, it } from 'vitest';
import { createRun } from '../../../lib/run/create';
import { buildReport } from '../../../lib/run/report';
import { targetAt } from '../../../lib/run/state-ops';
import { drive, driver, portal, send, SKU, start, users } from './fake-portal';

describe('report rows', () => {
  it('lists every input row with its outcome, reason, portal message, time and batch', () => {
    const [had, ok, missing, conflict, skipped, ghost, pending] = users(7);
    const d = driver(
      createRun({
        id: 'r',
        product: { skuId: SKU, name: 'Power BI Pro' },
        mode: 'autopilot',
        batchSize: 20,
        targets: [had!, ok!, missing!, conflict!, skipped!, ghost!, pending!],
        skips: [{ row: had!.row, reason: 'alreadyHad' }],
        now: 0,
      }),
    );
    const p = portal({
      missing: new Set([missing!.id]),
      errors: new Map([[conflict!.id, 'Conflicting service plans']]),
      ghost: new Set([ghost!.id]),
    });
    send(d, { type: 'skipTarget', target: 4 });
    start(d);
    drive(d, p); // target not found
    send(d, { type: 'resumed' });
    drive(d, p); // per-target error
    send(d, { type: 'resumed' });
    drive(d, p); // not verified
    send(d, { type: 'retryTarget', target: 5 });
    const at = (i: number) => targetAt(d.state, i)!.at;

    const rows = buildReport(d.state, [
      { row: 1000, id: 'not an address', reason: 'invalidAddress' },
      { row: 9, id: 'dup@contoso.com', reason: 'duplicate' },
    ]);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 1000]);
    expect(rows).toEqual([
      { row: 2, id: had!.id, kind: 'user', action: 'assign', outcome: 'alreadyHeld', at: 0 },
      { row: 3, id: ok!.id, kind: 'user', action: 'assign', outcome: 'assigned', at: at(1), batch: 1 },
      {
        row: 4,
        id: missing!.id,
        kind: 'user',
        action: 'assign',
        outcome: 'notFound',
        message: `No results for ${missing!.id}`,
        at: at(2),
        batch: 1,
      },
      {
        row: 5,
        id: conflict!.id,
        kind: 'user',
        action: 'assign',
        outcome: 'failed',
        reason: 'portalError',
        message: 'Conflicting service plans',
        at: at(3),
        batch: 1,
      },
      { row: 6, id: skipped!.id, kind: 'user', action: 'assign', outcome: 'skipped', reason: 'admin', at: at(4) },
      // Retried while paused: already queued in the next batch.
      { row: 7, id: ghost!.id, kind: 'user', action: 'assign', outcome: 'pending', batch: 2 },
      { row: 8, id: pending!.id, kind: 'user', action: 'assign', outcome: 'assigned', at: at(6), batch: 1 },
      { row: 9, id: 'dup@contoso.com', outcome: 'skipped', reason: 'duplicate' },
      { row: 1000, id: 'not an address', outcome: 'skipped', reason: 'invalidAddress' },
    ]);
  });

  it('reports a verification failure and an unconfirmed submission as failed with their codes', () => {
    const d = driver(
      createRun({ id: 'r', product: { skuId: SKU, name: 'P' }, mode: 'guided', targets: users(3), now: 0 }),
    );
    const p = portal({ ghost: new Set([users(1)[0]!.id]) });
    start(d);
    expect(drive(d, p)).toMatchObject({ reason: 'notVerified' });
    send(d, { type: 'retryTarget', target: 0 });
    send(d, { type: 'resumed' });
    send(d, { type: 'controlFound', step: 'openProductPage' });
    send(d, { type: 'controlFound', step: 'openAssignPane' });
    send(d, { type: 'targetPicked', target: 0 });
    send(d, { type: 'submitting', batch: 2 });
    send(d, { type: 'cancelled' });
    expect(buildReport(d.state).map((r) => [r.outcome, r.reason, r.batch])).toEqual([
      ['failed', 'unconfirmed', 2],
      ['assigned', undefined, 1],
      ['assigned', undefined, 1],
    ]);
  });
});
