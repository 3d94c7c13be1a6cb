import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import { cacheEntryOf, HOLDERS_MAX_AGE_MS, isFresh, knownHoldersFrom } from '../../../lib/worker/holders-cache';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const E5 = '06ebc4ee-1bb5-47dd-8120-11324bc54e06';
const catalog = getCatalog();

const pro = cacheEntryOf(
  {
    skuId: PRO,
    holders: [
      { address: 'ann@contoso.com', name: 'Ann', direct: true, groups: [] },
      { address: 'bob@contoso.com', name: 'Bob', direct: false, groups: ['BI Team'] },
      { name: 'No Address', groups: [] },
    ],
    total: 3,
    complete: true,
    assigned: 3,
  },
  1_000,
);
const e5 = cacheEntryOf(
  { skuId: E5, holders: [{ address: 'eve@contoso.com', direct: true, groups: [] }], complete: true },
  1_000,
);

describe('the holders cache', () => {
  it('turns a product page reading into known holders, with how they hold it', () => {
    expect(knownHoldersFrom({ [PRO]: pro }, PRO, catalog)).toEqual([
      { key: 'ann@contoso.com', skuIds: [PRO], via: 'direct' },
      { key: 'bob@contoso.com', skuIds: [PRO], via: 'group', groups: ['BI Team'] },
      { key: 'No Address', skuIds: [PRO] },
    ]);
    expect(knownHoldersFrom({}, PRO, catalog)).toBeUndefined();
  });

  it('adds holders of a product that includes it (E5) once the product list was read whole', () => {
    expect(knownHoldersFrom({ [PRO]: pro, [E5]: e5 }, PRO, catalog)).toContainEqual({
      key: 'eve@contoso.com',
      skuIds: [E5],
    });
    const partial = { ...pro, complete: false };
    expect(knownHoldersFrom({ [PRO]: partial, [E5]: e5 }, PRO, catalog)?.map((h) => h.key)).not.toContain(
      'eve@contoso.com',
    );
  });

  it('is stale after a few minutes or once the assigned count moved', () => {
    expect(isFresh(pro, 1_000 + HOLDERS_MAX_AGE_MS - 1, 3)).toBe(true);
    expect(isFresh(pro, 1_000 + HOLDERS_MAX_AGE_MS, 3)).toBe(false);
    expect(isFresh(pro, 2_000, 4)).toBe(false);
    expect(isFresh(undefined, 0)).toBe(false);
  });
});
