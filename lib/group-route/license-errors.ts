// Group-based licensing's per-user errors, by category, with what the admin can do about each.
// The portal's wording of each category is page knowledge (lib/portals); this is what follows from it.

/** Categories Microsoft documents for group licensing errors [MS PORTALS.md §2, §7; entra-docs licensing-groups-resolve-problems.md]. */
export const LICENSE_ERROR_CATEGORIES = [
  'notEnoughLicenses',
  'usageLocation',
  'conflictingPlans',
  'missingDependentPlans',
  'proxyAddress',
  'other',
] as const;
export type LicenseErrorCategory = (typeof LICENSE_ERROR_CATEGORIES)[number];

export type MemberLicenseError = { member: string; category: LicenseErrorCategory; text: string };

/**
 * What to do, as a message key suffix (`groupRouteFix_<category>`): buy or free seats; set the
 * user's usage location; remove the conflicting product from the user; assign the product the plan
 * depends on; fix the duplicate proxy address; open the error's details. Afterwards the group's
 * licensing is processed again by Microsoft (or with Reprocess where the tenant still shows it).
 */
export function fixFor(category: LicenseErrorCategory): string {
  return `groupRouteFix_${category}`;
}

/** Errors per category, in the order above, for the summary ("12 not enough licenses, 3 usage location"). */
export function countByCategory(errors: readonly MemberLicenseError[]): [LicenseErrorCategory, number][] {
  const counts = new Map<LicenseErrorCategory, number>();
  for (const e of errors) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return LICENSE_ERROR_CATEGORIES.filter((c) => counts.has(c)).map((c) => [c, counts.get(c)!]);
}
