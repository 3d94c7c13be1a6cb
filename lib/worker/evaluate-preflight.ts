// Pre-flight of the loaded file's targets against a page, under the admin's settings: the checks
// and which targets go into a run. The popup's view and the run's start both use this one answer.
import { getCatalog } from '../catalog';
import type { Target } from '../csv/types';
import { runPreflight, runnableTargets, type CheckResult, type PageFacts, type RunnableTargets } from '../preflight';
import type { Settings } from '../settings/settings';

export function evaluatePreflight(
  targets: Target[],
  facts: PageFacts,
  settings: Pick<Settings, 'guestPolicy'>,
  guestsConfirmed: boolean,
): { checks: CheckResult[]; runnable: RunnableTargets } {
  const preflightSettings = { excludeGuestsAlways: settings.guestPolicy === 'exclude', guestsConfirmed };
  const checks = runPreflight(targets, facts, preflightSettings, getCatalog());
  return { checks, runnable: runnableTargets(targets, checks, preflightSettings) };
}
