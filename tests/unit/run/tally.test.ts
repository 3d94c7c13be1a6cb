import { describe, expect, it } from 'vitest';
import { createRun } from '../../../lib/run/create';
import { createRunStore, loadRun, saveRun } from '../../../lib/run/store';
import { tallyOf } from '../../../lib/run/tally';
import { exportTallyCsv } from '../../../lib/run/tally-csv';
import { act, drive, driver, portal, send, SKU, start, users } from './fake-portal';
import { memoryKv } from './memory-kv';

function runOf(n: number, skips: { row: number; reason: string }[] = []) {
  const targets = users(n);
  return driver(
    createRun({ id: 'r', product: { skuId: SKU, name: 'Power BI Pro' }, mode: 'autopilot', targets, skips, now: 0 }),
  );
}

describe('the run summary', () => {
  it('counts done, already held, failed by reason, skipped, seats before and after, and time taken', () => {
    const all = users(25);
    const d = runOf(25, [{ row: all[0]!.row, reason: 'alreadyHad' }]);
    const p = portal({
      seats: 40,
      missing: new Set([all[1]!.id]),
      errors: new Map([
        [all[2]!.id, 'Conflicting service plans'],
        [all[3]!.id, 'Usage location missing'],
      ]),
    });
    send(d, { type: 'skipTarget', target: 4 });
    start(d);
    drive(d, p); // not found
    send(d, { type: 'resumed' });
    drive(d, p); // per-target errors
    send(d, { type: 'resumed' });
    drive(d, p);
    expect(d.state.status).toBe('done');
    const s = tallyOf(d.state, d.now);
    expect(s).toMatchObject({
      status: 'done',
      total: 25,
      done: 20,
      alreadyHeld: 1,
      failed: 3,
      failedBy: [
        { code: 'portalError', count: 2 },
        { code: 'notFound', count: 1 },
      ],
      skipped: 1,
      cancelled: 0,
      open: 0,
      seatsBefore: 40,
      seatsAfter: 60,
    });
    expect(s.tookMs).toBe(d.state.endedAt! - d.state.startedAt!);
    expect(s.done + s.alreadyHeld + s.failed + s.skipped + s.cancelled + s.open).toBe(s.total);
  });

  it('a cancelled run says what was done and what was left undone', () => {
    const d = runOf(30);
    start(d);
    const p = portal();
    // The first batch of 20 goes through; cancel once the second one is open.
    while (d.state.current !== 2) expect(act(d, p)).toBe(true);
    send(d, { type: 'cancelled' });
    expect(tallyOf(d.state, d.now)).toMatchObject({ status: 'cancelled', done: 20, cancelled: 10, open: 0 });
  });

  it('keeps seats after through the store', async () => {
    const d = runOf(3);
    start(d);
    drive(d, portal({ seats: 7 }));
    const kv = memoryKv();
    const store = createRunStore(kv);
    await saveRun(store, d.state);
    const back = await loadRun(createRunStore(kv), 'r');
    expect(tallyOf(back!, 0)).toMatchObject({ seatsBefore: 7, seatsAfter: 10 });
  });
});

describe('retry all failed', () => {
  it('sends every failed target again after the run ended, and only those', () => {
    const all = users(5);
    const d = runOf(5);
    const p = portal({ missing: new Set([all[1]!.id, all[3]!.id]) });
    start(d);
    drive(d, p);
    send(d, { type: 'resumed' });
    drive(d, p);
    send(d, { type: 'resumed' });
    drive(d, p);
    expect(d.state.status).toBe('done');
    expect(tallyOf(d.state, d.now).failed).toBe(2);
    p.missing!.clear(); // the admin fixed the addresses in the portal
    send(d, { type: 'retryFailed' });
    expect(d.state.status).toBe('running');
    drive(d, p);
    expect(d.state.status).toBe('done');
    expect(tallyOf(d.state, d.now)).toMatchObject({ done: 5, failed: 0 });
    expect(p.submittedIds).toHaveLength(5);
  });

  it('reopens a cancelled run for its failed targets and is rejected when nothing failed', () => {
    const d = runOf(3);
    start(d);
    send(d, { type: 'cancelled' });
    expect(() => send(d, { type: 'retryFailed' })).toThrow(/targetState/);
    const e = runOf(2);
    const p = portal({ missing: new Set([users(1)[0]!.id]) });
    start(e);
    drive(e, p);
    send(e, { type: 'cancelled' });
    send(e, { type: 'retryFailed' });
    expect(e.state.status).toBe('running');
  });
});

describe('the summary file', () => {
  it('writes one localized line per figure, formula-safe, in the input’s delimiter', () => {
    const labels: Record<string, string> = {
      product: 'Product',
      file: 'Bestand',
      status: 'Status',
      status_cancelled: 'Geannuleerd',
      minutes: 'Minuten',
      total: 'Rijen',
      done: 'Toegewezen',
      alreadyHeld: 'Had al een licentie',
      failed: 'Mislukt',
      notFound: 'niet gevonden',
      skipped: 'Overgeslagen',
      cancelled: 'Niet uitgevoerd',
      seatsBefore: 'Toegewezen vooraf',
      seatsAfter: 'Toegewezen na afloop',
    };
    const csv = exportTallyCsv(
      {
        status: 'cancelled',
        total: 10,
        done: 5,
        alreadyHeld: 1,
        failed: 1,
        failedBy: [{ code: 'notFound', count: 1 }],
        skipped: 0,
        cancelled: 3,
        open: 0,
        seatsBefore: 40,
        seatsAfter: 45,
        tookMs: 125_000,
      },
      { delimiter: ';', product: 'Power BI Pro', fileName: '=hr.csv', label: (k) => labels[k] ?? `?${k}` },
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Product;Power BI Pro',
      "Bestand;'=hr.csv",
      'Status;Geannuleerd',
      'Minuten;2',
      'Rijen;10',
      'Toegewezen;5',
      'Had al een licentie;1',
      'Mislukt;1',
      'Mislukt: niet gevonden;1',
      'Overgeslagen;0',
      'Niet uitgevoerd;3',
      'Toegewezen vooraf;40',
      'Toegewezen na afloop;45',
      '',
    ]);
  });
});
