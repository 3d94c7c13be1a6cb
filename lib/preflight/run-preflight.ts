// All checks, in the order the popup shows them.
import type { Catalog } from '../catalog';
import type { Target } from '../csv/types';
import { preflightContext } from './context';
import { checkPage } from './checks/page';
import { checkProduct } from './checks/product';
import { checkRole } from './checks/role';
import { checkSeats } from './checks/seats';
import { checkGuests } from './checks/guests';
import { checkUsageLocation } from './checks/usage-location';
import { checkGroups } from './checks/groups';
import { checkAlreadyCovered } from './checks/already-covered';
import type { CheckResult, PageFacts, PreflightSettings } from './types';

export function runPreflight(
  targets: Target[],
  facts: PageFacts,
  settings: PreflightSettings,
  catalog: Catalog,
): CheckResult[] {
  const ctx = preflightContext(targets, facts, settings, catalog);
  return [
    checkPage(ctx),
    checkProduct(ctx),
    checkRole(ctx),
    checkSeats(ctx),
    checkGuests(ctx),
    checkUsageLocation(ctx),
    checkGroups(ctx),
    checkAlreadyCovered(ctx),
  ];
}
