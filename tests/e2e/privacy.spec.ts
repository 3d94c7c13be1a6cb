// The guard behind "no network requests of the extension's own": every e2e test fails when anything
// reaches outside the portal hosts. Here the guard itself is tried from each part of the extension.
import { expect, test } from './fixtures';

test('a request from an extension page or the service worker is caught by the guard', async ({
  context,
  extensionId,
  serviceWorker,
  blockedRequests,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(() => fetch('https://telemetry.example/collect?from=page').catch(() => undefined));
  await serviceWorker.evaluate(() => fetch('https://telemetry.example/collect?from=worker').catch(() => undefined));
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://cdn.example/pixel.gif';
    document.body.append(img);
  });

  await expect
    .poll(() => [...blockedRequests].sort())
    .toEqual([
      'https://cdn.example/pixel.gif',
      'https://telemetry.example/collect?from=page',
      'https://telemetry.example/collect?from=worker',
    ]);
  // Planted on purpose: clear them so this test's own teardown check passes.
  blockedRequests.length = 0;
});
