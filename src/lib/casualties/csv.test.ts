import { describe, expect, it } from 'vitest';
import { casualtiesCsv, csvCell, toCsv, CSV_COLUMNS } from './csv.ts';
import { REVISED, SEED, SOURCES } from '../../../tests/helpers/casualty-fixtures.ts';
import { parseCsv } from '../../../tests/helpers/parse-csv.ts';

describe('csvCell', () => {
  it('defuses text a spreadsheet would run as a formula by prefixing an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('quotes commas, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('Damascus, Homs')).toBe('"Damascus, Homs"');
    expect(csvCell('say "at least"')).toBe('"say ""at least"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('at least 68 people')).toBe('at least 68 people');
    expect(csvCell(68)).toBe('68');
    expect(csvCell(undefined)).toBe('');
  });

  it('joins rows with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 2]])).toBe('a,b\r\n1,2\r\n');
  });
});

describe('casualtiesCsv', () => {
  it('writes one line per report with qualifier, numbers, time and citation', () => {
    const rows = parseCsv(casualtiesCsv(SEED, SOURCES, 'https://x.org/', 'syria'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const damascus = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(damascus).toMatchObject({
      incident: 'damascus-bombings', kind: 'incident', report: 'first', qualifier: 'at-least', value: '68', low: '', high: '',
      minimum: '68', as_stated: 'at least 68 people', reported_at: '2016-02-21',
      source: 'Agency report (Agencies), Amman, 21 February 2016, paragraph 7', source_url: 'https://x.org/syria/source/wire/#source-wire-p7',
    });
    expect(rows[3][CSV_COLUMNS.indexOf('qualifier')]).toBe('more-than');
  });

  it('gives "more than 120" a minimum of 121, the smallest count the words allow', () => {
    const rows = parseCsv(casualtiesCsv(SEED, SOURCES, 'https://x.org/', 'syria'));
    expect(rows[3][CSV_COLUMNS.indexOf('value')]).toBe('120');
    expect(rows[3][CSV_COLUMNS.indexOf('minimum')]).toBe('121');
  });

  it('keeps the first report and lists each revision after it, ranges with low and high', () => {
    const rows = parseCsv(casualtiesCsv(REVISED, SOURCES, 'https://x.org/', 'syria'));
    const col = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf(name)]);
    expect(col('report')).toEqual(['first', 'revision 1', 'revision 2', 'first', 'revision 1', 'first']);
    expect(col('value')).toEqual(['68', '83', '90', '59', '', '120']);
    expect(col('low')[4]).toBe('57');
    expect(col('high')[4]).toBe('64');
    expect(col('source_url')[2]).toBe('https://example.org/update');
  });

  it('names a downward correction by the source as a correction, not a revision', () => {
    const corrected = [{ ...SEED[0], reports: [...SEED[0].reports, { killed: { qualifier: 'at-least' as const, value: 40 }, reportedAt: '2016-02-22', citation: SEED[0].reports[0].citation, correction: true as const }] }];
    const rows = parseCsv(casualtiesCsv(corrected, SOURCES, 'https://x.org/', 'x'));
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('report')])).toEqual(['first', 'correction 1']);
  });

  it('defuses formulas in editor-written text', () => {
    const evil = [{ ...SEED[0], label: '=cmd|" /C calc"!A0', reports: [{ ...SEED[0].reports[0], stated: '@at least 68' }] }];
    const rows = parseCsv(casualtiesCsv(evil, SOURCES, 'https://x.org/', 'x'));
    expect(rows[1][CSV_COLUMNS.indexOf('label')]).toBe(`'=cmd|" /C calc"!A0`);
    expect(rows[1][CSV_COLUMNS.indexOf('as_stated')]).toBe(`'@at least 68`);
  });

  it('gives a toll over a period its interval and words, and an earlier figure with no time "unknown"', () => {
    const war = {
      ...SEED[0], id: 'war', label: 'The war', place: 'the east', date: { from: '2031-04' },
      reports: [
        { killed: { qualifier: 'none' as const, value: 37 }, reportedAt: 'unknown', citation: SEED[0].reports[0].citation },
        { killed: { qualifier: 'more-than' as const, value: 2600 }, reportedAt: '2031-09-05T15:00Z', citation: SEED[0].reports[0].citation },
      ],
    };
    const shelling = { ...SEED[0], id: 'shelling', date: { from: '2031-09-01', to: '2031-09-04' } };
    const rows = parseCsv(casualtiesCsv([war, shelling], SOURCES, 'https://x.org/', 'x'));
    const cell = (r: number, c: (typeof CSV_COLUMNS)[number]) => rows[r][CSV_COLUMNS.indexOf(c)];
    expect([cell(1, 'date'), cell(1, 'date_text')]).toEqual(['2031-04/..', 'since April 2031']);
    expect([cell(1, 'qualifier'), cell(1, 'value'), cell(1, 'reported_at'), cell(1, 'reported_at_text')]).toEqual(['none', '37', 'unknown', 'date not given']);
    expect(cell(2, 'reported_at_text')).toBe('5 September 2031 at 15:00 GMT');
    expect([cell(3, 'date'), cell(3, 'date_text')]).toEqual(['2031-09-01/2031-09-04', '1\u2009–\u20094 September 2031']);
  });
});
