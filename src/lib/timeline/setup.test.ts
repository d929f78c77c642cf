import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './index.ts';
import { storyZone } from './setup.ts';
import type { LayoutEvent } from './types.ts';

const ev = (id: string, date: string): LayoutEvent => ({ id, date, precision: 'day', status: 'reported', lane: 'a', title: id, context: false });

describe('storyZone', () => {
  it('is the offset every timed event shares, UTC when they differ, nothing on an axis of days', () => {
    expect(storyZone([ev('a', '2031-11-07T23:47+05:45'), ev('b', '2031-11-08T06:20+05:45'), ev('c', '2031-11-08')])).toBe('+05:45');
    expect(storyZone([ev('a', '2031-11-07T23:47+05:45'), ev('b', '2031-11-08T06:20Z')])).toBe('Z');
    expect(storyZone([ev('a', '2031-11-07'), ev('b', '2031-11-08')])).toBeUndefined();
  });

  it('lays a story of one offset out on its clock: the hour ticks read the times the panel gives', () => {
    const L = layoutTimeline([ev('quake', '2031-11-07T23:47+05:45'), ev('after', '2031-11-08T06:20+05:45'), ev('day', '2031-11-08')]);
    expect(L.zone).toBe('+05:45');
    // 8 November's midnight tick is local midnight: the quake (23:47 local) is 13 minutes before it.
    const midnight = L.ticks.find((t) => t.label[0] === '8 Nov')!;
    const quake = L.marks.find((m) => m.id === 'quake')!;
    const perMinute = (L.marks.find((m) => m.id === 'after')!.x - quake.x) / (6 * 60 + 33);
    expect(midnight.at - quake.x).toBeCloseTo(13 * perMinute, 0);
  });
});
