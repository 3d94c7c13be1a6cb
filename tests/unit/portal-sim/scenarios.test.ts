import { describe, expect, it } from 'vitest';
import { defaultScenario, makeScenario, parseScenario, SKU } from '../../portal-sim/scenarios/index.ts';

describe('default scenario', () => {
  const s = defaultScenario();
  it('has the facts the tests rely on', () => {
    const pro = s.products.find((p) => p.skuId === SKU.pro);
    expect(pro).toMatchObject({ name: 'Power BI Pro', total: 25 });
    expect(s.products.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Power BI Premium Per User', 'Microsoft 365 E5']),
    );
    expect(s.groups).toHaveLength(3);
    const guests = s.users.filter((u) => u.guest);
    expect(guests.length).toBeGreaterThanOrEqual(2);
    expect(guests.every((u) => u.upn.includes('#EXT#@'))).toBe(true);
    expect(s.users.filter((u) => u.usageLocation === null).length).toBeGreaterThanOrEqual(2);
  });
});

describe('parseScenario', () => {
  it('rejects references to unknown users or groups', () => {
    const s = defaultScenario();
    const broken = { ...s, products: [{ ...s.products[0], directUsers: ['ghost@example.com'] }] };
    expect(() => parseScenario(broken)).toThrow(/ghost@example.com/);
  });
});

describe('makeScenario', () => {
  it('builds a big tenant with unique UPNs, guests and users without usage location', () => {
    const s = makeScenario({ users: 250, seats: 300, assigned: 40 });
    expect(s.users).toHaveLength(250);
    expect(new Set(s.users.map((u) => u.upn.toLowerCase())).size).toBe(250);
    expect(s.users.filter((u) => u.guest).length).toBe(5);
    expect(s.users.filter((u) => u.usageLocation === null).length).toBe(6);
    const pro = s.products.find((p) => p.skuId === SKU.pro);
    expect(pro?.total).toBe(300);
    expect(pro?.directUsers).toHaveLength(40);
  });

  it('is deterministic', () => {
    expect(makeScenario({ users: 220 })).toEqual(makeScenario({ users: 220 }));
  });
});
