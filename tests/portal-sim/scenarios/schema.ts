// The scenario: the tenant a simulator run starts from (products, people, groups, delays, faults).
import { z } from 'zod';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

export const ProductSchema = z.object({
  skuId: guid,
  partNumber: z.string().optional(),
  name: z.string().min(1),
  total: z.number().int().nonnegative(),
  expiringSoon: z.number().int().nonnegative().default(0),
  /** UPNs holding the product directly. */
  directUsers: z.array(z.string()).default([]),
  /** Group ids the product is assigned to (their first-level members hold it). */
  groups: z.array(z.string()).default([]),
});

export const UserSchema = z.object({
  upn: z.string().min(3),
  displayName: z.string().min(1),
  mail: z.string().optional(),
  /** ISO 3166 two-letter code, or null when none is set. */
  usageLocation: z.string().length(2).nullable(),
  guest: z.boolean().default(false),
});

export const GroupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  mail: z.string(),
  members: z.array(z.string()).default([]),
});

export const FaultsSchema = z.object({
  notEnoughLicenses: z.boolean().default(false),
  usageLocationMissing: z.boolean().default(false),
  userNotFound: z.array(z.string()).default([]),
  conflictingPlans: z.array(z.string()).default([]),
  slow: z.number().positive().default(1),
  signInRedirect: z.boolean().default(false),
  /** The assign pane closes itself after this many picks (once), or never when null. */
  paneClosesUnexpectedly: z.number().int().positive().nullable().default(null),
  /** The product page's Assign licenses command carries a name no label table knows ("Show me"). */
  renamedAssignButton: z.boolean().default(false),
});

export const ScenarioSchema = z.object({
  tenantName: z.string(),
  admin: z.object({ upn: z.string(), displayName: z.string() }),
  locale: z.enum(['en', 'nl', 'de', 'fr']).default('en'),
  countStyle: z.enum(['columns', 'slash', 'of']).default('columns'),
  simplifiedView: z.boolean().default(false),
  azure: z
    .object({ frame: z.enum(['top', 'reactblade']).default('top'), legacyAssign: z.boolean().default(false) })
    .default({ frame: 'top', legacyAssign: false }),
  products: z.array(ProductSchema),
  users: z.array(UserSchema),
  groups: z.array(GroupSchema).default([]),
  delays: z
    .object({
      loadMs: z.number().nonnegative().default(150),
      suggestMs: z.number().nonnegative().default(300),
      assignMs: z.number().nonnegative().default(800),
    })
    .default({ loadMs: 150, suggestMs: 300, assignMs: 800 }),
  faults: FaultsSchema.default(FaultsSchema.parse({})),
  /** Fixes the page layout seed; random per page load when absent. */
  seed: z.number().int().optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioProduct = z.infer<typeof ProductSchema>;
export type ScenarioUser = z.infer<typeof UserSchema>;
export type ScenarioGroup = z.infer<typeof GroupSchema>;
export type Faults = z.infer<typeof FaultsSchema>;

/** Parse and check references: every UPN and group id a product or group names must exist. */
export function parseScenario(input: unknown): Scenario {
  const s = ScenarioSchema.parse(input);
  const upns = new Set(s.users.map((u) => u.upn.toLowerCase()));
  const groupIds = new Set(s.groups.map((g) => g.id));
  const missing: string[] = [];
  for (const g of s.groups) for (const m of g.members) if (!upns.has(m.toLowerCase())) missing.push(m);
  for (const p of s.products) {
    for (const u of p.directUsers) if (!upns.has(u.toLowerCase())) missing.push(u);
    for (const g of p.groups) if (!groupIds.has(g)) missing.push(g);
  }
  if (missing.length > 0) throw new Error(`Scenario names unknown users or groups: ${missing.join(', ')}`);
  return s;
}
