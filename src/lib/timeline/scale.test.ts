import { describe, expect, it } from 'vitest';
import { DAY } from './interval.ts';
import { axisBreaks, axisDomain, BREAK_SIZE, timeAxis } from './scale.ts';
import { axisTicks } from './ticks.ts';

const day = (iso: string) => Date.parse(`${iso}T12:00Z`);
const points = (...isos: string[]) => isos.map((d) => ({ start: day(d), end: day(d) }));

describe('the piecewise time axis', () => {
  const months = points('2014-04-02', '2014-04-05', '2014-04-09', '2014-06-20', '2014-09-05', '2014-09-05');
  const domain = axisDomain(months);
  const breaks = axisBreaks(months, domain);

  it('compresses gaps longer than 4× the usual spacing, a day kept either side', () => {
    expect(breaks.map(([a, b]) => [new Date(a).toISOString().slice(0, 10), new Date(b).toISOString().slice(0, 10)])).toEqual([
      ['2014-04-11', '2014-06-19'],
      ['2014-06-22', '2014-09-04'],
    ]);
  });

  it('is to scale within segments: the same units per day in every to-scale segment', () => {
    const axis = timeAxis(domain, breaks, { start: 0, length: 600 });
    const rates = axis.segments.filter((s) => s.kind === 'scale').map((s) => (s.r1 - s.r0) / ((s.to - s.from) / DAY));
    for (const r of rates) expect(r).toBeCloseTo(rates[0], 6);
    for (const s of axis.segments.filter((seg) => seg.kind === 'break')) expect(s.r1 - s.r0).toBe(BREAK_SIZE);
    expect(axis.end).toBeCloseTo(600, 6);
    // d3's scaleUtc with a multi-point domain is that piecewise scale.
    expect(axis.scale(new Date(day('2014-04-05'))) - axis.scale(new Date(day('2014-04-02')))).toBeCloseTo(3 * rates[0], 6);
  });

  it('has no break when events are evenly spread', () => {
    const even = points('2016-02-11', '2016-02-13', '2016-02-15', '2016-02-17');
    expect(axisBreaks(even, axisDomain(even))).toEqual([]);
  });

  it('enlarges a crowded day to the room asked for, and says so', () => {
    const axis = timeAxis(domain, breaks, { start: 0, unitsPerDay: 10, minDay: new Map([[Date.parse('2014-09-05T00:00Z'), 120]]) });
    const enlarged = axis.segments.find((s) => s.kind === 'enlarged')!;
    expect(enlarged.r1 - enlarged.r0).toBe(120);
    const ticks = axisTicks(axis, 'vertical');
    expect(ticks.find((t) => t.kind === 'day')?.label).toEqual(['5 Sep']);
  });

  it('ticks dates at midnights only, never "06:00" for events that have no time of day', () => {
    const seed = points('2016-02-11', '2016-02-12');
    const axis = timeAxis(axisDomain(seed), [], { start: 0, length: 5000 });
    const ticks = axisTicks(axis, 'horizontal');
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t.label.join(' ')).not.toMatch(/:/);
  });
});

describe('hour ticks', () => {
  // An earthquake story: events at hours over three days.
  const quake = ['2032-03-14T03:54Z', '2032-03-14T09:00Z', '2032-03-15T18:00Z', '2032-03-16T07:30Z'].map((iso) => ({ start: Date.parse(iso), end: Date.parse(iso) }));
  const axis = timeAxis(axisDomain(quake), [], { start: 0, length: 1200 });
  const ticks = axisTicks(axis, 'horizontal', 60 * 60 * 1000);

  it('name the day on the first tick of the axis and of each day, as d3 multi-scale does', () => {
    expect(ticks.some((t) => /^\d\d:\d\d$/.test(t.label[0]))).toBe(true);
    expect(ticks[0].label.join(' ')).toMatch(/1[34] Mar/);
    const days = new Set(ticks.map((t) => t.date.slice(0, 10)));
    for (const d of days) {
      const first = ticks.find((t) => t.date.startsWith(d))!;
      expect(first.label.join(' ')).toMatch(new RegExp(`${Number(d.slice(8))} Mar`));
    }
    // Later ticks of the same day say only the hour.
    const later = ticks.filter((t, i) => i > 0 && t.date.slice(0, 10) === ticks[i - 1].date.slice(0, 10));
    expect(later.length).toBeGreaterThan(0);
    for (const t of later) expect(t.label).toEqual([expect.stringMatching(/^\d\d:\d\d$/)]);
  });

  it('never read as a bare run of hours: every axis of hours names a date', () => {
    const short = timeAxis([Date.parse('2032-03-14T06:00Z'), Date.parse('2032-03-14T10:00Z')], [], { start: 0, length: 800 });
    const t = axisTicks(short, 'horizontal', 60 * 60 * 1000);
    expect(t[0].label).toContain('14 Mar 2032');
  });

  it('names the year on the first tick and where the year changes, once', () => {
    const axis = timeAxis([Date.parse('2031-12-20T00:00Z'), Date.parse('2032-01-12T00:00Z')], [], { start: 0, length: 800 });
    const labels = axisTicks(axis, 'horizontal').map((t) => t.label.join(' '));
    expect(labels[0]).toMatch(/ 2031$/);
    expect(labels.filter((l) => / 2032$/.test(l))).toHaveLength(1);
    expect(labels.filter((l) => /\d{4}$/.test(l))).toHaveLength(2);
  });
});
