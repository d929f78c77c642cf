import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/helpers/browser';

const PORT = Number(process.env.PORT ?? 4321);
// The fixture site (tests/fixtures/site/content, built by `npm run build:fixture`), 1000 ports up so
// that two checkouts on neighbouring ports never serve each other's builds.
const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? PORT + 1000);
const executablePath = chromiumExecutable();
const launchOptions = { executablePath, args: CHROMIUM_ARGS };

// Tests run against the production build (`astro build` runs before, in `npm test`), served by
// `astro preview`, so what is tested is what ships.
export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    timezoneId: 'UTC',
    locale: 'en-GB',
  },
  projects: [
    { name: 'desktop', testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'], use: { ...devices['Pixel 7'], launchOptions } },
    // Byte budgets on the built files, third-party requests, lazy islands and layout shift (issue #8).
    { name: 'budgets', testMatch: ['budgets/**/*.spec.ts'], use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      // Another explainer on another subject (and revision, edge-case data) proves nothing is tied to the seed.
      name: 'fixture-site',
      testMatch: ['fixture-site/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    {
      // Slower sweeps over every page of both sites (tests/hardening): CSP, hostile content, axe at
      // three widths in two themes, keyboard, contrast, reflow, resilience.
      name: 'hardening',
      // Its own testDir: a glob like "hardening/**" would also match any checkout in a folder of that name.
      testDir: './tests/hardening',
      testMatch: ['**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/helpers/serve-static.ts dist-fixture ${FIXTURE_PORT}`,
      url: `http://localhost:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
