// Fault switches: `sim.setFault(name, on | options)` turns scenario faults on or off mid-run.
import type { Faults } from '../scenarios/schema.ts';

export type FaultName =
  | 'notEnoughLicenses'
  | 'usageLocationMissing'
  | 'userNotFound'
  | 'conflictingPlans'
  | 'slow'
  | 'signInRedirect'
  | 'paneClosesUnexpectedly';

/**
 * Values per fault:
 * - notEnoughLicenses, usageLocationMissing, signInRedirect: boolean (signInRedirect fires once);
 * - userNotFound, conflictingPlans: a UPN or a list of UPNs (false clears);
 * - slow: the factor all delays are multiplied by (true = 4, false = 1);
 * - paneClosesUnexpectedly: the pick count after which the pane closes itself, once (true = 3).
 */
export type FaultValue = boolean | number | string | string[];

export function withFault(faults: Faults, name: FaultName, value: FaultValue): Faults {
  const next: Faults = { ...faults };
  switch (name) {
    case 'notEnoughLicenses':
    case 'usageLocationMissing':
    case 'signInRedirect':
      next[name] = value !== false;
      return next;
    case 'userNotFound':
    case 'conflictingPlans':
      if (value === false) next[name] = [];
      else if (typeof value === 'string') next[name] = [value];
      else if (Array.isArray(value)) next[name] = [...value];
      else throw new Error(`${name} needs a UPN or a list of UPNs`);
      return next;
    case 'slow':
      next.slow = value === true ? 4 : typeof value === 'number' && value > 0 ? value : 1;
      return next;
    case 'paneClosesUnexpectedly':
      next.paneClosesUnexpectedly = value === true ? 3 : typeof value === 'number' && value > 0 ? value : null;
      return next;
  }
}
