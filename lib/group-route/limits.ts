// What Microsoft documents about the two routes, with the source of each figure.

/** Users or groups per Assign licenses submission in the admin center [MS assign-licenses-to-users.md, 2025]. */
export const DIRECT_PER_SUBMISSION = 20;

/**
 * Members per Entra "Import members" file. Microsoft: "Each bulk activity to import a list of group
 * members can run for up to one hour. This enables importation of a list of at most 40,000 members."
 * [MS entra-docs groups-bulk-import-members.md, "Bulk import service limits"]. Files are cut at half
 * that so a slow hour on the classic service still finishes them.
 */
export const IMPORT_DOCUMENTED_MAX = 40_000;
export const IMPORT_MEMBERS_PER_FILE = 20_000;

/** "Add at least two users' UPNs or object IDs to successfully upload the file." [MS, same page] */
export const IMPORT_MIN_MEMBERS = 2;

/** The template's first two lines, which "must not be removed or modified" [MS, same page]. */
export const IMPORT_VERSION_LINE = 'version:v1.0';
export const IMPORT_HEADER = 'Member object ID or user principal name [memberObjectIdOrUpn] Required';

/** Above this many users pre-flight recommends the group route (the admin decides; options change it). */
export const DEFAULT_GROUP_ROUTE_THRESHOLD = 500;
