// Pre-flight of the group route, beside the checks every run has (guests, usage location, …):
// a group Microsoft will license from, Microsoft Entra ID P1 for every member, seats for all unique
// members, and users who would end up holding the product twice.
import { productsWithPlan, type Catalog } from '../catalog';
import type { Target } from '../csv/types';
import { purchaseSteps } from '../preflight/purchase-steps';
import type { CheckResult, KnownHolder, ProductFacts } from '../preflight/types';
import { holderKey } from '../preflight/context';

/** The service plan of Microsoft Entra ID P1, which every member of a licensing group needs [MS PORTALS.md §5]. */
export const ENTRA_ID_P1_PLAN = 'AAD_PREMIUM';

/**
 * Products that qualify a user for group-based licensing without carrying the P1 plan themselves:
 * "Office 365 Enterprise E3 or Office 365 A3 or Office 365 GCC G3 … and above" [MS entra-docs
 * licensing-whatis-azure-portal.md, prerequisites; PORTALS.md §5]. String_Ids of Microsoft's table.
 */
export const QUALIFYING_WITHOUT_P1 = [
  'ENTERPRISEPACK',
  'Office_365_E3_(no_Teams)',
  'O365_w/o_Teams_Bundle_E3',
  'ENTERPRISEPACK_USGOV_DOD',
  'ENTERPRISEPACK_USGOV_GCCHIGH',
  'ENTERPRISEPACK_GOV',
  'ENTERPRISEPACKPLUS_FACULTY',
  'ENTERPRISEPACKPLUS_STUDENT',
  'ENTERPRISEPREMIUM',
  'ENTERPRISEPREMIUM_NOPSTNCONF',
  'Office_365_w/o_Teams_Bundle_E5',
  'ENTERPRISEPREMIUM_GOV',
  'ENTERPRISEPREMIUM_FACULTY',
  'ENTERPRISEPREMIUM_STUDENT',
];

/** skuIds of every product whose holders may benefit from group-based licensing. */
export function groupLicensingSkus(catalog: Catalog): Set<string> {
  const named = new Set(QUALIFYING_WITHOUT_P1);
  const skus = productsWithPlan(catalog, ENTRA_ID_P1_PLAN).map((p) => p.skuId);
  for (const p of catalog.products) if (named.has(p.stringId)) skus.push(p.skuId);
  return new Set(skus);
}

/** What is known of the chosen group; undefined fields are not known yet. */
export type GroupFacts = {
  name: string;
  membership?: 'assigned' | 'dynamic';
  securityEnabled?: boolean;
  hasNestedGroups?: boolean;
  /** Members it has today (they take seats too once the product is on the group). */
  currentMembers?: number;
};

export type GroupRouteInput = {
  /** Users going into the group (guests already decided by the guest check). */
  members: readonly Target[];
  group?: GroupFacts;
  product: ProductFacts & { skuId: string };
  /** Seats of every product on the Licenses page, for the Entra ID P1 count. */
  tenantProducts?: readonly ProductFacts[];
  holders?: readonly KnownHolder[];
  catalog: Catalog;
};

function available(p: ProductFacts): number | undefined {
  return (
    p.available ?? (p.total !== undefined && p.assigned !== undefined ? Math.max(0, p.total - p.assigned) : undefined)
  );
}

export function checkGroupChoice(group: GroupFacts | undefined): CheckResult {
  const base = { id: 'groupChoice' as const, rows: [] as number[] };
  if (!group) return { ...base, status: 'warn', code: 'groupNotChosen', params: [] };
  const params = [group.name];
  if (group.membership === 'dynamic') return { ...base, status: 'fail', code: 'groupDynamic', params };
  if (group.securityEnabled === false) return { ...base, status: 'fail', code: 'groupNotSecurity', params };
  if (group.hasNestedGroups) return { ...base, status: 'fail', code: 'groupNested', params };
  if (group.membership === undefined || group.hasNestedGroups === undefined || group.securityEnabled === undefined)
    return { ...base, status: 'warn', code: 'groupConfirmKind', params };
  return { ...base, status: 'pass', code: 'groupFits', params };
}

/** Who among the members already holds the product, and how (keys as Target.key). */
function holdersOf(input: GroupRouteInput): { direct: Target[]; any: number } {
  const sku = input.product.skuId.toLowerCase();
  const byKey = new Map<string, KnownHolder>();
  for (const h of input.holders ?? [])
    if (h.skuIds.some((s) => s.toLowerCase() === sku)) byKey.set(holderKey(h.key), h);
  const direct: Target[] = [];
  let any = 0;
  for (const t of input.members) {
    const h = byKey.get(t.key);
    if (!h) continue;
    any += 1;
    if (h.via !== 'group') direct.push(t);
  }
  return { direct, any };
}

export function checkEntraP1(input: GroupRouteInput): CheckResult {
  const members = input.members.length + (input.group?.currentMembers ?? 0);
  const p1Skus = groupLicensingSkus(input.catalog);
  const seen = (input.tenantProducts ?? []).filter((p) => p.skuId && p1Skus.has(p.skuId.toLowerCase()));
  const base = { id: 'entraP1' as const, rows: [] as number[] };
  if (seen.length === 0) return { ...base, status: 'warn', code: 'entraP1Unknown', params: [String(members)] };
  const totals = seen.map((p) => p.total);
  if (totals.some((t) => t === undefined))
    return { ...base, status: 'warn', code: 'entraP1Unknown', params: [String(members)] };
  const seats = totals.reduce<number>((sum, t) => sum + (t ?? 0), 0);
  const names = seen.map((p) => p.name).join(', ');
  if (seats < members)
    return { ...base, status: 'fail', code: 'entraP1Short', params: [String(members), String(seats), names] };
  return { ...base, status: 'pass', code: 'entraP1Enough', params: [String(members), String(seats), names] };
}

/** Seats for all unique members, current ones included; members holding the product already need none. */
export function checkGroupSeats(input: GroupRouteInput): CheckResult {
  const { any } = holdersOf(input);
  const needed = input.members.length - any + (input.group?.currentMembers ?? 0);
  const free = available(input.product);
  const name = input.product.name;
  const base = { id: 'groupSeats' as const, rows: [] as number[] };
  if (free === undefined) return { ...base, status: 'warn', code: 'seatsUnknown', params: [String(needed), name] };
  if (needed > free) {
    const toBuy = needed - free;
    return {
      ...base,
      status: 'fail',
      code: 'seatsShort',
      params: [String(needed), String(free), String(toBuy), name],
      steps: purchaseSteps(name, toBuy),
    };
  }
  return { ...base, status: 'pass', code: 'seatsEnough', params: [String(needed), String(free), name] };
}

/** Users holding the product directly would hold it twice; they are listed, not removed. */
export function checkDirectHolders(input: GroupRouteInput): CheckResult {
  const { direct } = holdersOf(input);
  const rows = direct.map((t) => t.row);
  const base = { id: 'directHolders' as const, rows };
  if (rows.length === 0) return { ...base, status: 'pass', code: 'noDirectHolders', params: [input.product.name] };
  return { ...base, status: 'warn', code: 'directHoldersTwice', params: [String(rows.length), input.product.name] };
}

export function groupRouteChecks(input: GroupRouteInput): CheckResult[] {
  return [checkGroupChoice(input.group), checkEntraP1(input), checkGroupSeats(input), checkDirectHolders(input)];
}
