import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // Two cores: one browser per core at most.
  workers: 2,
  // Tests, not files, are shared out: every test has its own profile and simulator, and a file of
  // long tests no longer holds one worker while the other idles.
  fullyParallel: true,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/e2e-junit.xml' }]] : 'list',
  outputDir: 'test-results/e2e',
});
