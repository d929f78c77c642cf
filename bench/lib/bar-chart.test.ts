import { describe, expect, it } from 'vitest';
import { barChartLayout, renderBarChart } from './bar-chart.ts';

const input = {
  title: 'Page weight <gzip>',
  description: 'Two pages',
  rows: [
    { label: 'Explainer', segments: [{ key: 'html', value: 10 }, { key: 'css', value: 5 }] },
    { label: 'TimelineJS', segments: [{ key: 'js', value: 65 }, { key: 'css', value: 12 }, { key: 'html', value: 1 }] },
  ],
  keys: [
    { key: 'html', label: 'HTML', color: '#111111' },
    { key: 'css', label: 'CSS', color: '#222222' },
    { key: 'js', label: 'JS', color: '#333333' },
    { key: 'font', label: 'Fonts', color: '#444444' },
  ],
  format: (v: number) => `${v} KB`,
  axisLabel: 'KB',
};

describe('barChartLayout', () => {
  it('stacks segments in key order, each starting where the previous ends', () => {
    const l = barChartLayout(input);
    const tl = l.rows[1].segments;
    expect(tl.map((s) => s.key)).toEqual(['html', 'css', 'js']);
    for (let i = 1; i < tl.length; i++) expect(tl[i].x).toBeCloseTo(tl[i - 1].x + tl[i - 1].width, 6);
    expect(tl[0].x).toBe(l.plot.x);
  });
  it('scales bar lengths in proportion to values, with a zero-based axis', () => {
    const l = barChartLayout(input);
    const len = (r: number) => l.rows[r].segments.reduce((n, s) => n + s.width, 0);
    expect(len(1) / len(0)).toBeCloseTo(78 / 15, 6);
    expect(l.ticks[0].label).toBe('0 KB');
  });
  it('lists in the legend only keys that have a value', () => {
    expect(barChartLayout(input).legend.map((g) => g.label)).toEqual(['HTML', 'CSS', 'JS']);
  });
});

describe('renderBarChart', () => {
  it('writes an accessible SVG with escaped text and no style attributes', () => {
    const svg = renderBarChart(barChartLayout(input));
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title id="t">Page weight &lt;gzip&gt;</title>');
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg.match(/<rect x=/g)!.length).toBe(5 + 3);
  });
});
