// Debian's Chromium on the portal simulator, with or without the built extension, for the
// in-browser benchmarks. Every request outside the portal hosts is aborted and counted.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  blockTheInternet,
  CHROMIUM_ARGS,
  EXTENSION_PATH,
  launchWithExtension,
  serviceWorkerOf,
} from '../tests/e2e/browser';
import type { PortalSim } from '../tests/portal-sim/server';
import { chromiumPath } from '../scripts/chromium';

export type PortalBrowser = {
  context: BrowserContext;
  /** The extension's service worker; undefined without the extension. */
  worker: Worker | undefined;
  close(): Promise<void>;
};

export async function openPortalBrowser(sim: PortalSim, withExtension: boolean): Promise<PortalBrowser> {
  if (withExtension && !existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_PATH}: run npm run build first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'license-pilot-bench-'));
  const context = withExtension
    ? await launchWithExtension(dir)
    : await chromium.launchPersistentContext(dir, {
        executablePath: chromiumPath(),
        headless: true,
        // The same flags, less the two that load the extension.
        args: CHROMIUM_ARGS.filter(
          (a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'),
        ),
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
      });
  // tsx compiles with esbuild's keepNames: functions handed to page.evaluate/addInitScript call
  // its `__name` helper, which the page does not have.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const blocked: string[] = [];
  await blockTheInternet(context, blocked);
  await sim.route(context); // after the block, so the simulator wins for the portal hosts
  const worker = withExtension ? await serviceWorkerOf(context) : undefined;
  return {
    context,
    worker,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      if (blocked.length > 0) throw new Error(`requests outside the portal hosts: ${blocked.slice(0, 5).join(', ')}`);
    },
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
