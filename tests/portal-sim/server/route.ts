// Playwright: fulfil every request to a portal host from the simulator. Routes added later take
// precedence in Playwright, so install this after any catch-all abort route.
import type { BrowserContext } from '@playwright/test';
import { PORTAL_URL_PATTERN } from './hosts.ts';

type Handle = (req: {
  url: string;
  method: string;
  body?: string;
}) => Promise<{ status: number; headers: Record<string, string>; body: string }>;

export async function routePortals(context: BrowserContext, handle: Handle): Promise<void> {
  await context.route(PORTAL_URL_PATTERN, async (route) => {
    const request = route.request();
    const res = await handle({ url: request.url(), method: request.method(), body: request.postData() ?? undefined });
    await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
}
