import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ogSvg } from '../../src/build/og.ts';
import { ROOT } from '../helpers/content-fixture.ts';
import { ALL_PAYLOADS } from './payloads.ts';

const fm = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/site/content/explainers/hostile.mdx'), 'utf-8').split(/^---$/m)[1]) as { title: string; dek: string };

describe('the share card (OG image) of the hostile explainer', () => {
  it('draws the payloads as glyphs: the SVG holds only drawing elements, no handler, link or foreign content', async () => {
    const svg = await ogSvg({ title: fm.title, dek: fm.dek, siteName: ALL_PAYLOADS, date: '5 January 2031' });
    const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
    expect([...tags].filter((t) => !['svg', 'path', 'rect', 'polygon', 'g', 'defs', 'clipPath', 'mask', 'linearGradient', 'stop'].includes(t))).toEqual([]);
    expect(svg).not.toMatch(/\son\w+=|href=|javascript:|alert\(/i);
    expect(svg.length).toBeGreaterThan(1000);
  }, 30_000);
});
