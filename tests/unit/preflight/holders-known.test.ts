// Who already holds the product, from the product page's holders (directly or through a group) and
// from the file's Licenses column (an admin-center or Entra export): such targets are skipped, take
// no seat, and never block the start.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import type { Target } from '../../../lib/csv';
import { runPreflight, runnableTargets, type KnownHolder } from '../../../lib/preflight';
import { productPage, settings, user, PRO } from './fixtures';

const catalog = getCatalog();
const byId = (targets: Target[], holders?: KnownHolder[], available = 175) => {
  const results = runPreflight(
    targets,
    productPage(available, holders ? { knownHolders: holders } : {}),
    settings(),
    catalog,
  );
  return { results, get: (id: string) => results.find((r) => r.id === id)! };
};

describe('holders from the file (an export Licenses column)', () => {
  it('skips users the file lists with the product or a product that includes its plan', () => {
    const targets = [
      user(2, 'pro@contoso.com', { heldProducts: ['Power BI Pro'] }),
      user(3, 'e5@contoso.com', { heldProducts: ['Microsoft 365 E3', 'Microsoft 365 E5'] }),
      user(4, 'ppu@contoso.com', { heldProducts: ['Power BI Premium Per User'] }),
      user(5, 'o365e5@contoso.com', { heldProducts: ['Office 365 E5'] }),
      user(6, 'e3@contoso.com', { heldProducts: ['Microsoft 365 E3'] }),
      user(7, 'none@contoso.com', { heldProducts: [] }),
      user(8, 'unknown@contoso.com', { heldProducts: ['Contoso Widgets Deluxe'] }),
      user(9, 'nofile@contoso.com'),
    ];
    const { get } = byId(targets);
    const covered = get('alreadyCovered');
    expect(covered.rows).toEqual([2, 3, 4, 5]);
    expect(covered.notes?.map((n) => [n.code, n.params[1]])).toEqual([
      ['alreadyHolds', 'Power BI Pro'],
      ['coveredBy', 'Microsoft 365 E5'],
      ['coveredBy', 'Power BI Premium Per User'],
      ['coveredBy', 'Office 365 E5'],
    ]);
    expect(covered.params).toEqual(['4', '1', '0', '3']);
    expect(get('seats').params.slice(0, 2)).toEqual(['4', '175']);
  });

  it('never reads the Licenses column for removals: what the file says held is no reason to skip one', () => {
    const leaver = user(2, 'leaver@contoso.com', { action: 'unassign', heldProducts: [] });
    expect(byId([leaver]).get('alreadyCovered').rows).toEqual([]);
  });
});

describe('holders from the product page', () => {
  it('says how many hold it directly, through a group and through a bundle, and who', () => {
    const targets = [
      user(2, 'a@contoso.com'),
      user(3, 'b@contoso.com'),
      user(4, 'c@contoso.com'),
      user(5, 'd@contoso.com'),
    ];
    const holders: KnownHolder[] = [
      { key: 'a@contoso.com', skuIds: [PRO], via: 'direct' },
      { key: 'b@contoso.com', skuIds: [PRO], via: 'group', groups: ['BI Team', 'Sales'] },
      { key: 'c@contoso.com', skuIds: ['06ebc4ee-1bb5-47dd-8120-11324bc54e06'] },
    ];
    const covered = byId(targets, holders).get('alreadyCovered');
    expect(covered.params).toEqual(['3', '1', '1', '1']);
    expect(covered.notes?.[1]).toEqual({
      row: 3,
      code: 'holdsThroughGroup',
      params: ['b@contoso.com', 'Power BI Pro', 'BI Team, Sales'],
    });
  });

  it('180 users of whom 15 already have it, 175 free seats: the seats suffice and Start is not blocked', () => {
    const targets = Array.from({ length: 180 }, (_, i) => user(i + 2, `u${i}@contoso.com`));
    const holders: KnownHolder[] = [
      ...targets.slice(0, 10).map((t) => ({ key: t.id, skuIds: [PRO], via: 'direct' as const })),
      ...targets.slice(10, 13).map((t) => ({ key: t.id, skuIds: [PRO], via: 'group' as const, groups: ['BI'] })),
    ];
    targets[13] = { ...targets[13]!, heldProducts: ['Microsoft 365 E5'] };
    targets[14] = { ...targets[14]!, heldProducts: ['Microsoft 365 E5', 'Microsoft 365 E3'] };
    const { results, get } = byId(targets, holders);
    expect(get('seats')).toMatchObject({ status: 'pass', code: 'seatsEnough', params: ['165', '175', 'Power BI Pro'] });
    expect(get('alreadyCovered').params).toEqual(['15', '10', '3', '2']);
    const runnable = runnableTargets(targets, results, settings());
    expect(runnable.blockedBy).toEqual([]);
    expect(runnable.run).toHaveLength(165);
    expect(runnable.skipped.map((d) => d.code)).toEqual([
      ...Array(10).fill('alreadyHolds'),
      ...Array(3).fill('holdsThroughGroup'),
      'coveredBy',
      'coveredBy',
    ]);
  });

  it('without the holders the same file would need 180 seats and block the start', () => {
    const targets = Array.from({ length: 180 }, (_, i) => user(i + 2, `u${i}@contoso.com`));
    const { results } = byId(targets);
    expect(runnableTargets(targets, results, settings()).blockedBy).toEqual(['seats']);
  });
});
