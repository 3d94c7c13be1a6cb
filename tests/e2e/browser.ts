// Launching Chromium with the built extension; shared by the e2e fixture, the demo and the bench.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { join } from 'node:path';
import { chromiumPath } from '../../scripts/chromium';

export const EXTENSION_PATH = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

export const CHROMIUM_ARGS = [
  `--disable-extensions-except=${EXTENSION_PATH}`,
  `--load-extension=${EXTENSION_PATH}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function launchWithExtension(userDataDir: string, headless = true): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
}

/** Aborts and records every request that is not for a simulated portal host. */
export async function blockTheInternet(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
