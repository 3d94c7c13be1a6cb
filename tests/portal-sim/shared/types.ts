// Types shared by the simulator's Node side and its browser app: the shell config and the JSON API.
// Type-only: the browser bundle imports nothing at run time from here.

export type Locale = 'en' | 'nl' | 'de' | 'fr';
export type CountStyle = 'columns' | 'slash' | 'of';
export type PortalKind = 'admin' | 'azure' | 'entra' | 'reactblade' | 'login';

/** Base URLs of each portal for this serving mode (real hosts, or localhost path prefixes). */
export type PortalLinks = { admin: string; azure: string; entra: string; reactblade: string; login: string };

/** Written into every page as JSON; the browser app starts from it. */
export type ShellConfig = {
  portal: PortalKind;
  locale: Locale;
  countStyle: CountStyle;
  simplifiedView: boolean;
  azureFrame: 'top' | 'reactblade';
  azureLegacyAssign: boolean;
  /** Fault: the Assign licenses command under a name the extension does not know. */
  renamedAssignButton?: boolean;
  tenantName: string;
  adminUpn: string;
  adminName: string;
  /** Seed for generated class names, wrapper depth and harmless order changes. */
  seed: number;
  links: PortalLinks;
};

export type ProductSummary = {
  skuId: string;
  name: string;
  total: number;
  assigned: number;
  available: number;
  expiringSoon: number;
};

/** One licensed user on a product page; `paths` holds 'direct' and/or group ids. */
export type HolderRow = { upn: string; displayName: string; mail: string; direct: boolean; groupNames: string[] };
export type GroupRow = { id: string; name: string; mail: string; memberCount: number };
export type ProductDetail = ProductSummary & { holders: HolderRow[]; groups: GroupRow[] };

export type UserRow = { upn: string; displayName: string; mail: string; guest: boolean; licenses: string[] };

export type TargetType = 'user' | 'group';
export type Suggestion = { id: string; primary: string; secondary: string };

export type ErrorCode =
  'outOfLicenses' | 'usageLocation' | 'conflictingPlans' | 'inheritedFromGroup' | 'notFound' | 'tooMany' | 'other';

export type ChangeRequest = { skuId: string; targetType: TargetType; targets: string[]; portal?: string };
export type TargetError = { target: string; name: string; code: ErrorCode };
export type ChangeResult = {
  outcome: 'success' | 'partial' | 'failed';
  /** Targets the change applied to. */
  applied: string[];
  errors: TargetError[];
  /** A failure of the whole submission (e.g. out of licenses). */
  code?: ErrorCode;
  product: ProductSummary;
};

export type PaneConfig = { closeAfterPicks: number | null; maxPicks: number };

/** Body of a 401 answer: the page must go to the sign-in page. */
export type SignInRequired = { error: 'signInRequired'; location: string };
