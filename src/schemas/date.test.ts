import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkDateQualifier, dateQualifierSchema, reportedAtSchema, whenSchema } from './date.ts';

const issues = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('whenSchema', () => {
  it.each(['2014', '2014-04', '2014-04-15', '2014-09-05T15:00Z', '2031-11-07T23:47+05:45'])('takes %s as written', (v) => {
    expect(whenSchema.parse(v)).toBe(v);
  });
  it('takes an unquoted year back to its text', () => {
    expect(whenSchema.parse(2014)).toBe('2014');
  });
  it('takes periods open at either end', () => {
    expect(whenSchema.parse({ from: '2014-04', to: '2014-09-05' })).toEqual({ from: '2014-04', to: '2014-09-05' });
    expect(whenSchema.parse({ from: 2014 })).toEqual({ from: '2014' });
    expect(whenSchema.parse({ to: '2014-09-05' })).toEqual({ to: '2014-09-05' });
  });
  it('says what is wrong with a date, on the date', () => {
    expect(issues(whenSchema, '2014-09-05T15:00')).toEqual([{ path: '', message: expect.stringContaining('a time needs its zone') }]);
    expect(issues(whenSchema, '2016-02-30')).toEqual([{ path: '', message: expect.stringContaining('is not a real day') }]);
  });
  it('says what is wrong with a period, on its field', () => {
    expect(issues(whenSchema, { from: '2014-09', to: '2014-04' })).toEqual([{ path: 'to', message: expect.stringContaining('must not end (2014-04) before it starts (2014-09)') }]);
    expect(issues(whenSchema, { from: 'April' })).toEqual([{ path: 'from', message: expect.stringContaining('must be a date written') }]);
    expect(issues(whenSchema, { since: '2014-04' })).toEqual([{ path: 'since', message: expect.stringContaining('a period has only from: and to:') }]);
    expect(issues(whenSchema, {})).toEqual([{ path: '', message: expect.stringContaining('a period needs from:, to: or both') }]);
  });
  it('refuses a list', () => {
    expect(issues(whenSchema, ['2014-04'])).toEqual([{ path: '', message: expect.stringContaining('must be a date (YYYY') }]);
  });
});

describe('the date qualifier', () => {
  const entry = z.object({ date: whenSchema, precision: dateQualifierSchema.optional() }).superRefine((e, ctx) => checkDateQualifier(e.date, e.precision, ctx));
  it('takes week on a day, approximate on anything, after on a date', () => {
    expect(issues(entry, { date: '2016-02-15', precision: 'week' })).toEqual([]);
    expect(issues(entry, { date: { from: '2014-04' }, precision: 'approximate' })).toEqual([]);
    expect(issues(entry, { date: '2016-02', precision: 'after' })).toEqual([]);
  });
  it('refuses what claims more or other than the date', () => {
    expect(issues(entry, { date: '2016-02', precision: 'week' })).toEqual([{ path: 'precision', message: expect.stringContaining('"week" is the week starting a day') }]);
    expect(issues(entry, { date: '2016-02', precision: 'day' })).toEqual([{ path: 'precision', message: expect.stringContaining('"day" needs a date written YYYY-MM-DD') }]);
    expect(issues(entry, { date: { from: '2016-02' }, precision: 'after' })).toEqual([{ path: 'precision', message: '"after" qualifies a single date, not a period' }]);
    expect(issues(entry, { date: '2016-02-15', precision: 'month' })).toEqual([{ path: 'precision', message: expect.stringContaining('must be one of: week, approximate, after') }]);
  });
});

describe('reportedAtSchema', () => {
  it('takes a date of any precision, or unknown', () => {
    expect(reportedAtSchema.parse('unknown')).toBe('unknown');
    expect(reportedAtSchema.parse('2031-11-08T06:00+05:45')).toBe('2031-11-08T06:00+05:45');
    expect(reportedAtSchema.parse(2031)).toBe('2031');
  });
  it('says unknown is the way to write a missing time', () => {
    expect(issues(reportedAtSchema, 'earlier')).toEqual([{ path: '', message: expect.stringContaining('or write unknown when the source does not say when') }]);
    expect(issues(reportedAtSchema, undefined)).toEqual([{ path: '', message: expect.stringContaining('is required: when the source reported the toll') }]);
  });
});

describe('a missing date', () => {
  it('says it is required and how to write it', () => {
    const entry = z.object({ date: whenSchema });
    expect(issues(entry, {})).toEqual([{ path: 'date', message: expect.stringContaining('is required: when it happened, as precisely as the source says') }]);
  });
});
