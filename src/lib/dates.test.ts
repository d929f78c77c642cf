import { describe, expect, it } from 'vitest';
import { endsBefore, formatIsoDate, formatWhen, parseIsoDate, parseWhen, precisionKind, type IsoDate, type When } from './dates.ts';

const date = (text: unknown) => {
  const d = parseIsoDate(text);
  if ('problem' in d) throw new Error(d.problem);
  return d as IsoDate;
};
const when = (input: unknown, q?: Parameters<typeof parseWhen>[1]) => {
  const w = parseWhen(input, q);
  if ('problem' in w) throw new Error(w.problem);
  return w as When;
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseIsoDate reads each ISO 8601 form at its own precision, as a UTC interval', () => {
  it('a year is the whole year, also when YAML read it as a number', () => {
    expect(date('2014')).toMatchObject({ precision: 'year' });
    expect(iso(date(2014).start)).toBe('2014-01-01T00:00:00.000Z');
    expect(iso(date(2014).end)).toBe('2015-01-01T00:00:00.000Z');
  });
  it('a month is that month, however many days it has', () => {
    const feb = date('2016-02');
    expect(feb.precision).toBe('month');
    expect(iso(feb.start)).toBe('2016-02-01T00:00:00.000Z');
    expect(iso(feb.end)).toBe('2016-03-01T00:00:00.000Z');
  });
  it('a day is that UTC day', () => {
    const d = date('2016-02-21');
    expect([iso(d.start), iso(d.end), d.precision]).toEqual(['2016-02-21T00:00:00.000Z', '2016-02-22T00:00:00.000Z', 'day']);
  });
  it('a time with Z or an offset is the instant in UTC, and keeps the offset for display', () => {
    expect(date('2014-09-05T15:00Z')).toMatchObject({ precision: 'time', offset: '+00:00', start: Date.UTC(2014, 8, 5, 15) });
    const kathmandu = date('2031-11-07T23:47+05:45');
    expect(iso(kathmandu.start)).toBe('2031-11-07T18:02:00.000Z');
    expect(kathmandu.offset).toBe('+05:45');
    expect(iso(date('2014-09-05T09:30-04:00').start)).toBe('2014-09-05T13:30:00.000Z');
    expect(iso(date('2031-05-02T09:30:00Z').start)).toBe('2031-05-02T09:30:00.000Z');
  });
  it.each([
    ['2016-02-30', 'is not a real day'],
    ['2016-13', 'month 13 does not exist'],
    ['2014-09-05T15:00', 'a time needs its zone: add Z (UTC) or the offset the source gives, e.g. 2014-09-05T15:00Z'],
    ['2014-09-05T25:00Z', 'is not a time of day'],
    ['2014-09-05T10:00+15:00', 'is not a UTC offset'],
    ['5 September 2014', 'must be a date written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with Z or an offset'],
    ['2014/09/05', 'must be a date written'],
    [true, 'must be a date written'],
  ])('refuses %j: "%s"', (input, message) => {
    const r = parseIsoDate(input);
    expect('problem' in r && r.problem).toContain(message);
  });
});

describe('parseWhen reads a date or a period with its qualifier', () => {
  it('a period from a month to a day spans both whole', () => {
    const w = when({ from: '2014-04', to: '2014-09-05' });
    expect([iso(w.start), iso(w.end), w.period]).toEqual(['2014-04-01T00:00:00.000Z', '2014-09-06T00:00:00.000Z', true]);
  });
  it('a period with only from: is open at its end, with only to: open at its start', () => {
    expect(when({ from: '2014-04' }).end).toBe(Infinity);
    expect(when({ to: '2014-09-05' }).start).toBe(-Infinity);
  });
  it('"week" is the seven days from a day; "after" starts when the day ends', () => {
    expect(iso(when('2016-02-15', 'week').end)).toBe('2016-02-22T00:00:00.000Z');
    const after = when('2016-02-21', 'after');
    expect([iso(after.start), after.end]).toEqual(['2016-02-22T00:00:00.000Z', Infinity]);
  });
  it.each([
    [{ from: '2014-09', to: '2014-04' }, undefined, 'must not end (2014-04) before it starts (2014-09)', ['to']],
    [{ from: '2014-04', until: '2014-09' }, undefined, 'a period has only from: and to:', ['until']],
    [{}, undefined, 'a period needs from:, to: or both', []],
    [{ from: '2014-04-31' }, undefined, 'is not a real day', ['from']],
    ['2016-02', 'week', '"week" is the week starting a day', []],
    [{ from: '2016-02' }, 'after', '"after" qualifies a single date, not a period', []],
  ] as const)('refuses %j (%s) with the field it is about', (input, q, message, path) => {
    const r = parseWhen(input, q);
    expect(r).toMatchObject({ path });
    expect('problem' in r && r.problem).toContain(message);
  });
});

describe('formatWhen writes dates as precisely as they were given, never more', () => {
  it('each precision in words, through Intl (day month year)', () => {
    expect(formatIsoDate(date('2014'))).toBe('2014');
    expect(formatIsoDate(date('2014-04'))).toBe('April 2014');
    expect(formatIsoDate(date('2016-02-21'))).toBe('21 February 2016');
    expect(formatIsoDate(date('2016-02-21'), 'en', true)).toBe('21 Feb 2016');
  });
  it('a time in the zone it was written in, with that zone', () => {
    expect(formatIsoDate(date('2014-09-05T15:00Z'))).toBe('5 September 2014 at 15:00 GMT');
    expect(formatIsoDate(date('2031-11-07T23:47+05:45'))).toBe('7 November 2031 at 23:47 GMT+5:45');
    expect(formatIsoDate(date('2031-05-03T18:00+02:00'))).toBe('3 May 2031 at 18:00 GMT+2');
  });
  it('a day is the same day whatever zone the build runs in', () => {
    // The test zone is pinned to UTC (vitest.config.ts); formatting reads UTC explicitly anyway.
    expect(formatIsoDate(date('2016-01-01'))).toBe('1 January 2016');
  });
  it('periods: shared parts once, "since" an open start, "as of" for a toll with no start', () => {
    expect(formatWhen(when({ from: '2031-09-01', to: '2031-09-04' }))).toBe('1\u2009–\u20094 September 2031');
    expect(formatWhen(when({ from: '2014-04', to: '2014-09' }))).toBe('April\u2009–\u2009September 2014');
    expect(formatWhen(when({ from: '2014-04', to: '2014-09-05' }))).toBe('April 2014 – 5 September 2014');
    expect(formatWhen(when({ from: '2014-04' }))).toBe('since April 2014');
    expect(formatWhen(when({ to: '2014-09-05' }), 'en', { as: 'toll' })).toBe('as of 5 September 2014');
    expect(formatWhen(when({ to: '2014-09-05' }))).toBe('until 5 September 2014');
  });
  it('qualifiers keep their words', () => {
    expect(formatWhen(when('2016-02-15', 'week'))).toBe('week of 15 February 2016');
    expect(formatWhen(when('2014-04', 'approximate'))).toBe('around April 2014');
    expect(formatWhen(when({ from: '2014-04' }, 'approximate'))).toBe('since around April 2014');
    expect(formatWhen(when('2016-02-21', 'after'))).toBe('after 21 February 2016');
  });
});

describe('comparisons in UTC', () => {
  it('a time in Kathmandu late on the 7th is before a UTC day on the 8th, and inside the UTC 7th', () => {
    const quake = when('2031-11-07T23:47+05:45');
    expect(endsBefore(quake, when('2031-11-08'))).toBe(true);
    expect(endsBefore(when('2031-11-07'), quake)).toBe(false);
  });
  it('a day inside a month does not end before it; approximate dates are never ordered strictly', () => {
    expect(endsBefore(when('2014-04'), when('2014-04-15'))).toBe(false);
    expect(endsBefore(when('2014-03-31'), when('2014-04'))).toBe(true);
    expect(endsBefore(when('2014-03-01', 'approximate'), when('2014-04'))).toBe(false);
  });
});

describe('precisionKind tells the timeline how to draw a date', () => {
  it.each([
    ['2014', undefined, 'year'],
    ['2014-04', undefined, 'month'],
    ['2014-04-15', undefined, 'day'],
    ['2014-04-15T10:00Z', undefined, 'time'],
    ['2014-04-14', 'week', 'week'],
    ['2014-04', 'approximate', 'approximate'],
  ] as const)('%s %s → %s', (input, q, kind) => {
    expect(precisionKind(when(input, q))).toBe(kind);
  });
});
