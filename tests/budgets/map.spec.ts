// Byte budgets of the locator map (issue #18), on the built files: the seed's map drawing (base
// map and inset, a lazy SVG image; places, inline) at most 8 KB gzip, and its behaviour a small lazy
// chunk the page does not load up front. Runs after `astro build`.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/content-fixture.ts';

const DIST = join(ROOT, 'dist');
const SVG_BUDGET = 8 * 1024;
const CHUNK_BUDGET = 4 * 1024;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

test.describe('the locator map budget', () => {
  test("the seed's map drawing is at most 8 KB gzip: its places in the page, its ground a lazy image", () => {
    const html = readFileSync(join(DIST, 'syria-ceasefire-2016/index.html'), 'utf-8');
    const frames = [...html.matchAll(/<div class="lm-frame"[^>]*>[\s\S]*?<\/div>/g)].map((m) => m[0]);
    expect(frames, 'the seed explainer has one locator map').toHaveLength(1);
    const frame = frames[0];
    // The coastline is no part of the page's HTML: an <img> fetched when the map nears the viewport.
    const img = frame.match(/<img class="lm-geo"[^>]*>/)?.[0];
    expect(img, 'the ground is an image').toBeDefined();
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('alt=""');
    expect(frame, 'no coastline path in the HTML').not.toMatch(/<path[^>]*\sd="[^"]{400,}"/);
    const src = img!.match(/src="\/([^"]+)"/)![1];
    const ground = readFileSync(join(DIST, src), 'utf-8');
    expect(ground).toContain('class="l"');
    expect(ground).toContain('prefers-color-scheme:dark');
    console.log(`locator map of the seed: places ${gz(frame)} B gzip in the HTML + ground ${src} ${gz(ground)} B gzip (budget ${SVG_BUDGET} B together)`);
    expect(gz(frame) + gz(ground)).toBeLessThanOrEqual(SVG_BUDGET);
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
