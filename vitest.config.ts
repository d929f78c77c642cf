/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so `astro/zod` and `astro:content`-free modules resolve as in the build.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/hardening/**/*.test.ts', 'tests/budgets/**/*.test.ts'],
    environment: 'node',
    // Tests that start a Node CLI (npm run new, the lint) take a few seconds each on a busy 2-core
    // machine: 5 s (the default) failed them there by time, not by behaviour.
    testTimeout: 30_000,
    // Two files at a time on a 2-core machine (Vitest's default is one fewer than the cores: one).
    // The slow files mostly wait on the Astro builds and CLIs they start in child processes, so a
    // second file runs beside them: measured on the whole suite, see README "Tests".
    maxWorkers: 2,
    // A zone far from UTC (UTC+14): any date code that slips into local time shows up as an off-by-one day.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
