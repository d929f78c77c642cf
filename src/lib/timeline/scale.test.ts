import { describe, expect, it } from 'vitest';
import { dayStart, eventInterval, timeScale, timeTicks, DAY, APPROXIMATE_DAYS, OPEN_SPAN_DAYS } from './scale';

describe('dayStart', () => {
  it('reads YYYY-MM-DD as midnight UTC, whatever the machine zone (tests run at UTC+14)', () => {
    expect(process.env.TZ).toBe('Pacific/Kiritimati');
    expect(dayStart('2016-02-21')).toBe(Date.UTC(2016, 1, 21));
    expect(new Date(dayStart('2016-02-29')).toISOString()).toBe('2016-02-29T00:00:00.000Z');
  });
  it('refuses anything that is not a date', () => {
    expect(() => dayStart('21/02/2016')).toThrow(/YYYY-MM-DD/);
  });
});

describe('eventInterval', () => {
  const t = Date.UTC(2016, 1, 15);
  it('puts a day event at the middle of its day, as a point', () => {
    expect(eventInterval('2016-02-15', 'day')).toEqual({ start: t + DAY / 2, end: t + DAY / 2, point: true });
  });
  it('spans a week from its first day', () => {
    expect(eventInterval('2016-02-15', 'week')).toEqual({ start: t, end: t + 7 * DAY, point: false });
  });
  it('spans an approximate date around its day', () => {
    const i = eventInterval('2016-02-15', 'approximate');
    expect(i.point).toBe(false);
    expect((i.start + i.end) / 2).toBe(t + DAY / 2);
    expect(i.end - i.start).toBe(2 * APPROXIMATE_DAYS * DAY);
  });
  it('opens an "after" event forwards from its date', () => {
    const i = eventInterval('2016-02-15', 'after');
    expect(i.start).toBe(t + DAY / 2);
    expect(i.end - i.start).toBe(OPEN_SPAN_DAYS * DAY);
  });
});

describe('timeScale and timeTicks', () => {
  it('pads the domain by a day each side of the events', () => {
    const s = timeScale([eventInterval('2016-02-11', 'day'), eventInterval('2016-02-27', 'day')], [0, 100]);
    expect(s.domain().map((d) => d.toISOString())).toEqual(['2016-02-10T12:00:00.000Z', '2016-02-28T12:00:00.000Z']);
  });
  it('uses the from/to props as the domain, both days included', () => {
    const s = timeScale([eventInterval('2016-02-21', 'day')], [0, 100], '2016-02-20', '2016-02-22');
    expect(s.domain().map((d) => d.toISOString())).toEqual(['2016-02-20T00:00:00.000Z', '2016-02-23T00:00:00.000Z']);
    expect(s(new Date(Date.UTC(2016, 1, 21, 12)))).toBeCloseTo(50, 6);
  });
  it('labels ticks in UTC days ("21 Feb"), never shifted by the local zone', () => {
    const s = timeScale([], [0, 700], '2016-02-11', '2016-02-27');
    const ticks = timeTicks(s, 8);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const tick of ticks) {
      expect(tick.label).toBe(`${Number(tick.date.slice(8))} Feb`);
      expect(tick.at).toBeCloseTo(s(new Date(`${tick.date}T00:00:00Z`)), 6);
    }
  });
  it('labels by month, then year, as the span grows', () => {
    expect(timeTicks(timeScale([], [0, 700], '2016-01-01', '2016-12-31'), 6)[0].label).toMatch(/^[A-Z][a-z]{2} 2016$/);
    expect(timeTicks(timeScale([], [0, 700], '2010-01-01', '2020-12-31'), 6)[0].label).toMatch(/^\d{4}$/);
  });
});
