import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import type { Target } from '../../../lib/csv';
import { runnableTargets, runPreflight, type PageFacts, type PreflightSettings } from '../../../lib/preflight';
import { E5, group, guest, PPU, productPage, settings, user } from './fixtures';

const catalog = getCatalog();

function decide(targets: Target[], facts: PageFacts, s: PreflightSettings) {
  const out = runnableTargets(targets, runPreflight(targets, facts, s, catalog), s);
  return {
    run: out.run.map((t) => t.row),
    held: out.held.map((d) => [d.target.row, d.code]),
    skipped: out.skipped.map((d) => [d.target.row, d.code]),
    blockedBy: out.blockedBy,
  };
}

const targets = [
  user(2),
  guest(3),
  user(4, 'e5@contoso.com'),
  user(5, 'ppu@contoso.com', { skuId: PPU }),
  group(6, 'Finance', { memberCount: 3 }),
];
const facts = productPage(50, { knownHolders: [{ key: 'e5@contoso.com', skuIds: [E5] }] });

describe('runnableTargets', () => {
  it('never blocks a run in the admin center because a control was not found there', () => {
    const noButton: PageFacts = {
      ...productPage(50),
      portal: 'admin-center',
      canAssignHere: false,
      assignControlFound: false,
    };
    expect(decide([user(2)], noButton, settings()).blockedBy).toEqual([]);
    expect(decide([user(2)], { ...noButton, portal: 'entra' }, settings()).blockedBy).toEqual(['page']);
  });

  it('holds guests until confirmed and skips covered and other-product rows', () => {
    expect(decide(targets, facts, settings())).toEqual({
      run: [2, 6],
      held: [[3, 'targetGuestHeld']],
      skipped: [
        [4, 'coveredBy'],
        [5, 'targetOtherProduct'],
      ],
      blockedBy: [],
    });
  });

  it('lets confirmed guests in', () => {
    expect(decide(targets, facts, settings({ guestsConfirmed: true })).run).toEqual([2, 3, 6]);
  });

  it('skips guests when they are always excluded, even if confirmed', () => {
    const out = decide(targets, facts, settings({ guestsConfirmed: true, excludeGuestsAlways: true }));
    expect(out.run).toEqual([2, 6]);
    expect(out.skipped).toContainEqual([3, 'targetGuestExcluded']);
  });

  it('skips groups where group-based licensing is unavailable', () => {
    const out = decide(targets, { ...facts, tenantHasGroupLicensing: false }, settings());
    expect(out.run).toEqual([2]);
    expect(out.skipped).toContainEqual([6, 'targetGroupLicensingUnavailable']);
  });

  it('reports the checks that block the whole run', () => {
    expect(decide(targets, productPage(1), settings()).blockedBy).toEqual(['seats']);
    expect(decide(targets, { pageKind: 'other' }, settings()).blockedBy).toEqual(['page']);
  });

  it('keeps every target in exactly one list', () => {
    const out = runnableTargets(targets, runPreflight(targets, facts, settings(), catalog), settings());
    const rows = [
      ...out.run.map((t) => t.row),
      ...out.held.map((d) => d.target.row),
      ...out.skipped.map((d) => d.target.row),
    ];
    expect(rows.sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it('returns a copy when nothing is held or skipped', () => {
    const plain = [user(2), user(3)];
    const out = runnableTargets(plain, runPreflight(plain, productPage(5), settings(), catalog), settings());
    expect(out.run).toEqual(plain);
    expect(out.run).not.toBe(plain);
  });
});
