import type { Citation } from '../../schemas/common.ts';
import type { SourceInfo } from '../format.ts';
import { paragraphHref, safeHref } from '../urls.ts';
import { reportInfo, type IncidentInput } from './reports.ts';
import { incidentWhenWords } from './tolls.ts';

/**
 * An incident's date for a spreadsheet, as written: a date, or an ISO 8601 interval with ".." for
 * an open end (ISO 8601-2), e.g. 2014-04/.. for "since April 2014".
 */
export function csvDate(date: IncidentInput['date']): string {
  if (typeof date !== 'object') return String(date);
  return `${date.from ?? '..'}/${date.to ?? '..'}`;
}

/** A cell a spreadsheet would run as a formula: starts with = + - @, a tab or a carriage return. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text that a spreadsheet could read as a formula gets a leading apostrophe (the
 * OWASP advice against CSV injection), then cells with a comma, quote or line break are quoted
 * with inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with CRLF line ends (RFC 4180). */
export function toCsv(rows: (string | number | undefined | null)[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
  'incident',
  'kind',
  'label',
  'place',
  'date',
  'date_text',
  'report',
  'qualifier',
  'value',
  'low',
  'high',
  'minimum',
  'as_stated',
  'reported_at',
  'reported_at_text',
  'source',
  'source_url',
] as const;

/** Where a citation can be read: the cited paragraph on the source's page, or the document's URL. */
function citationUrl(c: Citation, siteUrl: string, slug: string): string | undefined {
  if ('article' in c) return new URL(paragraphHref(slug, c.article, Math.min(...c.paragraphs)), siteUrl).href;
  return safeHref(c.url);
}

/**
 * The figures of one explainer as CSV: one line per report (the first, then each revision), with
 * the qualifier kept beside the number so nobody reads "68" as an exact count ("none": the source
 * gave a bare figure), the period a toll counts, when it was reported ("unknown" if the source does
 * not say) and its citation.
 */
export function casualtiesCsv(incidents: IncidentInput[], sources: SourceInfo[], siteUrl: string, slug: string): string {
  const rows: (string | number | undefined)[][] = [[...CSV_COLUMNS]];
  for (const inc of incidents) {
    inc.reports.forEach((report, i) => {
      const r = reportInfo(report, i, sources);
      const k = report.killed;
      rows.push([
        inc.id,
        inc.kind,
        inc.label,
        inc.place,
        csvDate(inc.date),
        incidentWhenWords(inc),
        i === 0 ? 'first' : `${report.correction ? 'correction' : 'revision'} ${i}`,
        k.qualifier,
        k.qualifier === 'range' ? undefined : k.value,
        k.qualifier === 'range' ? k.low : undefined,
        k.qualifier === 'range' ? k.high : undefined,
        // The smallest whole number of people the words allow: "more than 120" allows 121, not 120.
        k.qualifier === 'more-than' ? k.value + 1 : r.minimum,
        report.stated,
        report.reportedAt,
        r.reportedAtText,
        r.source,
        citationUrl(report.citation, siteUrl, slug),
      ]);
    });
  }
  return toCsv(rows);
}
