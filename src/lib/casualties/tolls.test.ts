import { describe, expect, it } from 'vitest';
import {
  comparableSum,
  incidentWhenWords,
  isCumulative,
  killedWords,
  partNoun,
  reportLine,
  reportedAtWords,
  sumQualifier,
  totalNote,
  type TollIncident,
  type TollKilled,
  type TollReport,
} from './tolls.ts';

const r = (killed: TollKilled, reportedAt: string): TollReport => ({ killed, reportedAt });
const inc = (over: Partial<TollIncident> & { label?: string } = {}) => ({
  label: 'Incident',
  place: 'Orlen',
  date: '2031-09-01' as TollIncident['date'],
  reports: [],
  ...over,
});

describe('killedWords keeps what the source says, and no more', () => {
  it('a bare figure is the figure alone: neither "exactly" nor "at least"', () => {
    expect(killedWords({ qualifier: 'none', value: 37 })).toBe('37');
  });
  it('qualifiers in words, with thousands grouped', () => {
    expect(killedWords({ qualifier: 'more-than', value: 2600 })).toBe('more than 2,600');
    expect(killedWords({ qualifier: 'at-least', value: 69 })).toBe('at least 69');
    expect(killedWords({ qualifier: 'about', value: 25 })).toBe('about 25');
    expect(killedWords({ qualifier: 'range', low: 3, high: 5 })).toBe('between 3 and 5');
  });
});

describe('when a toll was reported', () => {
  it('at the precision given, a time in its zone', () => {
    expect(reportedAtWords(r({ qualifier: 'none', value: 1 }, '2031-09'))).toBe('September 2031');
    expect(reportedAtWords(r({ qualifier: 'none', value: 1 }, '2031-11-08T06:00+05:45'))).toBe('8 November 2031 at 06:00 GMT+5:45');
  });
  it('"unknown" says the date is not given, never a made-up one', () => {
    expect(reportedAtWords(r({ qualifier: 'none', value: 37 }, 'unknown'))).toBe('date not given');
  });
});

describe('tolls over a period', () => {
  const war = inc({ date: { from: '2031-04' }, place: 'eastern Kestria' });
  it('a toll with a period is cumulative; one on a date is not', () => {
    expect(isCumulative(war)).toBe(true);
    expect(isCumulative(inc())).toBe(false);
  });
  it('"since" an open start, from–to a closed period, "as of" with no start', () => {
    expect(incidentWhenWords(war)).toBe('since April 2031');
    expect(incidentWhenWords(inc({ date: { from: '2031-09-01', to: '2031-09-04' } }))).toBe('1\u2009–\u20094 September 2031');
    expect(incidentWhenWords(inc({ date: { to: '2031-09-05' } }))).toBe('as of 5 September 2031');
  });
  it('an open period is counted up to each report: the report date is its "as of"', () => {
    expect(reportLine(war, r({ qualifier: 'more-than', value: 2600 }, '2031-09-05'), 'latest')).toBe(
      'more than 2,600 killed, since April 2031 · as of 5 September 2031',
    );
  });
  it('a closed period keeps its dates and says when the toll was reported', () => {
    const shelling = inc({ date: { from: '2031-09-01', to: '2031-09-04' } });
    expect(reportLine(shelling, r({ qualifier: 'none', value: 96 }, '2031-09-05'), 'only')).toBe(
      '96 killed, 1\u2009–\u20094 September 2031 · reported 5 September 2031',
    );
  });
});

describe('reportLine on a single date', () => {
  const one = inc({ date: '2016-02-21' });
  it('says reported, first reported or revised', () => {
    const k: TollKilled = { qualifier: 'at-least', value: 68 };
    expect(reportLine(one, r(k, '2016-02-21'), 'only')).toBe('at least 68 killed · reported 21 February 2016');
    expect(reportLine(one, r(k, '2016-02-21'), 'first')).toBe('at least 68 killed · first reported 21 February 2016');
    expect(reportLine(one, r(k, '2016-02-23T09:30Z'), 'latest')).toBe('at least 68 killed · revised 23 February 2016 at 09:30 GMT');
  });
  it('an earlier figure with no time says so', () => {
    expect(reportLine(one, r({ qualifier: 'none', value: 37 }, 'unknown'), 'first')).toBe('37 killed · earlier report, date not given');
    expect(reportLine(one, r({ qualifier: 'none', value: 37 }, 'unknown'), 'only')).toBe('37 killed · reported, date not given');
  });
});

describe('sums of parts', () => {
  it('sumQualifier: exact only if all are; a minimum if one is; bare figures stay bare', () => {
    expect(sumQualifier([{ qualifier: 'exactly', value: 1 }, { qualifier: 'exactly', value: 2 }])).toBe('exactly');
    expect(sumQualifier([{ qualifier: 'none', value: 41 }, { qualifier: 'at-least', value: 28 }])).toBe('at-least');
    expect(sumQualifier([{ qualifier: 'none', value: 41 }, { qualifier: 'exactly', value: 2 }])).toBe('none');
    expect(sumQualifier([{ qualifier: 'none', value: 41 }, { qualifier: 'about', value: 2 }])).toBe('about');
    expect(sumQualifier([{ qualifier: 'range', low: 3, high: 5 }, { qualifier: 'exactly', value: 2 }])).toBe('at-least');
  });
  it('the parts are named in the editor\'s word, never "attack" by default', () => {
    expect(partNoun({ by: 'district' })).toBe('district');
    expect(partNoun({})).toBe('part');
  });

  // The Korath quake: 37 earlier (no time), then at least 69 on the 8th, by district on the 8th.
  const dalmi = inc({ label: 'Dalmi', place: 'Dalmi district', reports: [r({ qualifier: 'none', value: 41 }, '2031-11-08')] });
  const serat = inc({ label: 'Serat', place: 'Serat district', reports: [r({ qualifier: 'at-least', value: 28 }, '2031-11-08')] });
  const first = r({ qualifier: 'none', value: 37 }, 'unknown');
  const latest = r({ qualifier: 'at-least', value: 69 }, '2031-11-08');
  const quake = inc({ label: 'Quake', place: 'western Korath', by: 'district', reports: [first, latest] });

  it('compares like with like: a total with no time is not set against later district figures', () => {
    expect(comparableSum(first, [dalmi, serat])).toBeUndefined();
    expect(totalNote(quake, first, [dalmi, serat])).toBe(
      "The source's total for western Korath, 37, is not set beside the tolls for each district: they were not reported at the same time.",
    );
  });
  it('a part first reported after the total has no figure to add yet', () => {
    const early = r({ qualifier: 'at-least', value: 30 }, '2031-11-07');
    expect(comparableSum(early, [dalmi, serat])).toBeUndefined();
  });
  it('takes each part as it stood at the time of the total: its latest report not after it', () => {
    const revised = inc({ reports: [r({ qualifier: 'at-least', value: 10 }, '2031-11-08'), r({ qualifier: 'at-least', value: 50 }, '2031-11-10')] });
    expect(comparableSum(latest, [revised, serat])).toMatchObject({ sum: 38, qualifier: 'at-least' });
  });
  it('a same-day total sums the parts, worded for districts', () => {
    expect(comparableSum(latest, [dalmi, serat])).toMatchObject({ sum: 69, qualifier: 'at-least' });
    expect(totalNote(quake, latest, [dalmi, serat])).toBe(
      "The tolls reported for each district add up to at least 69 (Dalmi district 41 + Serat district 28), the same as the source's total for western Korath, at least 69.",
    );
  });
  it('a total above or below the sum of two minimums, or beside a figure of another kind', () => {
    const attacks = inc({ place: 'Damascus and Homs', by: 'attack' });
    const d = inc({ place: 'Damascus', reports: [r({ qualifier: 'at-least', value: 68 }, '2016-02-21')] });
    const h = inc({ place: 'Homs', reports: [r({ qualifier: 'at-least', value: 59 }, '2016-02-21')] });
    expect(totalNote(attacks, r({ qualifier: 'more-than', value: 120 }, '2016-02-21'), [d, h])).toBe(
      "Added up, the tolls reported for each attack fit the source's total for Damascus and Homs: both are minimums.",
    );
    expect(totalNote(attacks, r({ qualifier: 'at-least', value: 130 }, '2016-02-21'), [d, h])).toContain('3 less than the source\'s total');
    expect(totalNote(attacks, r({ qualifier: 'about', value: 130 }, '2016-02-21'), [d, h])).toBe(
      "The tolls reported for each attack add up to at least 127 (Damascus 68 + Homs 59); the source's total for Damascus and Homs is about 130.",
    );
  });
});
