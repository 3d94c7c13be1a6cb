// What every check needs, worked out in one pass over the targets (a run may hold 100,000): the
// run's product, which targets are for it, which the page shows as already covered, and the
// rows each check reports.
import type { Catalog } from '../catalog';
import { findProduct, productsCovering } from '../catalog';
import type { Target } from '../csv/types';
import { addressKey } from '../csv/address';
import type { KnownHolder, PageFacts, PreflightSettings, RowNote } from './types';

export type RunProduct = { skuId?: string; name: string };

export type PreflightContext = {
  targets: Target[];
  facts: PageFacts;
  settings: PreflightSettings;
  catalog: Catalog;
  product?: RunProduct;
  /** Rows naming another product than the page's. */
  otherProductRows: number[];
  /** Rows skipped because of what knownHolders shows, with the reason. */
  covered: Map<number, RowNote>;
  /** Guest rows for this product that are not covered already. */
  guestRows: number[];
  /** Group rows for this product. */
  groupRows: number[];
  /** Seats the run takes: one per user assigned, the member count per group where known. */
  seatsNeeded: number;
  /**
   * Seats the run's removals free before any assignment (a run removes first): one per user, the
   * member count per group where known. A reassignment moves a seat and counts on neither side.
   */
  seatsFreed: number;
  /** Groups going into the run whose member count is unknown. */
  unknownSizeRows: number[];
  /** Users going into the run whose row gives no usage location. */
  noLocationRows: number[];
};

function runProduct(facts: PageFacts, catalog: Catalog): RunProduct | undefined {
  const p = facts.product;
  if (!p) return undefined;
  const skuId = p.skuId?.toLowerCase() ?? findProduct(catalog, p.name)?.skuId;
  return skuId ? { skuId, name: p.name } : { name: p.name };
}

/** Holder keys may be UPNs, home addresses of guests, group names or ids: fold them like Target.key. */
export function holderKey(key: string): string {
  const trimmed = key.trim();
  return trimmed.includes('@') ? addressKey(trimmed) : trimmed.toLowerCase().replace(/\s+/g, ' ');
}

/** Why the page's holders make a target unnecessary, or undefined. */
function coverNote(
  t: Target,
  h: KnownHolder,
  product: Required<RunProduct>,
  covering: { skuId: string; name: string }[],
): RowNote | undefined {
  const held = h.skuIds.map((s) => s.toLowerCase());
  const holds = held.includes(product.skuId);
  if (t.action === 'assign') {
    if (holds && h.via === 'group' && h.groups?.length)
      return { row: t.row, code: 'holdsThroughGroup', params: [t.id, product.name, h.groups.join(', ')] };
    if (holds) return { row: t.row, code: 'alreadyHolds', params: [t.id, product.name] };
    const by = covering.find((c) => held.includes(c.skuId));
    return by ? { row: t.row, code: 'coveredBy', params: [t.id, by.name, product.name] } : undefined;
  }
  if (t.action === 'unassign') {
    if (!holds) return { row: t.row, code: 'notHeld', params: [t.id, product.name] };
    if (h.via === 'group') return { row: t.row, code: 'inheritedFromGroup', params: [t.id, product.name] };
  }
  return undefined;
}

/** A reassignment moves nothing when the page shows its `from` without the product, or holding it only through a group. */
function fromNote(t: Target, h: KnownHolder | undefined, product: Required<RunProduct>): RowNote | undefined {
  if (!h || !t.from) return undefined;
  if (!h.skuIds.some((s) => s.toLowerCase() === product.skuId))
    return { row: t.row, code: 'notHeld', params: [t.from, product.name] };
  if (h.via === 'group') return { row: t.row, code: 'inheritedFromGroup', params: [t.from, product.name] };
  return undefined;
}

/** skuIds of the product names a file's Licenses column lists, looked up once per distinct name. */
function fileHolderOf(t: Target, catalog: Catalog, names: Map<string, string | undefined>): KnownHolder | undefined {
  if (!t.heldProducts?.length || t.kind === 'group') return undefined;
  const skuIds: string[] = [];
  for (const name of t.heldProducts) {
    if (!names.has(name)) names.set(name, findProduct(catalog, name)?.skuId);
    const sku = names.get(name);
    if (sku) skuIds.push(sku);
  }
  return skuIds.length > 0 ? { key: t.key, skuIds } : undefined;
}

function groupSize(counts: Record<string, number> | undefined, t: Target): number | undefined {
  if (t.memberCount !== undefined) return t.memberCount;
  if (!counts) return undefined;
  return counts[t.key] ?? counts[t.id] ?? counts[t.id.toLowerCase()] ?? counts[t.key.slice(t.key.indexOf(':') + 1)];
}

export function preflightContext(
  targets: Target[],
  facts: PageFacts,
  settings: PreflightSettings,
  catalog: Catalog,
): PreflightContext {
  const product = runProduct(facts, catalog);
  const sku = product?.skuId;
  const ctx: PreflightContext = {
    targets,
    facts,
    settings,
    catalog,
    product,
    otherProductRows: [],
    covered: new Map(),
    guestRows: [],
    groupRows: [],
    seatsNeeded: 0,
    seatsFreed: 0,
    unknownSizeRows: [],
    noLocationRows: [],
  };
  const holders =
    sku && facts.knownHolders?.length ? new Map(facts.knownHolders.map((h) => [holderKey(h.key), h])) : undefined;
  // Key lengths of the holders: most targets are ruled out by length alone, without a look-up.
  const holderLengths = new Set([...(holders?.keys() ?? [])].map((k) => k.length));
  const covering = sku ? productsCovering(catalog, sku) : [];
  const heldNames = new Map<string, string | undefined>();
  const holdGuests = settings.excludeGuestsAlways || !settings.guestsConfirmed;
  const groupsBlocked = facts.tenantHasGroupLicensing === false;
  const counts = facts.groupMemberCounts;

  for (const t of targets) {
    if (sku && t.skuId && t.skuId !== sku && t.skuId.toLowerCase() !== sku) {
      ctx.otherProductRows.push(t.row);
      continue;
    }
    const isGroup = t.kind === 'group';
    if (holders) {
      // Groups are keyed 'group:<name>' or 'id:<guid>'; holders by their name or id.
      const key = isGroup ? t.key.slice(t.key.indexOf(':') + 1) : t.key;
      const h = holderLengths.has(key.length) ? holders.get(key) : undefined;
      const from = t.action === 'reassign' && t.from ? holders.get(holderKey(t.from)) : undefined;
      const note =
        (h && coverNote(t, h, product as Required<RunProduct>, covering)) ||
        fromNote(t, from, product as Required<RunProduct>);
      if (note) {
        ctx.covered.set(t.row, note);
        continue;
      }
    }
    // What the file itself says the user holds (an export's Licenses column), for assignments.
    const listed = sku && t.action === 'assign' ? fileHolderOf(t, catalog, heldNames) : undefined;
    const fileNote = listed && coverNote(t, listed, product as Required<RunProduct>, covering);
    if (fileNote) {
      ctx.covered.set(t.row, fileNote);
      continue;
    }
    // Removing a guest's license needs no confirmation of the agreement: only giving one does.
    const guestGets = t.kind === 'guest' && t.action !== 'unassign';
    if (guestGets) ctx.guestRows.push(t.row);
    if (isGroup) ctx.groupRows.push(t.row);
    // What remains is what goes into the run: the seat count and usage locations concern it only.
    if ((holdGuests && guestGets) || (groupsBlocked && isGroup)) continue;
    if (!isGroup && t.action !== 'unassign' && !t.usageLocation) ctx.noLocationRows.push(t.row);
    // Removing frees a seat and a reassignment moves one: only assignments take seats.
    if (t.action === 'unassign') ctx.seatsFreed += isGroup ? (groupSize(counts, t) ?? 0) : 1;
    if (t.action !== 'assign') continue;
    if (!isGroup) ctx.seatsNeeded++;
    else {
      const size = groupSize(counts, t);
      if (size === undefined) ctx.unknownSizeRows.push(t.row);
      else ctx.seatsNeeded += size;
    }
  }
  return ctx;
}
