import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basemapSvg, MAP_PALETTE } from './basemap-file.ts';
import { locatorMapLayout } from './layout.ts';
import { SEED_PLACES, FAR_PLACES, ATLASES } from '../../../tests/helpers/map-fixtures.ts';
import { ROOT } from '../../../tests/helpers/content-fixture.ts';

describe('basemapSvg (the ground of a locator map, as an SVG file)', () => {
  const layout = locatorMapLayout(SEED_PLACES, ATLASES);
  const svg = basemapSvg(layout);

  it('is a standalone SVG document the size of the map, drawing land, the story’s countries, borders and the globe', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 720 \d+(\.\d+)?" width="720" height="\d+(\.\d+)?">/);
    expect(svg.match(/<path class="l" d="M/g)).toHaveLength(1);
    expect(svg.match(/<path class="f" d="M/g)!.length).toBe(layout.base.highlighted.length);
    expect(layout.base.highlighted.length).toBeGreaterThan(0);
    expect(svg).toContain('<path class="b" d="M');
    expect(svg).toContain('<circle class="g"');
    expect(svg).toContain(`transform="scale(${layout.unit})"`);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('is the same bytes for the same layout (its file is named by their hash), and other bytes for another map', () => {
    expect(basemapSvg(locatorMapLayout(SEED_PLACES, ATLASES))).toBe(svg);
    expect(basemapSvg(locatorMapLayout(FAR_PLACES, ATLASES))).not.toBe(svg);
  });

  it('carries its light colours and, for a dark page, its dark ones', () => {
    const [light, dark] = svg.split('@media (prefers-color-scheme:dark)');
    expect(light).toContain(`.s{fill:${MAP_PALETTE.light.sea}}`);
    expect(light).toContain(`.l{fill:${MAP_PALETTE.light.land};stroke:${MAP_PALETTE.light.coast}}`);
    expect(dark).toContain(`.s{fill:${MAP_PALETTE.dark.sea}}`);
    expect(dark).toContain(`.f{fill:${MAP_PALETTE.dark.focus}}`);
  });

  it('keeps its strokes at their width however wide the image is drawn', () => {
    expect(svg).toContain('path{vector-effect:non-scaling-stroke}');
  });

  it('has the sea and land of the page’s stylesheet (the frame before the image loads, the labels’ halo)', () => {
    const css = readFileSync(join(ROOT, 'src/components/mdx/LocatorMap/locator-map.css'), 'utf-8');
    const root = css.match(/\n:root \{([^}]*)\}/)?.[1] ?? '';
    for (const [name, key] of [
      ['--lm-sea', 'sea'],
      ['--lm-land', 'land'],
    ] as const) {
      // light-dark(light, dark): the page's colour scheme (its theme) picks one, as it does the image's.
      expect(root).toContain(`${name}: light-dark(${MAP_PALETTE.light[key]}, ${MAP_PALETTE.dark[key]});`);
    }
  });
});
