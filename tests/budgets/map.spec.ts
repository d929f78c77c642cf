// Byte budgets of the locator map (issue #18), on the built files: the seed's map drawing (base
// map, inset, places) at most 8 KB gzip, and its behaviour a small lazy chunk the page does not
// load up front. Runs after `astro build`.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/content-fixture';

const DIST = join(ROOT, 'dist');
const SVG_BUDGET = 8 * 1024;
const CHUNK_BUDGET = 4 * 1024;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

test.describe('the locator map budget', () => {
  test("the seed's map drawing is at most 8 KB gzip", () => {
    const html = readFileSync(join(DIST, 'syria-ceasefire-2016/index.html'), 'utf-8');
    const frames = [...html.matchAll(/<div class="lm-frame"[^>]*>[\s\S]*?<\/div>/g)].map((m) => m[0]);
    expect(frames, 'the seed explainer has one locator map').toHaveLength(1);
    const svg = frames[0];
    console.log(`locator map SVG of the seed: ${svg.length} B, ${gz(svg)} B gzip (budget ${SVG_BUDGET} B)`);
    expect(svg).toContain('class="lm-land"');
    expect(gz(svg)).toBeLessThanOrEqual(SVG_BUDGET);
  });

  test('its behaviour is a lazy chunk of at most 4 KB gzip that the page does not load up front', () => {
    const astro = join(DIST, '_astro');
    expect(existsSync(astro), 'run `astro build` first').toBe(true);
    const lazy = readdirSync(astro).filter((f) => /^map-enhance\.[\w-]+\.js$/.test(f));
    expect(lazy, 'the map behaviour must be its own chunk').toHaveLength(1);
    const html = readFileSync(join(DIST, 'syria-ceasefire-2016/index.html'), 'utf-8');
    expect(html).not.toContain(lazy[0]);
    const bytes = gz(readFileSync(join(astro, lazy[0])));
    console.log(`locator map behaviour: ${lazy[0]} ${bytes} B gzip (budget ${CHUNK_BUDGET} B)`);
    expect(bytes).toBeLessThanOrEqual(CHUNK_BUDGET);
    // No D3 in the browser: every position is computed at build time.
    expect(readFileSync(join(astro, lazy[0]), 'utf-8')).not.toMatch(/geoPath|d3-geo/);
  });
});
