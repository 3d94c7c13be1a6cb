// A condition wait for the scripts and benches (outside the test runner): Playwright's expect.poll
// re-asks `probe` until it answers something, and fails naming what never came.
import { expect } from '@playwright/test';

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  { timeout = 15_000, intervals = [50, 100, 250] }: { timeout?: number; intervals?: number[] } = {},
): Promise<T> {
  let value: T | undefined | null | false;
  await expect
    .poll(async () => !!(value = await probe().catch(() => undefined)), {
      timeout,
      intervals,
      message: `waiting for ${what}`,
    })
    .toBe(true);
  return value as T;
}
