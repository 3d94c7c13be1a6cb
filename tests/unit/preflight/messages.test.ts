import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import { runnableTargets, runPreflight, type PageFacts, type PreflightSettings } from '../../../lib/preflight';
import { localeTable } from '../i18n/locale-files';
import { E5, group, guest, PPU, PRO, productPage, settings, user } from './fixtures';

const catalog = getCatalog();
// Keys as the UI builds them: check_, note_, step_ (purchase checklist) and skip_ (decisions).
const table = localeTable('');
const targets = [
  user(2),
  guest(3),
  user(4, 'e5@contoso.com'),
  user(5, 'ppu@contoso.com', { skuId: PPU }),
  group(6, 'Finance'),
  user(7, 'x@contoso.com', { usageLocation: undefined }),
  user(8, 'gone@contoso.com', { action: 'unassign' }),
  user(9, 'viagroup@contoso.com', { action: 'unassign' }),
  user(10, 'has@contoso.com'),
];
const holders = [
  { key: 'e5@contoso.com', skuIds: [E5] },
  { key: 'gone@contoso.com', skuIds: [] },
  { key: 'viagroup@contoso.com', skuIds: [PRO], via: 'group' as const },
  { key: 'has@contoso.com', skuIds: [PRO] },
];
const scenarios: [PageFacts, PreflightSettings][] = [];
for (const facts of [
  productPage(100, { knownHolders: holders }),
  productPage(1, { tenantHasGroupLicensing: false, assignControlFound: false }),
  productPage(undefined, { tenantHasGroupLicensing: true }),
  { pageKind: 'licenses' as const },
  { ...productPage(5), pageKind: 'licenses' as const },
  { pageKind: 'other' as const, portal: 'admin-center' },
  { ...productPage(5), canAssignHere: false, portal: 'entra' },
  productPage(100, { groupMemberCounts: { Finance: 3 } }),
]) {
  for (const s of [settings(), settings({ guestsConfirmed: true }), settings({ excludeGuestsAlways: true })])
    scenarios.push([facts, s]);
}
scenarios.push([productPage(100), settings()]);

/** Every message the UI may need: [code, params] of checks, row notes, purchase steps and decisions. */
function emitted(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const [facts, s] of scenarios) {
    for (const set of [targets, [user(2)]]) {
      const results = runPreflight(set, facts, s, catalog);
      for (const r of results) {
        out.push([`check_${r.code}`, r.params]);
        for (const n of r.notes ?? []) out.push([`note_${n.code}`, n.params]);
        for (const step of r.steps ?? []) out.push([`step_${step.code}`, step.params]);
      }
      const decided = runnableTargets(set, results, s);
      for (const d of [...decided.held, ...decided.skipped]) out.push([`skip_${d.code}`, d.params]);
    }
  }
  return out;
}

describe('pre-flight messages', () => {
  const all = emitted();

  it('exist in four languages for every code the checks emit', () => {
    const codes = [...new Set(all.map(([code]) => code))];
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) expect(Object.keys(table[code] ?? {}).sort(), code).toEqual(['de', 'en', 'fr', 'nl']);
  });

  it('use the same placeholders in each language, and no more than the params given', () => {
    const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
    for (const [code, byLocale] of Object.entries(table).filter(([key]) => /^(check|note|step|skip)_/.test(key))) {
      for (const locale of ['nl', 'de', 'fr'])
        expect(placeholders(byLocale[locale]!), `${code}.${locale}`).toEqual(placeholders(byLocale.en!));
    }
    for (const [code, params] of all) {
      const highest = Math.max(0, ...placeholders(table[code]!.en!).map((p) => Number(p.slice(1))));
      expect(highest, code).toBeLessThanOrEqual(params.length);
    }
  });
});
