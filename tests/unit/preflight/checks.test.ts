import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../lib/catalog';
import type { Target } from '../../../lib/csv';
import {
  runPreflight,
  type CheckId,
  type CheckResult,
  type PageFacts,
  type PreflightSettings,
} from '../../../lib/preflight';
import { E5, group, guest, PPU, PRO, productPage, settings, user, VISIO } from './fixtures';

const catalog = getCatalog();

function check(id: CheckId, targets: Target[], facts: PageFacts, s: PreflightSettings = settings()): CheckResult {
  const result = runPreflight(targets, facts, s, catalog).find((r) => r.id === id);
  if (!result) throw new Error(`no ${id} check`);
  return result;
}

type Row = [string, Target[], PageFacts, PreflightSettings, Partial<CheckResult>];

describe('runPreflight', () => {
  it('runs every check once, in order', () => {
    expect(runPreflight([user(2)], productPage(5), settings(), catalog).map((r) => r.id)).toEqual([
      'page',
      'product',
      'role',
      'seats',
      'guests',
      'usageLocation',
      'groups',
      'alreadyCovered',
    ]);
  });
});

describe('page', () => {
  it.each<Row>([
    [
      'a product page',
      [user(2)],
      productPage(5),
      settings(),
      { status: 'pass', code: 'onProductPage', params: ['Power BI Pro'] },
    ],
    [
      'the Licenses list with a product chosen',
      [user(2)],
      { ...productPage(5), pageKind: 'licenses' },
      settings(),
      { status: 'pass', code: 'onLicensesPage' },
    ],
    [
      'the Licenses list, no product',
      [user(2)],
      { pageKind: 'licenses', portal: 'admin-center' },
      settings(),
      { status: 'warn', code: 'chooseProduct' },
    ],
    [
      'off the license pages in Entra',
      [user(2)],
      { pageKind: 'other', portal: 'entra' },
      settings(),
      { status: 'fail', code: 'offLicensePage', params: ['entra'] },
    ],
    [
      'off the license pages in the admin center: no advice to go to the admin center',
      [user(2)],
      { pageKind: 'other', portal: 'admin-center' },
      settings(),
      { status: 'fail', code: 'offLicensePageHere' },
    ],
    [
      'the admin center Licenses list with a product chosen (no assign control on that page)',
      [user(2)],
      { ...productPage(5), pageKind: 'licenses', portal: 'admin-center', canAssignHere: false },
      settings(),
      { status: 'pass', code: 'onLicensesPage' },
    ],
    [
      'an admin center product page whose Assign licenses button was not found: a warning, not a dead end',
      [user(2)],
      { ...productPage(5), portal: 'admin-center', canAssignHere: false, assignControlFound: false },
      settings(),
      { status: 'warn', code: 'assignButtonNotFound', params: ['Power BI Pro'] },
    ],
    [
      'an Azure blade that cannot assign',
      [user(2)],
      { ...productPage(5), portal: 'azure-portal', canAssignHere: false },
      settings(),
      { status: 'fail', code: 'assignNotHere', params: ['azure-portal'] },
    ],
    [
      'an Entra blade that cannot assign',
      [user(2)],
      { ...productPage(5), portal: 'entra', canAssignHere: false },
      settings(),
      { status: 'fail', code: 'assignNotHere', params: ['entra'] },
    ],
  ])('%s', (_name, targets, facts, s, want) => {
    expect(check('page', targets, facts, s)).toMatchObject(want);
  });
});

describe('product', () => {
  it.each<Row>([
    [
      'all rows for the page product',
      [user(2, 'a@contoso.com', { skuId: PRO }), user(3)],
      productPage(5),
      settings(),
      { status: 'pass', code: 'productMatches', rows: [] },
    ],
    [
      'rows naming another product',
      [user(2, 'a@contoso.com', { skuId: PPU }), user(3), user(4, 'c@contoso.com', { skuId: VISIO })],
      productPage(5),
      settings(),
      { status: 'warn', code: 'otherProduct', rows: [2, 4], params: ['2', 'Power BI Pro'] },
    ],
    [
      'page product known by name only',
      [user(2, 'a@contoso.com', { skuId: PPU })],
      { pageKind: 'product', product: { name: 'Power BI Pro' } },
      settings(),
      { status: 'warn', rows: [2] },
    ],
  ])('%s', (_name, targets, facts, s, want) => {
    expect(check('product', targets, facts, s)).toMatchObject(want);
  });
});

describe('role', () => {
  it.each<Row>([
    ['assign control found', [user(2)], productPage(5), settings(), { status: 'pass', code: 'canAssign' }],
    [
      'assign control missing on a product page',
      [user(2)],
      { ...productPage(5), assignControlFound: false },
      settings(),
      { status: 'warn', code: 'assignControlMissing' },
    ],
    [
      'assign control missing on an admin center product page the page model read as unable to assign',
      [user(2)],
      { ...productPage(5), portal: 'admin-center', canAssignHere: false, assignControlFound: false },
      settings(),
      { status: 'warn', code: 'assignControlMissing' },
    ],
    ['not known yet', [user(2)], { pageKind: 'licenses' }, settings(), { status: 'pass', code: 'rolesNeeded' }],
  ])('%s', (_name, targets, facts, s, want) => {
    expect(check('role', targets, facts, s)).toMatchObject(want);
  });
});

describe('seats', () => {
  const three = [user(2), user(3), user(4)];
  it.each<Row>([
    [
      'enough',
      three,
      productPage(3),
      settings(),
      { status: 'pass', code: 'seatsEnough', params: ['3', '3', 'Power BI Pro'] },
    ],
    [
      'from total and assigned',
      three,
      { ...productPage(), product: { name: 'Power BI Pro', skuId: PRO, total: 10, assigned: 8 } },
      settings(),
      { status: 'fail', code: 'seatsShort', params: ['3', '2', '1', 'Power BI Pro'] },
    ],
    [
      'short',
      three,
      productPage(1),
      settings(),
      { status: 'fail', code: 'seatsShort', params: ['3', '1', '2', 'Power BI Pro'] },
    ],
    [
      'counts unknown',
      three,
      productPage(),
      settings(),
      { status: 'warn', code: 'seatsUnknown', params: ['3', 'Power BI Pro'] },
    ],
    [
      'removals and reassignments take no seat',
      [
        user(2, 'a@c.com', { action: 'unassign' }),
        user(3, 'b@c.com', { action: 'reassign', from: 'x@c.com' }),
        user(4),
      ],
      productPage(1),
      settings(),
      { status: 'pass', params: ['1', '1', 'Power BI Pro'] },
    ],
    [
      'held guests take no seat',
      [user(2), guest(3)],
      productPage(1),
      settings(),
      { status: 'pass', params: ['1', '1', 'Power BI Pro'] },
    ],
    [
      'confirmed guests do',
      [user(2), guest(3)],
      productPage(1),
      settings({ guestsConfirmed: true }),
      { status: 'fail', params: ['2', '1', '1', 'Power BI Pro'] },
    ],
    [
      'groups count by member count from the file',
      [group(2, 'Finance', { memberCount: 40 }), user(3)],
      productPage(45),
      settings(),
      { status: 'pass', params: ['41', '45', 'Power BI Pro'] },
    ],
    [
      'groups count by member count from the page',
      [group(2, 'Finance')],
      productPage(45, { groupMemberCounts: { Finance: 50 } }),
      settings(),
      { status: 'fail', params: ['50', '45', '5', 'Power BI Pro'] },
    ],
    [
      'groups of unknown size',
      [group(2, 'Finance'), user(3)],
      productPage(45),
      settings(),
      { status: 'warn', code: 'groupSizeUnknown', rows: [2], params: ['1', '45', 'Power BI Pro'] },
    ],
    [
      'targets of another product are not counted',
      [user(2, 'a@c.com', { skuId: PPU }), user(3)],
      productPage(1),
      settings(),
      { status: 'pass', params: ['1', '1', 'Power BI Pro'] },
    ],
  ])('%s', (_name, targets, facts, s, want) => {
    expect(check('seats', targets, facts, s)).toMatchObject(want);
  });

  it('gives the purchase checklist as guided steps, never automated', () => {
    const result = check('seats', [user(2), user(3), user(4)], productPage(1));
    expect(result.steps?.map((s) => s.id)).toEqual([
      'billing',
      'purchaseServices',
      'findProduct',
      'details',
      'quantity',
      'buy',
      'checkout',
      'recheck',
    ]);
    expect(result.steps?.find((s) => s.id === 'quantity')?.params).toEqual(['2']);
    expect(result.steps?.find((s) => s.id === 'findProduct')?.params).toEqual(['Power BI Pro']);
    expect(result.steps?.every((s) => s.automated === false)).toBe(true);
  });
});

describe('guests', () => {
  const mixed = [user(2), guest(3), guest(4)];
  it.each<Row>([
    ['no guests', [user(2)], productPage(5), settings(), { status: 'pass', code: 'noGuests', rows: [] }],
    [
      'guests held until confirmed',
      mixed,
      productPage(5),
      settings(),
      { status: 'warn', code: 'guestsNeedConfirmation', rows: [3, 4], params: ['2'] },
    ],
    [
      'guests confirmed for this run',
      mixed,
      productPage(5),
      settings({ guestsConfirmed: true }),
      { status: 'pass', code: 'guestsConfirmed', rows: [3, 4] },
    ],
    [
      'guests always excluded',
      mixed,
      productPage(5),
      settings({ excludeGuestsAlways: true, guestsConfirmed: true }),
      { status: 'warn', code: 'guestsExcluded', rows: [3, 4] },
    ],
  ])('%s', (_name, targets, facts, s, want) => {
    expect(check('guests', targets, facts, s)).toMatchObject(want);
  });
});

describe('usageLocation', () => {
  it.each<Row>([
    [
      'every row has one',
      [user(2), user(3)],
      productPage(5),
      settings(),
      { status: 'pass', code: 'usageLocationSet', rows: [] },
    ],
    [
      'rows without one',
      [
        user(2),
        user(3, 'x@c.com', { usageLocation: undefined }),
        group(4, 'G'),
        user(5, 'y@c.com', { usageLocation: undefined, action: 'unassign' }),
      ],
      productPage(5),
      settings(),
      { status: 'warn', code: 'usageLocationMissing', rows: [3], params: ['1'] },
    ],
    [
      'held guests are not flagged',
      [guest(2, 'g@f.com', { usageLocation: undefined })],
      productPage(5),
      settings(),
      { status: 'pass', rows: [] },
    ],
  ])('%s', (_name, targets, facts, s, want) => {
    expect(check('usageLocation', targets, facts, s)).toMatchObject(want);
  });
});

describe('groups', () => {
  const withGroups = [user(2), group(3, 'Finance'), group(4, 'Sales')];
  it.each<Row>([
    ['no groups', [user(2)], productPage(5), settings(), { status: 'pass', code: 'noGroups' }],
    [
      'group licensing not known',
      withGroups,
      productPage(99),
      settings(),
      { status: 'warn', code: 'groupLicensingNeedsP1', rows: [3, 4] },
    ],
    [
      'tenant has it',
      withGroups,
      productPage(99, { tenantHasGroupLicensing: true }),
      settings(),
      { status: 'warn', code: 'nestedGroupsNotExpanded', rows: [3, 4] },
    ],
    [
      'tenant lacks it',
      withGroups,
      productPage(99, { tenantHasGroupLicensing: false }),
      settings(),
      { status: 'fail', code: 'groupLicensingUnavailable', rows: [3, 4] },
    ],
  ])('%s', (_name, targets, facts, s, want) => {
    expect(check('groups', targets, facts, s)).toMatchObject(want);
  });

  it('names how many products carry Entra ID P1', () => {
    const [, count] = check('groups', [group(2, 'G')], productPage(5)).params;
    expect(Number(count)).toBeGreaterThan(10);
  });
});

describe('alreadyCovered', () => {
  const targets = [
    user(2, 'holder@contoso.com'),
    user(3, 'E5user@contoso.com'),
    user(4, 'visio@contoso.com'),
    user(5, 'fresh@contoso.com'),
    user(6, 'leaver@contoso.com', { action: 'unassign' }),
    user(7, 'viagroup@contoso.com', { action: 'unassign' }),
    guest(8, 'g@fabrikam.com'),
    group(9, 'Finance'),
  ];
  const facts = productPage(99, {
    knownHolders: [
      { key: 'HOLDER@contoso.com', skuIds: [PRO.toUpperCase()] },
      { key: 'e5user@contoso.com', skuIds: [E5] },
      { key: 'visio@contoso.com', skuIds: [VISIO] },
      { key: 'leaver@contoso.com', skuIds: [VISIO] },
      { key: 'viagroup@contoso.com', skuIds: [PRO], via: 'group' },
      { key: 'g_fabrikam.com#EXT#@contoso.onmicrosoft.com', skuIds: [PPU] },
      { key: 'Finance', skuIds: [PRO] },
    ],
  });

  it('skips holders of the product or of a product that includes it, with the reason', () => {
    const result = check('alreadyCovered', targets, facts);
    expect(result).toMatchObject({ status: 'warn', code: 'someCovered', rows: [2, 3, 6, 7, 8, 9], params: ['6'] });
    expect(result.notes).toEqual([
      { row: 2, code: 'alreadyHolds', params: ['holder@contoso.com', 'Power BI Pro'] },
      { row: 3, code: 'coveredBy', params: ['E5user@contoso.com', 'Microsoft 365 E5', 'Power BI Pro'] },
      { row: 6, code: 'notHeld', params: ['leaver@contoso.com', 'Power BI Pro'] },
      { row: 7, code: 'inheritedFromGroup', params: ['viagroup@contoso.com', 'Power BI Pro'] },
      {
        row: 8,
        code: 'coveredBy',
        params: ['g_fabrikam.com#EXT#@contoso.onmicrosoft.com', 'Power BI Premium Per User', 'Power BI Pro'],
      },
      { row: 9, code: 'alreadyHolds', params: ['Finance', 'Power BI Pro'] },
    ]);
  });

  it('passes when nobody is covered, and says when holders are unknown', () => {
    expect(check('alreadyCovered', [user(5, 'fresh@contoso.com')], facts)).toMatchObject({
      status: 'pass',
      code: 'noneCovered',
      rows: [],
    });
    expect(check('alreadyCovered', targets, productPage(99))).toMatchObject({
      status: 'pass',
      code: 'holdersUnknown',
      rows: [],
    });
  });

  it('leaves covered targets out of the seat count', () => {
    expect(
      check('seats', targets, { ...facts, product: { name: 'Power BI Pro', skuId: PRO, available: 2 } }),
    ).toMatchObject({ status: 'pass', params: ['2', '2', 'Power BI Pro'] });
  });
});
