import { defineConfig, devices } from '@playwright/test';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/helpers/browser.ts';

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer()
      .once('error', fail)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      });
  });

// The two servers' ports: PORT and FIXTURE_PORT when given, else free ones. They are written back to
// the environment so the test workers (which load this file again, with this environment) and the
// tests that build URLs themselves (tests/hardening/sites.ts) use the same ones.
process.env.PORT ||= String(await freePort());
process.env.FIXTURE_PORT ||= String(await freePort());
const PORT = Number(process.env.PORT);
const FIXTURE_PORT = Number(process.env.FIXTURE_PORT);
const launchOptions = { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS };

/**
 * A built site served by `astro preview` (scripts/serve.ts, as `npm start` does), on exactly this port:
 * a server already on it (a dev server with drafts, another checkout's build) is an error, never
 * tested in its place.
 */
const server = (outDir: string, port: number) => ({
  command: `node scripts/serve.ts --outDir ${outDir} --port ${port} --strict-port`,
  url: `http://localhost:${port}/`,
  reuseExistingServer: false,
  timeout: 60_000,
});

// Tests run against the production build (`astro build` runs before, in `npm test`), so what is
// tested is what ships.
export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One worker per core. The run is bound by CPU (Chromium's renderers): on 2 cores, 4 workers took
  // 775 s and summed 2,440 s of test time, 2 workers 726 s and 1,370 s (Playwright's default is half
  // the cores: one here).
  workers: availableParallelism(),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'on-first-retry',
    timezoneId: 'UTC',
    locale: 'en-GB',
  },
  projects: [
    { name: 'desktop', testMatch: ['e2e/**/*.spec.ts'], use: { ...devices['Desktop Chrome'], launchOptions } },
    // Only what depends on the device (touch, the phone layout, the sticky header's height): tagged @phone.
    { name: 'phone', testMatch: ['e2e/**/*.spec.ts'], grep: /@phone/, use: { ...devices['Pixel 7'], launchOptions } },
    // What a reader's browser requests: other origins, lazy islands, layout shift (issue #8). The byte
    // budgets of the built files are Vitest tests (tests/budgets/budgets.test.ts).
    { name: 'budgets', testMatch: ['budgets/**/*.spec.ts'], use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      // Another explainer on another subject (and revision, edge-case data) proves nothing is tied to the seed.
      name: 'fixture-site',
      testMatch: ['fixture-site/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    {
      // Sweeps over every page of both sites (tests/hardening): CSP, hostile content, axe once per
      // page and theme, sideways scroll at three widths, keyboard, contrast, reflow, resilience.
      name: 'hardening',
      // Its own testDir: a glob like "hardening/**" would also match any checkout in a folder of that name.
      testDir: './tests/hardening',
      testMatch: ['**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: [server('dist', PORT), server('dist-fixture', FIXTURE_PORT)],
});
