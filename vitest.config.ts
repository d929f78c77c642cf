/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so `astro/zod` and `astro:content`-free modules resolve as in the build.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/hardening/**/*.test.ts', 'tests/budgets/**/*.test.ts'],
    environment: 'node',
    // A zone far from UTC (UTC+14): any date code that slips into local time shows up as an off-by-one day.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
