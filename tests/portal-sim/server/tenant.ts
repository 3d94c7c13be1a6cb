// The tenant's live state: products, people, groups and who holds which license (directly or via
// a group). Lives in the Node process so it survives page reloads and browser restarts.
import type { Scenario, ScenarioGroup, ScenarioUser } from '../scenarios/schema.ts';
import type { GroupRow, HolderRow, ProductDetail, ProductSummary, UserRow } from '../shared/types.ts';

export type Product = { skuId: string; name: string; partNumber?: string; total: number; expiringSoon: number };

export type Tenant = {
  products: Map<string, Product>;
  /** Keyed by lower-case UPN. */
  users: Map<string, ScenarioUser>;
  groups: Map<string, ScenarioGroup>;
  /** skuId -> lower-case UPNs holding it directly. */
  direct: Map<string, Set<string>>;
  /** skuId -> group ids it is assigned to. */
  groupAssignments: Map<string, Set<string>>;
};

export const key = (upn: string): string => upn.toLowerCase();

export function createTenant(scenario: Scenario): Tenant {
  const tenant: Tenant = {
    products: new Map(),
    users: new Map(),
    groups: new Map(),
    direct: new Map(),
    groupAssignments: new Map(),
  };
  for (const u of scenario.users) tenant.users.set(key(u.upn), { ...u });
  for (const g of scenario.groups) tenant.groups.set(g.id, { ...g, members: g.members.map(key) });
  for (const p of scenario.products) {
    const { skuId, name, partNumber, total, expiringSoon } = p;
    tenant.products.set(skuId, { skuId, name, partNumber, total, expiringSoon });
    tenant.direct.set(skuId, new Set(p.directUsers.map(key)));
    tenant.groupAssignments.set(skuId, new Set(p.groups));
  }
  return tenant;
}

export type Holding = { direct: boolean; groupIds: string[] };

/** Everyone holding the product, with how (first-level group members only, as the portal does). */
export function holdersOf(t: Tenant, skuId: string): Map<string, Holding> {
  const holders = new Map<string, Holding>();
  for (const upn of t.direct.get(skuId) ?? []) holders.set(upn, { direct: true, groupIds: [] });
  for (const groupId of t.groupAssignments.get(skuId) ?? []) {
    for (const upn of t.groups.get(groupId)?.members ?? []) {
      const h = holders.get(upn) ?? { direct: false, groupIds: [] };
      h.groupIds.push(groupId);
      holders.set(upn, h);
    }
  }
  return holders;
}

export function productSummary(t: Tenant, skuId: string): ProductSummary | undefined {
  const p = t.products.get(skuId);
  if (!p) return undefined;
  const assigned = holdersOf(t, skuId).size;
  return { skuId, name: p.name, total: p.total, assigned, available: p.total - assigned, expiringSoon: p.expiringSoon };
}

export function productSummaries(t: Tenant): ProductSummary[] {
  return [...t.products.keys()].flatMap((skuId) => productSummary(t, skuId) ?? []);
}

export function productDetail(t: Tenant, skuId: string): ProductDetail | undefined {
  const summary = productSummary(t, skuId);
  if (!summary) return undefined;
  const holders: HolderRow[] = [];
  for (const [upn, h] of holdersOf(t, skuId)) {
    const user = t.users.get(upn);
    if (!user) continue;
    const groupNames = h.groupIds.map((id) => t.groups.get(id)?.name ?? id);
    holders.push({
      upn: user.upn,
      displayName: user.displayName,
      mail: user.mail ?? user.upn,
      direct: h.direct,
      groupNames,
    });
  }
  holders.sort((a, b) => a.displayName.localeCompare(b.displayName));
  const groups: GroupRow[] = [...(t.groupAssignments.get(skuId) ?? [])].flatMap((id) => {
    const g = t.groups.get(id);
    return g ? [{ id, name: g.name, mail: g.mail, memberCount: g.members.length }] : [];
  });
  return { ...summary, holders, groups };
}

/** Active users with the names of the products each holds. */
export function userRows(t: Tenant): UserRow[] {
  const held = new Map<string, string[]>();
  for (const p of t.products.values()) {
    for (const upn of holdersOf(t, p.skuId).keys()) held.set(upn, [...(held.get(upn) ?? []), p.name]);
  }
  return [...t.users.values()]
    .map((u) => ({
      upn: u.upn,
      displayName: u.displayName,
      mail: u.mail ?? u.upn,
      guest: u.guest,
      licenses: held.get(key(u.upn)) ?? [],
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
