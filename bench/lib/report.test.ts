import { describe, expect, it } from 'vitest';
import { formatTables } from './report.ts';

const base = {
  generatedAt: '2026-01-01T00:00:00Z',
  quick: false,
  machine: { cpus: 2, cpuModel: 'Test CPU', ramGiB: 8, os: 'Linux', node: 'v24', chromium: '150', loadAverage: { start: 1, end: 2 } },
  versions: { lighthouse: '13', timelinejs: '3.9' },
  explainer: 'story',
  errors: {} as Record<string, string>,
};

describe('formatTables', () => {
  it('names the machine and says plainly when the timeline section did not run, with no numbers for it', () => {
    const md = formatTables({ ...base, errors: { 'timeline (bench/timeline.ts)': 'Error: build failed' } });
    expect(md).toContain('2 CPUs (Test CPU), 8 GiB RAM, Linux; Node v24, Chromium 150');
    expect(md).toContain('_timeline: failed in this run (Error: build failed)_');
    expect(md).not.toMatch(/ArrowRight step \(median\) \|/);
  });
  it('reports a failed section as failed, not as a number', () => {
    const md = formatTables({ ...base, errors: { 'Lighthouse (mobile)': 'Error: Chrome did not start\n at x' } });
    expect(md).toContain('_lighthouse: failed in this run (Error: Chrome did not start)_');
    expect(md).toContain('**Failed sections:** Lighthouse (mobile)');
  });
  it('puts the timeline figures at 1,000 events in the last column', () => {
    const md = formatTables({
      ...base,
      timeline: {
        available: true,
        sizes: [10, 1000],
        results: {
          layout: [{ events: 10, layoutMs: 0.5, runs: 15 }, { events: 1000, layoutMs: 60, runs: 15 }],
          build: [{ events: 10, buildMs: 9000 }, { events: 1000, buildMs: 12000 }],
          browser: { events: 1000, arrowRightMs: 2.5, panFrameMs: 0.4, panFrameIntervalMs: 17, idleFrameIntervalMs: 16, steps: 200 },
        },
      },
    });
    expect(md).toContain('| Chromium: ms per ArrowRight step (median) | — | 2.5 |');
    expect(md).toContain('| Chromium: ms per pan frame, script + layout (median) | — | 0.4 |');
  });
});
