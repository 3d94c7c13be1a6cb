// guided-clicks: the admin's presses per batch in guided mode (60 users, 3 batches), the admin
// played by the same code as the e2e spec: only what the overlay marks, never the picker.
import { makeScenario } from '../tests/portal-sim/scenarios';
import { createPortalSim } from '../tests/portal-sim/server';
import { clicksPerBatch, playGuidedAdmin } from '../tests/e2e/guided-admin';
import { openPortalBrowser } from './portal-browser';
import { startRunInBrowser } from './start-run';
import type { Benchmark, BenchResult } from './types';

const USERS = 60;

export const guidedClicks: Benchmark = {
  name: 'guided',
  async run(): Promise<BenchResult[]> {
    const scenario = makeScenario({ users: USERS + 20, seats: USERS + 50, seed: 5 });
    const upns = scenario.users
      .filter((u) => !u.guest && u.usageLocation !== null)
      .slice(0, USERS)
      .map((u) => u.upn);
    const browser = await openPortalBrowser(createPortalSim(scenario), true);
    try {
      const { page, control } = await startRunInBrowser(browser, upns, 'guided');
      const clicks = await playGuidedAdmin(page, control, 10 * 60_000);
      const { max, mean } = clicksPerBatch(clicks);
      console.log(`clicks per batch: max ${max}, mean ${mean.toFixed(2)} over ${clicks.size} batches`);
      return [
        {
          name: 'guided-clicks',
          value: max,
          unit: 'clicks per batch (max)',
          budget: `<= 4 (Assign licenses, Assign, Close and one more); mean ${mean.toFixed(2)}`,
          pass: max <= 4 && clicks.size === Math.ceil(USERS / 20),
        },
      ];
    } finally {
      await browser.close();
    }
  },
};
