// The old Azure/Entra assign flow (before September 2024; sovereign clouds): + Assign, Users and
// groups, Assignment options, Assign. Where "+ Assign" is missing, the blade is read-only.
import { runLookup, type ControlResult } from '../lookup';
import { azureLabels } from './labels';
import { LEGACY_STEPS, type LegacyStep } from './selectors';

export type { LegacyStep } from './selectors';

const ORDER: readonly LegacyStep[] = ['plusAssign', 'usersAndGroups', 'assignmentOptions', 'assign'];

/** Each step of the legacy flow, found or missing, in order. */
export function findAzureLegacyAssignSteps(doc: Document): ControlResult[] {
  return ORDER.map((step) => runLookup(doc, LEGACY_STEPS[step], azureLabels));
}

/** Only the first step: whether this blade still offers assigning at all. */
export function findAzurePlusAssign(doc: Document): ControlResult {
  return runLookup(doc, LEGACY_STEPS.plusAssign, azureLabels);
}
