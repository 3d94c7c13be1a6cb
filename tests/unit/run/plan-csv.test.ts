import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createRun } from '../../../lib/run/create';
import { planOf } from '../../../lib/run/plan';
import { exportPlanCsv } from '../../../lib/run/plan-csv';
import { SKU } from './fake-portal';
import { group, user } from './fake-unassign';

const u = (name: string) => `${name}@contoso.com`;

function run() {
  return createRun({
    id: 'r',
    product: { skuId: SKU, name: 'Power BI Pro' },
    mode: 'guided',
    targets: [
      user(2, u('b'), 'reassign', u('a')),
      group(3, 'Big', 'assign'),
      user(4, '=cmd@contoso.com'),
      user(5, u('had')),
    ],
    skips: [{ row: 5, reason: 'alreadyHolds' }],
    now: 0,
  });
}

describe('exportPlanCsv', () => {
  it('writes a BOM, a header, one line per target and batch, then the targets left out', () => {
    const csv = exportPlanCsv(planOf(run(), { available: 1 }), { delimiter: ';' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'batch;flow;row;id;kind;action;from;seatsFreed;seatsTaken;availableBefore;availableAfter;note',
      `1;unassignUsers;2;${u('a')};user;reassign;${u('a')};1;;1;2;`,
      `2;assignUsers;2;${u('b')};user;reassign;${u('a')};;1;2;0;`,
      `2;assignUsers;4;'=cmd@contoso.com;user;assign;;;1;2;0;`,
      '3;assignGroups;3;Big;group;assign;;;;0;0;groupSizeUnknown',
      `;;5;${u('had')};user;assign;;;;;;alreadyHolds`,
      '',
    ]);
  });

  it('notes batches that would go below zero, quotes cells, and localizes codes and headers', () => {
    const csv = exportPlanCsv(planOf(run(), { available: 0 }), {
      delimiter: ',',
      headers: { batch: 'Batch nr', note: 'Opmerking' },
      label: (code) => ({ assignUsers: 'Toewijzen, gebruikers', seatsShort: 'Te weinig licenties' })[code] ?? code,
    });
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe('Batch nr');
    expect(rows[0]![11]).toBe('Opmerking');
    expect(rows[2]).toEqual([
      '2',
      'Toewijzen, gebruikers',
      '2',
      u('b'),
      'user',
      'reassign',
      u('a'),
      '',
      '1',
      '1',
      "'-1",
      'Te weinig licenties',
    ]);
    for (const cells of rows.slice(1)) for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r\n]/);
  });
});
