import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The chart's behaviour is a lazy chunk: its budget is 8 KB gzipped (issue #4), measured on the
// built files in dist/_astro, i.e. what ships. Runs after `astro build` (npm test).
const DIST = resolve(import.meta.dirname, '../../dist');
const ASTRO = join(DIST, '_astro');
const BUDGET = 8 * 1024;

const gz = (file: string) => gzipSync(readFileSync(join(ASTRO, file)), { level: 9 }).length;

/** A chunk and every chunk it imports statically, recursively (file names in dist/_astro). */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(ASTRO, file), 'utf-8');
  for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) withImports(m[1], seen);
  return seen;
}

test.describe('the casualty chart budget', () => {
  test('its lazily loaded chunk is at most 8 KB gzipped, beyond what the page already loaded', async () => {
    test.skip(test.info().project.name !== 'desktop', 'file sizes do not depend on the device');
    expect(existsSync(ASTRO), 'run `astro build` first').toBe(true);
    const files = readdirSync(ASTRO);
    const lazy = files.filter((f) => /^casualty-chart-enhance\.[\w-]+\.js$/.test(f));
    expect(lazy, 'the chart behaviour must be its own chunk').toHaveLength(1);

    const html = readFileSync(join(DIST, 'syria-ceasefire-2016/index.html'), 'utf-8');
    const eager = [...html.matchAll(/<script[^>]+src="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]);
    // The page must not fetch the chart behaviour up front.
    expect(eager.some((f) => lazy.includes(f))).toBe(false);
    expect(html).not.toContain(lazy[0]);
    const alreadyLoaded = new Set(eager.flatMap((f) => [...withImports(f)]));

    const lazyFiles = [...withImports(lazy[0])].filter((f) => !alreadyLoaded.has(f));
    const lazyBytes = lazyFiles.reduce((sum, f) => sum + gz(f), 0);
    const eagerBytes = [...alreadyLoaded].reduce((sum, f) => sum + gz(f), 0);
    console.log(`casualty chart: lazy chunk ${lazyBytes} B gzip (${lazyFiles.join(', ')}); scripts loaded with the page ${eagerBytes} B gzip (${[...alreadyLoaded].join(', ')})`);
    expect(lazyBytes).toBeGreaterThan(0);
    expect(lazyBytes).toBeLessThanOrEqual(BUDGET);
    // No D3 in the browser: every position is computed at build time.
    for (const f of [...lazyFiles, ...alreadyLoaded]) expect(readFileSync(join(ASTRO, f), 'utf-8')).not.toMatch(/scaleLinear|d3-scale/);
  });
});
