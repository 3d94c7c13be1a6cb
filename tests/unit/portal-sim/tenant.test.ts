import { describe, expect, it } from 'vitest';
import { assign, unassign } from '../../portal-sim/server/changes.ts';
import { withFault } from '../../portal-sim/server/faults.ts';
import { createTenant, holdersOf, productDetail, productSummary, type Tenant } from '../../portal-sim/server/tenant.ts';
import { defaultScenario, makeScenario, SKU } from '../../portal-sim/scenarios/index.ts';
import type { Faults } from '../../portal-sim/scenarios/schema.ts';

const D = '@northwindsim.onmicrosoft.com';
const PRO = SKU.pro;
const GROUP_BI = '3f2b9c1e-0a4d-4e57-9b1a-6c2d8e7f1a01';
const GROUP_FIN = '3f2b9c1e-0a4d-4e57-9b1a-6c2d8e7f1a02';
const noFaults = (): Faults => defaultScenario().faults;
const fresh = (): Tenant => createTenant(defaultScenario());
const users = (req: string[]) => ({ skuId: PRO, targetType: 'user' as const, targets: req.map((u) => u + D) });

describe('tenant counts', () => {
  it('counts unique holders, direct and through groups', () => {
    const t = fresh();
    expect(productSummary(t, PRO)).toMatchObject({ total: 25, assigned: 20, available: 5 });
    const detail = productDetail(t, PRO);
    expect(detail?.holders.filter((h) => !h.direct).map((h) => h.groupNames)).toEqual(Array(5).fill(['BI Analysts']));
    expect(detail?.groups.map((g) => g.name)).toEqual(['BI Analysts']);
  });
});

describe('assign', () => {
  it('applies all picked users in one submission', () => {
    const t = fresh();
    const r = assign(t, noFaults(), users(['umar.haddad', 'vera.willems']));
    expect(r.outcome).toBe('success');
    expect(r.product).toMatchObject({ assigned: 22, available: 3 });
    expect(holdersOf(t, PRO).get(`umar.haddad${D}`)).toEqual({ direct: true, groupIds: [] });
  });

  it('fails the whole submission when the seats do not cover everyone, and changes nothing', () => {
    const t = fresh();
    const six = ['umar.haddad', 'vera.willems', 'wouter.jacobs', 'xander.degraaf', 'zoe.vanleeuwen', 'jurgen.weiss'];
    const r = assign(t, noFaults(), users(six));
    expect(r).toMatchObject({ outcome: 'failed', code: 'outOfLicenses', applied: [] });
    expect(productSummary(t, PRO)?.available).toBe(5);
    expect(assign(t, noFaults(), users(six.slice(0, 5))).product.available).toBe(0);
    expect(assign(t, noFaults(), users(['olivier.dubois'])).code).toBe('outOfLicenses');
  });

  it('does not charge a seat for someone who already holds the product', () => {
    const t = fresh();
    const r = assign(t, noFaults(), users(['anna.devries', 'pieter.brouwer']));
    expect(r.outcome).toBe('success');
    expect(r.product.assigned).toBe(20);
  });

  it('the notEnoughLicenses fault fails even with seats left', () => {
    const faults = withFault(noFaults(), 'notEnoughLicenses', true);
    expect(assign(fresh(), faults, users(['umar.haddad'])).code).toBe('outOfLicenses');
  });

  it('usage location and conflicting plans fail per user; the others are assigned', () => {
    let faults = withFault(noFaults(), 'usageLocationMissing', true);
    faults = withFault(faults, 'conflictingPlans', `vera.willems${D}`);
    const t = fresh();
    const r = assign(t, faults, users(['umar.haddad', 'vera.willems', 'yara.hoekstra']));
    expect(r.outcome).toBe('partial');
    expect(r.applied).toEqual([`umar.haddad${D}`]);
    expect(r.errors.map((e) => [e.name, e.code])).toEqual([
      ['Vera Willems', 'conflictingPlans'],
      ['Yara Hoekstra', 'usageLocation'],
    ]);
    expect(r.product.assigned).toBe(21);
  });

  it('users without usage location succeed while the fault is off', () => {
    expect(assign(fresh(), noFaults(), users(['yara.hoekstra'])).outcome).toBe('success');
  });

  it('a group needs seats for its members who do not hold the product yet', () => {
    const t = fresh();
    const r = assign(t, noFaults(), { skuId: PRO, targetType: 'group', targets: [GROUP_FIN] });
    expect(r).toMatchObject({ outcome: 'failed', code: 'outOfLicenses' }); // 8 new members, 5 seats
    const e5 = '06ebc4ee-1bb5-47dd-8120-11324bc54e06';
    const ok = assign(t, noFaults(), { skuId: SKU.ppu, targetType: 'group', targets: [GROUP_BI] });
    expect(ok.product).toMatchObject({ assigned: 7, available: 3 });
    expect(assign(t, noFaults(), { skuId: e5, targetType: 'group', targets: [GROUP_FIN] }).code).toBe('outOfLicenses');
  });

  it('refuses more than 20 targets', () => {
    const big = createTenant(makeScenario({ users: 30, seats: 100 }));
    const targets = [...big.users.values()].slice(0, 21).map((u) => u.upn);
    expect(assign(big, noFaults(), { skuId: PRO, targetType: 'user', targets }).code).toBe('tooMany');
  });
});

describe('unassign', () => {
  it('removes direct licenses and refuses licenses inherited from a group', () => {
    const t = fresh();
    const r = unassign(t, users(['anna.devries', 'pieter.brouwer']));
    expect(r.outcome).toBe('partial');
    expect(r.applied).toEqual([`anna.devries${D}`]);
    expect(r.errors).toEqual([{ target: `pieter.brouwer${D}`, name: 'Pieter Brouwer', code: 'inheritedFromGroup' }]);
    expect(r.product.assigned).toBe(19);
  });

  it('removing a group assignment frees its members’ seats', () => {
    const t = fresh();
    const r = unassign(t, { skuId: PRO, targetType: 'group', targets: [GROUP_BI] });
    expect(r.outcome).toBe('success');
    expect(r.product).toMatchObject({ assigned: 15, available: 10 });
  });
});
