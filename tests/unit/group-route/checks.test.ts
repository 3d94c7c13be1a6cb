import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import type { Target } from '../../../lib/csv/types';
import {
  checkDirectHolders,
  checkEntraP1,
  checkGroupChoice,
  checkGroupSeats,
  type GroupRouteInput,
} from '../../../lib/group-route/checks';

const PRO = 'f8a1db68-be16-40ed-86d5-cb42ce701560';
const catalog = getCatalog();
const skuOf = (name: string) => catalog.products.find((p) => p.name === name)!.skuId;

const user = (i: number): Target => ({
  row: i + 2,
  kind: 'user',
  id: `u${i}@contoso.com`,
  key: `u${i}@contoso.com`,
  action: 'assign',
});
const members = Array.from({ length: 1_000 }, (_, i) => user(i));

function input(over: Partial<GroupRouteInput> = {}): GroupRouteInput {
  return { members, product: { skuId: PRO, name: 'Power BI Pro', total: 1_200, assigned: 100 }, catalog, ...over };
}

describe('group route pre-flight', () => {
  it('refuses dynamic, non-security and nested groups; asks to confirm what is not known', () => {
    expect(checkGroupChoice(undefined)).toMatchObject({ status: 'warn', code: 'groupNotChosen' });
    const known = { name: 'PBI users', membership: 'assigned', securityEnabled: true, hasNestedGroups: false } as const;
    expect(checkGroupChoice(known)).toMatchObject({ status: 'pass', code: 'groupFits' });
    expect(checkGroupChoice({ ...known, membership: 'dynamic' })).toMatchObject({
      status: 'fail',
      code: 'groupDynamic',
    });
    expect(checkGroupChoice({ ...known, securityEnabled: false })).toMatchObject({
      status: 'fail',
      code: 'groupNotSecurity',
    });
    expect(checkGroupChoice({ ...known, hasNestedGroups: true })).toMatchObject({
      status: 'fail',
      code: 'groupNested',
    });
    expect(checkGroupChoice({ name: 'PBI users' })).toMatchObject({ status: 'warn', code: 'groupConfirmKind' });
  });

  it('counts Entra ID P1 seats from every product on the page that includes it', () => {
    const e3 = skuOf('Office 365 E3');
    const bp = skuOf('Microsoft 365 Business Premium');
    const tenantProducts = [
      { skuId: bp, name: 'Microsoft 365 Business Premium', total: 300 },
      { skuId: PRO, name: 'Power BI Pro', total: 5_000 },
    ];
    expect(checkEntraP1(input({ tenantProducts }))).toMatchObject({
      status: 'fail',
      code: 'entraP1Short',
      params: ['1000', '300', 'Microsoft 365 Business Premium'],
    });
    // Office 365 E3 carries no Entra ID P1 plan, but Microsoft lists it as qualifying.
    const withE3 = [...tenantProducts, { skuId: e3, name: 'Office 365 E3', total: 800 }];
    expect(checkEntraP1(input({ tenantProducts: withE3 }))).toMatchObject({
      status: 'pass',
      params: ['1000', '1100', 'Microsoft 365 Business Premium, Office 365 E3'],
    });
    const p1 = skuOf('Microsoft Entra ID P1');
    expect(
      checkEntraP1(
        input({ tenantProducts: [...tenantProducts, { skuId: p1, name: 'Microsoft Entra ID P1', total: 700 }] }),
      ),
    ).toMatchObject({
      status: 'pass',
      params: ['1000', '1000', 'Microsoft 365 Business Premium, Microsoft Entra ID P1'],
    });
    expect(checkEntraP1(input())).toMatchObject({ status: 'warn', code: 'entraP1Unknown' });
    expect(
      checkEntraP1(input({ tenantProducts: [{ skuId: skuOf('Office 365 E1'), name: 'Office 365 E1', total: 5_000 }] }))
        .code,
    ).toBe('entraP1Unknown');
  });

  it("needs seats for all unique members, the group's current members included, less those who hold it already", () => {
    expect(checkGroupSeats(input())).toMatchObject({ status: 'pass', params: ['1000', '1100', 'Power BI Pro'] });
    const withCurrent = input({ group: { name: 'g', currentMembers: 150 } });
    expect(checkGroupSeats(withCurrent)).toMatchObject({
      status: 'fail',
      code: 'seatsShort',
      params: ['1150', '1100', '50', 'Power BI Pro'],
    });
    expect(checkGroupSeats(withCurrent).steps?.every((s) => s.automated === false)).toBe(true);
    const holders = Array.from({ length: 60 }, (_, i) => ({
      key: `u${i}@contoso.com`,
      skuIds: [PRO],
      via: i < 40 ? ('direct' as const) : ('group' as const),
    }));
    expect(checkGroupSeats({ ...withCurrent, holders })).toMatchObject({
      status: 'pass',
      params: ['1090', '1100', 'Power BI Pro'],
    });
  });

  it('lists users who hold the product directly: they would hold it twice', () => {
    const holders = [
      { key: 'U1@Contoso.com', skuIds: [PRO.toUpperCase()], via: 'direct' as const },
      { key: 'u2@contoso.com', skuIds: [PRO], via: 'group' as const },
      { key: 'u3@contoso.com', skuIds: ['c1d032e0-5619-4761-9b5c-75b6831e1711'] },
    ];
    expect(checkDirectHolders(input({ holders }))).toMatchObject({
      status: 'warn',
      code: 'directHoldersTwice',
      rows: [3],
      params: ['1', 'Power BI Pro'],
    });
    expect(checkDirectHolders(input())).toMatchObject({ status: 'pass', rows: [] });
  });
});
