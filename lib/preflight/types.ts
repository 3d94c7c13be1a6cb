// Pre-flight: what the page and the settings say, checked against the targets before any click.
import type { Target } from '../csv/types';

export type ProductFacts = { skuId?: string; name: string; total?: number; assigned?: number; available?: number };

/**
 * Who holds which products, from the product pages read (`via` direct or group, with the groups)
 * or from the loaded file's Licenses column (`via` absent).
 */
export type KnownHolder = { key: string; skuIds: string[]; via?: 'direct' | 'group'; groups?: string[] };

export type PageFacts = {
  product?: ProductFacts;
  pageKind: 'licenses' | 'product' | 'other';
  portal?: string;
  /** False on Azure and Entra blades, which no longer assign licenses. */
  canAssignHere?: boolean;
  assignControlFound?: boolean;
  /** Who already holds which products, as far as the page has shown it. */
  knownHolders?: KnownHolder[];
  /** Member counts of groups by their key (as in Target.key) or as written in the file. */
  groupMemberCounts?: Record<string, number>;
  tenantHasGroupLicensing?: boolean;
};

export type PreflightSettings = { excludeGuestsAlways: boolean; guestsConfirmed: boolean };

export type CheckId =
  | 'page'
  | 'product'
  | 'role'
  | 'seats'
  | 'guests'
  | 'usageLocation'
  | 'groups'
  | 'alreadyCovered'
  /** The group route's own checks (lib/group-route/checks.ts). */
  | 'groupChoice'
  | 'entraP1'
  | 'groupSeats'
  | 'directHolders';
export type CheckStatus = 'pass' | 'warn' | 'fail';

/** A step the admin takes by hand; `automated` is false by type: spending money is never automated. */
export type GuidedStep = { id: string; code: string; params: string[]; automated: false };

/** Why one row is treated differently (e.g. already covered by Microsoft 365 E5). */
export type RowNote = { row: number; code: string; params: string[] };

export type CheckResult = {
  id: CheckId;
  status: CheckStatus;
  /** The rows (Target.row) the check is about. */
  rows: number[];
  /** Message key suffix; the UI localizes it with `params` ($1, $2 ...). */
  code: string;
  params: string[];
  /** Per-row reasons, where rows differ (alreadyCovered). */
  notes?: RowNote[];
  /** Guided steps, e.g. the purchase checklist when seats are short. */
  steps?: GuidedStep[];
};

export type PreflightInput = { targets: Target[]; facts: PageFacts; settings: PreflightSettings };
