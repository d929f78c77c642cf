import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { childCpuSeconds, linearFit } from './scaling.ts';
import { syntheticEvents, writeSyntheticContent } from '../../tests/helpers/synthetic-content.ts';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { ROOT as projectRoot } from '../../tests/helpers/root.ts';

const seed = [
  { id: 'a', date: '2016-02-12', lane: 'diplomacy', title: 'A', description: 'a', citation: { article: 'x', paragraphs: [1] } },
  { id: 'b', date: '2016-02-20', lane: 'violence', title: 'B', description: 'b', status: 'expected', precision: 'after', citation: { article: 'x', paragraphs: [2] } },
  { id: 'c', date: '2016-02-27', lane: 'diplomacy', title: 'C', description: 'c', incident: 'i', citation: { article: 'x', paragraphs: [3] } },
];

describe('syntheticEvents', () => {
  it('keeps the seed events and pads to the count with unique ids inside the seed date range', () => {
    const events = syntheticEvents(seed, 50);
    expect(events).toHaveLength(50);
    expect(events.slice(0, 3).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(new Set(events.map((e) => e.id)).size).toBe(50);
    for (const e of events) expect(e.date >= '2016-02-12' && e.date <= '2016-02-27').toBe(true);
  });
  it('copies only reported day-precision events, without their incident link', () => {
    const extra = syntheticEvents(seed, 10).slice(3);
    expect(extra.every((e) => e.status === 'reported' && e.precision === 'day' && !('incident' in e))).toBe(true);
  });
});

describe('writeSyntheticContent', () => {
  it('writes n explainers with 50 events each that pass the content validation', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'content');
    const slugs = writeSyntheticContent(join(projectRoot, 'content'), dir, 3);
    expect(readdirSync(join(dir, 'explainers')).sort()).toEqual(slugs.map((s) => `${s}.mdx`));
    for (const s of slugs) expect(parse(readFileSync(join(dir, 'events', `${s}.yaml`), 'utf-8'))).toHaveLength(50);
    const loaded = readContentDir(dir, '.');
    expect(loaded.problems).toEqual([]);
    expect(loaded.input.events).toHaveLength(150);
  });
});

describe('childCpuSeconds', () => {
  it('adds the children user and system times from bash `times`', () => {
    expect(childCpuSeconds('build log\n@@times\n0m0.010s 0m0.004s\n1m2.500s 0m3.250s\n')).toBeCloseTo(65.75, 6);
  });
});

describe('linearFit', () => {
  it('recovers the fixed cost and the cost per explainer of a straight line', () => {
    const fit = linearFit([50, 100, 200, 400].map((n) => ({ explainers: n, seconds: 5 + 0.2 * n })));
    expect(fit.fixed).toBeCloseTo(5, 6);
    expect(fit.perExplainer).toBeCloseTo(0.2, 6);
  });
});
