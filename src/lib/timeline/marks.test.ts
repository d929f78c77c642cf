import { describe, expect, it } from 'vitest';
import { baseMark, eventTimes, shapeMark } from './marks.ts';
import { eventTime } from './interval.ts';
import type { LayoutEvent } from './types.ts';

const event = (date: string, precision: LayoutEvent['precision']): LayoutEvent => ({ id: 'e', date, precision, status: 'reported', lane: 'l', title: 'T', context: false });
/** A path with each "x,y" pair swapped and H/V exchanged: the same drawing turned from one orientation to the other. */
const turned = (d: string) => d.replace(/(-?[\d.]+),(-?[\d.]+)/g, '$2,$1').replace(/[HV]/g, (c) => (c === 'H' ? 'V' : 'H'));

describe('shapeMark', () => {
  for (const [date, precision] of [['2016-02-15', 'week'], ['2016-02-19', 'approximate'], ['2016-02-19', 'after']] as const) {
    it(`draws a ${precision} mark the same way along either axis (vertical is horizontal turned)`, () => {
      const time = eventTime(date, precision);
      const h = baseMark(event(date, precision), 0, 1, time);
      const v = baseMark(event(date, precision), 0, 1, time);
      shapeMark(h, time.shape, 100, 80, 140, { vertical: false, bar: 8 });
      shapeMark(v, time.shape, 100, 80, 140, { vertical: true, bar: 8 });
      expect([v.t0, v.t1]).toEqual([h.t0, h.t1]);
      if (h.extent) expect(v.extent).toBe(turned(h.extent));
      if (h.arrow) expect(v.arrow).toBe(turned(h.arrow));
      if (h.bar) expect(v.bar).toEqual({ x: h.bar.y, y: h.bar.x, width: h.bar.height, height: h.bar.width });
      expect(h.extent ?? h.bar).not.toBeNull();
    });
  }

  it('an "after" mark runs past its end by its arrowhead, and its extent says so', () => {
    const time = eventTime('2016-02-19', 'after');
    const m = baseMark(event('2016-02-19', 'after'), 0, 1, time);
    shapeMark(m, time.shape, 100, 100, 160, { vertical: false, bar: 8 });
    expect(m.arrow).toBe('M60,-5L68,0L60,5Z');
    expect(m.t1).toBe(168);
  });
});

describe('a day-only event on an axis of hours', () => {
  const quake: LayoutEvent[] = [
    { ...event('2032-03-14T03:54+01:00', 'time'), id: 'quake' },
    { ...event('2032-03-14', 'day'), id: 'emergency' },
  ];
  const [quakeTime, dayTime] = eventTimes(quake);

  it('is drawn as its whole day, 00:00 to 24:00, not a point at noon', () => {
    expect(dayTime).toMatchObject({ kind: 'day', shape: 'span', start: Date.parse('2032-03-14T00:00Z'), end: Date.parse('2032-03-15T00:00Z') });
    expect(quakeTime).toMatchObject({ kind: 'time', shape: 'point', at: Date.parse('2032-03-14T02:54Z') });
  });

  it('stays a point where no event has a time of day (the axis is one of days)', () => {
    const [t] = eventTimes([event('2032-03-14', 'day'), event('2032-03-15', 'day')]);
    expect(t.shape).toBe('point');
  });
});
