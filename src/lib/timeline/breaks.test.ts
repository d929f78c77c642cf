import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './index.ts';
import { zigzag } from './horizontal.ts';
import { MAX_BREAKS } from './scale.ts';
import { boxes } from '../../../tests/helpers/timeline-layouts.ts';
import type { LayoutEvent } from './types.ts';

// A trial story as an editor wrote it: two imprecise years of investigation, a dense year in court,
// an expected hearing the year after.
const ev = (id: string, date: string, lane: string, precision: LayoutEvent['precision'] = 'day', status: LayoutEvent['status'] = 'reported'): LayoutEvent => ({
  id, date, precision, status, lane, title: `The ${id.replaceAll('-', ' ')} of the case at the court`, context: false,
});
const trial: LayoutEvent[] = [
  ev('auditor-questions', '2028', 'investigation', 'year'),
  ev('inquiry-opens', '2029', 'investigation', 'approximate'),
  ev('charged', '2031-03', 'investigation', 'month'),
  ev('first-appearance', '2031-04-09', 'court'),
  ev('plea', '2031-05-23', 'court'),
  ev('trial-opens', '2031-09-08', 'court'),
  ev('auditor-evidence', '2031-09-22', 'court'),
  ev('defence', '2031-10', 'court', 'month'),
  ev('closing', '2031-10-16', 'court'),
  ev('jury-out', '2031-10-27', 'court'),
  ev('verdicts', '2031-10-31', 'court'),
  ev('sentence', '2031-11-14', 'court'),
  ev('repayment-hearing', '2032', 'court', 'year', 'expected'),
];

/** The line pieces of a zigzag path ("M x,y L x,y …"). */
function pieces(path: string): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let at: [number, number] | undefined;
  for (const [, cmd, x, y] of path.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)) {
    const p: [number, number] = [Number(x), Number(y)];
    if (cmd === 'L' && at) out.push([at[0], at[1], p[0], p[1]]);
    at = p;
  }
  return out;
}

describe('axis breaks', () => {
  it('are at most a few, and their zigzags never cross a mark, badge or label', () => {
    for (const zoom of [1, 2, 4]) {
      const L = layoutTimeline(trial, { orientation: 'horizontal', zoom });
      expect(L.breaks.length).toBeLessThanOrEqual(MAX_BREAKS);
      expect(L.breaks.length).toBeGreaterThan(0);
      const taken = boxes(L);
      for (const b of L.breaks)
        for (const [x0, y0, x1, y1] of pieces(b.path)) {
          const hit = taken.find((t) => Math.min(x0, x1) < t.x1 && Math.max(x0, x1) > t.x0 && Math.min(y0, y1) < t.y1 && Math.max(y0, y1) > t.y0);
          expect(hit, `zoom ${zoom}: a zigzag crosses ${hit?.what} of ${hit?.id}`).toBeUndefined();
        }
    }
  });

  it('compress a long stretch holding only imprecise bars on the phone, with a visible break', () => {
    const V = layoutTimeline(trial, { orientation: 'vertical' });
    const breaks = V.segments.filter((s) => s.kind === 'break');
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.length).toBeLessThanOrEqual(5);
    // Something of January 2028 – July 2030 (two events) is left out, and drawn as a break.
    expect(breaks.some((s) => s.from >= Date.parse('2028-01-01') && s.to <= Date.parse('2030-08-01'))).toBe(true);
    expect(V.breaks.filter((b) => b.kind === 'break')).toHaveLength(breaks.length);
    // Those two events take less of the drawing than the ten of 2031.
    const y = (id: string) => V.marks.find((m) => m.id === id)!.y;
    expect(y('charged') - y('auditor-questions')).toBeLessThan(y('sentence') - y('charged'));
  });

  it('leave no stub of a zigzag between two labels: each run is three steps or more', () => {
    // Labels over 20–40 and 52–80: the 12 units between them are too short for a run of their own.
    const path = zigzag(100, 140, 120, [[20, 40], [52, 80]]);
    const runs = path.split('M').filter(Boolean).map((r) => r.split('L').length - 1);
    expect(runs.every((n) => n >= 3)).toBe(true);
    // The axis always carries the break's mark, however little room the labels leave above it.
    expect(pieces(zigzag(100, 140, 120, [[0, 110]])).some(([, , , y1]) => y1 === 120)).toBe(true);
    expect(pieces(path).some(([, y0, , y1]) => Math.max(y0, y1) > 40 && Math.min(y0, y1) < 52)).toBe(false);
  });
});
