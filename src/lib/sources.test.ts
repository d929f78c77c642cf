import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS, sourceKindLabel, sourceLine, sourceNames } from './sources.ts';

describe('sourceLine names a source by its kind and outlet, never as an agency report by default', () => {
  it('with a dateline', () => {
    expect(sourceLine({ kind: 'agency-report', outlet: 'Agencies', dateline: 'Amman', published: '2016-02-21' })).toBe('Agency report (Agencies), Amman, 21 February 2016');
  });
  it('without one', () => {
    expect(sourceLine({ kind: 'newspaper', outlet: 'The Fixture Herald', published: '2031-11-08' })).toBe('Newspaper report (The Fixture Herald), 8 November 2031');
  });
  it('on a page in another language, keeps the source\'s own credit as one isolated run in brackets, with the page\'s commas around it', () => {
    expect(sourceLine({ kind: 'agency-report', outlet: 'Agencies', dateline: 'Amman', published: '2016-02-21', lang: 'en' }, 'ar')).toBe(
      'تقرير وكالة (\u2068Agencies, Amman\u2069)، 21 فبراير 2016',
    );
    expect(sourceLine({ kind: 'newspaper', outlet: 'The Fixture Herald', published: '2031-11-08', lang: 'en' }, 'ar')).toMatch(/^.+ \(\u2068The Fixture Herald\u2069\)، 8 نوفمبر 2031$/);
  });
  it('every kind has its words', () => {
    for (const kind of SOURCE_KINDS) expect(sourceKindLabel(kind)).toMatch(/^[A-Z][a-z]+( [a-z]+)?$/);
    expect(sourceKindLabel('broadcaster')).toBe('Broadcast report');
  });
});

describe('sourceNames: no two sources of a page read alike', () => {
  const reuters = (id: string, published: string, dateline?: string) => ({ id, kind: 'agency-report' as const, outlet: 'Reuters', published, dateline });
  it('names a source by kind and outlet while that is enough', () => {
    const names = sourceNames([reuters('a', '2032-03-14'), { id: 'b', kind: 'broadcaster', outlet: 'BBC News', published: '2032-03-14' }]);
    expect(names.get('a')).toEqual({ long: 'agency report (Reuters)', short: 'Reuters' });
    expect(names.get('b')!.short).toBe('BBC News');
  });
  it('adds the day, then the dateline, when two would be the same words', () => {
    const byDay = sourceNames([reuters('a', '2032-03-14'), reuters('b', '2032-03-17')]);
    expect(byDay.get('a')).toEqual({ long: 'agency report (Reuters), 14 March 2032', short: 'Reuters, 14 March 2032' });
    expect(byDay.get('b')!.long).toBe('agency report (Reuters), 17 March 2032');
    const byPlace = sourceNames([reuters('a', '2032-03-14', 'Tirana'), reuters('b', '2032-03-14', 'Durres')]);
    expect(byPlace.get('a')!.long).toBe('agency report (Reuters), Tirana, 14 March 2032');
    expect(new Set([...byPlace.values()].map((n) => n.long)).size).toBe(2);
  });
});
