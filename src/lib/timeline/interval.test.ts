import { describe, expect, it } from 'vitest';
import { DAY, dayStart, eventTime, parseIsoTime } from './interval.ts';

const at = (iso: string) => Date.parse(iso);

describe('parseIsoTime', () => {
  it('reads the unit each ISO 8601 form names, in UTC', () => {
    expect(parseIsoTime('2016')).toEqual({ t: at('2016-01-01T00:00Z'), unit: 'year' });
    expect(parseIsoTime('2016-02')).toEqual({ t: at('2016-02-01T00:00Z'), unit: 'month' });
    expect(parseIsoTime('2016-02-21')).toEqual({ t: at('2016-02-21T00:00Z'), unit: 'day' });
    expect(parseIsoTime('2016-02-21T14:30+02:00')).toEqual({ t: at('2016-02-21T12:30Z'), unit: 'time' });
    expect(() => parseIsoTime('21 Feb 2016')).toThrow(/ISO 8601/);
  });
  it('dayStart is midnight UTC of the first day', () => {
    expect(dayStart('2016-02-21T23:30Z')).toBe(at('2016-02-21T00:00Z'));
  });
});

describe('eventTime draws each precision for what it says', () => {
  it('a day is a point in the middle of that day; a time of day is that instant', () => {
    expect(eventTime('2016-02-21')).toMatchObject({ kind: 'day', shape: 'point', at: at('2016-02-21T12:00Z') });
    expect(eventTime('2016-02-21T09:15Z')).toMatchObject({ kind: 'time', shape: 'point', at: at('2016-02-21T09:15Z') });
  });
  it('a week is exactly the seven days from its date', () => {
    const w = eventTime('2016-02-15', 'week');
    expect(w).toMatchObject({ kind: 'week', shape: 'span', start: at('2016-02-15T00:00Z'), end: at('2016-02-22T00:00Z') });
  });
  it('a month and a year cover exactly that month and year', () => {
    expect(eventTime('2016-02')).toMatchObject({ kind: 'month', shape: 'span', start: at('2016-02-01T00:00Z'), end: at('2016-03-01T00:00Z') });
    expect(eventTime('2016')).toMatchObject({ kind: 'year', start: at('2016-01-01T00:00Z'), end: at('2017-01-01T00:00Z') });
  });
  it('"around" is the date with a window of a day either side, drawn as uncertainty at it', () => {
    const a = eventTime('2016-02-19', 'approximate');
    expect(a).toMatchObject({ shape: 'uncertain', at: at('2016-02-19T12:00Z'), start: at('2016-02-18T12:00Z'), end: at('2016-02-20T12:00Z') });
  });
  it('a span never ends past the report day it is known from, nor starts before the cause', () => {
    const report = at('2016-02-21T00:00Z');
    expect(eventTime('2016-02-15', 'week', { notAfter: report }).end).toBe(report);
    const quake = at('2031-05-01T12:00Z');
    const around = eventTime('2031-05-01', 'approximate', { notBefore: quake });
    expect(around.start).toBe(quake);
    expect(around.at).toBeGreaterThanOrEqual(around.start);
  });
  it('bounds that would leave nothing are ignored (the date is drawn as written)', () => {
    const w = eventTime('2016-02-21', 'week', { notAfter: at('2016-02-21T00:00Z') });
    expect(w.end - w.start).toBe(7 * DAY);
  });
  it('"after" is an open arrow from the date', () => {
    expect(eventTime('2016-02-21', 'after')).toMatchObject({ shape: 'open', at: at('2016-02-21T12:00Z') });
  });
});
