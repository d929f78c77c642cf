import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/content-fixture';

const DIST = join(ROOT, 'dist');
const PAGE = join(DIST, 'syria-ceasefire-2016/index.html');
// The loader with what it imports: src/client/island.ts is shared by every island (the timeline's and
// the chart's own loaders were 1.5 KB + 1.3 KB before they shared it; together they are now ~1.9 KB).
const LOADER_BUDGET = 2 * 1024;
const LAZY_BUDGET = 15 * 1024;

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of a built chunk (`import{…}from"./x.js"`, `import "./x.js"`), as file paths. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf-8');
  const specs = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*${}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+|\/_astro\/[^"'`]+)["'`]/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('/') ? join(DIST, s) : join(file, '..', s)));
}

/** A chunk and everything it statically imports: what the browser must fetch to run it. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(file)) closure(dep, seen);
  return seen;
}

// Budgets apply to the built files, whichever browser project runs them: run once.
test.describe('the timeline’s JavaScript budget (built files in dist/_astro)', () => {
  test.skip(({ isMobile }) => isMobile, 'checked once, on the desktop project');

  const html = existsSync(PAGE) ? readFileSync(PAGE, 'utf-8') : '';
  const scripts = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map((m) => join(DIST, m[1]));
  const loader = scripts.find((f) => readFileSync(f, 'utf-8').includes('ek-timeline'));

  test('the page loads the <ek-timeline> loader as a module script', () => {
    expect(loader, `one of ${scripts.join(', ')} defines ek-timeline`).toBeDefined();
  });

  test('the loader stays under 2 KB gzip, with what it imports', () => {
    const files = [...closure(loader!)];
    const size = files.reduce((n, f) => n + gzipSize(f), 0);
    test.info().annotations.push({ type: 'loader gzip bytes', description: `${size} (${files.map((f) => f.split('/').pop()).join(', ')})` });
    expect(size).toBeLessThanOrEqual(LOADER_BUDGET);
  });

  test('the lazily imported chunk stays under 15 KB gzip, with what it imports beyond the loader', () => {
    const code = readFileSync(loader!, 'utf-8');
    const lazy = [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => join(loader!, '..', m[1]));
    expect(lazy, 'the loader imports its interactive code with a dynamic import()').toHaveLength(1);
    const already = closure(loader!);
    const files = [...closure(lazy[0])].filter((f) => !already.has(f));
    const size = files.reduce((n, f) => n + gzipSize(f), 0);
    test.info().annotations.push({ type: 'lazy chunk gzip bytes', description: `${size} (${files.map((f) => f.split('/').pop()).join(', ')})` });
    expect(size).toBeLessThanOrEqual(LAZY_BUDGET);
    // Positions are computed at build time: no D3 scale or zoom code reaches the browser.
    for (const f of files) expect(readFileSync(f, 'utf-8')).not.toMatch(/d3-zoom|scaleUtc|ticks\(/);
  });
});
