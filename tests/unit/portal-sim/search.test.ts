import { describe, expect, it } from 'vitest';
import { withFault } from '../../portal-sim/server/faults.ts';
import { MAX_SUGGESTIONS, search } from '../../portal-sim/server/search.ts';
import { createTenant } from '../../portal-sim/server/tenant.ts';
import { defaultScenario, makeScenario } from '../../portal-sim/scenarios/index.ts';

const scenario = defaultScenario();
const tenant = createTenant(scenario);
const names = (q: string, faults = scenario.faults) => search(tenant, 'user', q, faults).map((s) => s.primary);

describe('people search', () => {
  it('matches a prefix of the display name or any of its words, case-insensitively', () => {
    expect(names('VERA')).toEqual(['Vera Willems']);
    expect(names('willems')).toEqual(['Vera Willems']);
    expect(names('illems')).toEqual([]); // no infix matches
  });

  it('matches UPN and mail prefixes, guests by their home mail and #EXT# UPN', () => {
    expect(names('umar.haddad@northwindsim')).toEqual(['Umar Haddad']);
    expect(names('jordan.blake@partnerco.example')).toEqual(['Jordan Blake']);
    expect(names('jordan.blake_partnerco.example#EXT#@')).toEqual(['Jordan Blake']);
    expect(search(tenant, 'user', 'jordan', scenario.faults)[0]?.secondary).toBe('jordan.blake@partnerco.example');
  });

  it('finds nothing for blank queries and hides users named by the userNotFound fault', () => {
    expect(names('   ')).toEqual([]);
    const faults = withFault(scenario.faults, 'userNotFound', 'Umar.Haddad@northwindsim.onmicrosoft.com');
    expect(names('umar', faults)).toEqual([]);
    expect(names('vera', faults)).toEqual(['Vera Willems']);
  });

  it('returns at most MAX_SUGGESTIONS, sorted by name', () => {
    const big = createTenant(makeScenario({ users: 300 }));
    const found = search(big, 'user', 'anna', scenario.faults);
    expect(found).toHaveLength(MAX_SUGGESTIONS);
    expect(found.map((s) => s.primary)).toEqual([...found.map((s) => s.primary)].sort((a, b) => a.localeCompare(b)));
  });

  it('searches groups by name words and mail', () => {
    const groups = (q: string) => search(tenant, 'group', q, scenario.faults).map((s) => s.primary);
    expect(groups('fin')).toEqual(['Finance']);
    expect(groups('analysts')).toEqual(['BI Analysts']);
    expect(groups('allstaff@')).toEqual(['All Staff']);
  });
});
