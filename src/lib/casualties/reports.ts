import type { Killed, FigureReport } from '../../schemas/figure.ts';
import type { Citation } from '../../schemas/common.ts';
import type { DateQualifier, WhenInput } from '../dates.ts';
import { formatCitation, formatKilled, type SourceInfo } from '../format.ts';
import { reportedAtWords, UNKNOWN_TIME } from './tolls.ts';

/** What the chart needs of an incident: the content schema's output, minus loader extras. */
export interface IncidentInput {
  id: string;
  kind: 'incident' | 'total';
  label: string;
  place: string;
  /** A date of any precision, or the period a toll counts. */
  date: WhenInput;
  precision?: DateQualifier | 'day';
  /** A total: what one part is ("district", "attack"). */
  by?: string;
  parts?: string[];
  reports: FigureReport[];
}

/** Which report of each incident is drawn: the first one published, or the latest revision. */
export type View = 'first' | 'latest';
export const VIEWS: readonly View[] = ['first', 'latest'];

/** The smallest number of deaths a reported toll allows: the value, or the low end of a range. */
export function minimumOf(k: Killed): number {
  return k.qualifier === 'range' ? k.low : k.value;
}

/** The largest number a toll names: the high end of a range, else its value. */
export function maximumOf(k: Killed): number {
  return k.qualifier === 'range' ? k.high : k.value;
}

/** True for tolls that are lower bounds, drawn with an open end; a bare figure (none) is not one. */
export function isLowerBound(k: Killed): boolean {
  return k.qualifier === 'at-least' || k.qualifier === 'more-than';
}

export function reportOf(incident: IncidentInput, view: View): FigureReport {
  return view === 'first' ? incident.reports[0] : incident.reports[incident.reports.length - 1];
}

/**
 * When a toll was reported, in words at the precision given: "21 February 2016", "3 May 2031 at
 * 18:00 GMT+2" (a time in the zone it was written in), or "date not given".
 */
export function formatReportedAt(reportedAt: string, lang = 'en'): string {
  return reportedAtWords({ reportedAt, killed: { qualifier: 'none', value: 0 } }, lang);
}

/** A report as the chart, table and CSV show it. */
export interface ReportInfo {
  index: number;
  killed: Killed;
  /** "at least 68". */
  figure: string;
  minimum: number;
  stated?: string;
  /** As written in content, for `<time datetime>`; "unknown" when the source gives no time. */
  reportedAt: string;
  /** False for an earlier figure the source mentions without a time: no `<time>` for it. */
  reportedAtKnown: boolean;
  /** "21 February 2016", or "date not given". */
  reportedAtText: string;
  citation: Citation;
  /** The citation in one line, for labels, details and the CSV. */
  source: string;
  /** The source corrected an earlier figure downwards (`correction: true`): show it as a correction, not a revision. */
  correction: boolean;
}

export function reportInfo(report: FigureReport, index: number, sources: SourceInfo[], lang = 'en'): ReportInfo {
  return {
    index,
    killed: report.killed,
    figure: formatKilled(report.killed, lang),
    minimum: minimumOf(report.killed),
    stated: report.stated,
    reportedAt: report.reportedAt,
    reportedAtKnown: report.reportedAt !== UNKNOWN_TIME,
    reportedAtText: formatReportedAt(report.reportedAt, lang),
    citation: report.citation,
    source: formatCitation(report.citation, sources, lang),
    correction: report.correction === true,
  };
}

/**
 * The citations of many reports, merged for the line under the chart: one entry per source
 * article with all its cited paragraphs, then each outside document once.
 */
export function mergeCitations(citations: Citation[]): Citation[] {
  const articles = new Map<string, Set<number>>();
  const documents = new Map<string, Citation>();
  for (const c of citations) {
    if ('article' in c) {
      const set = articles.get(c.article) ?? new Set<number>();
      c.paragraphs.forEach((p) => set.add(p));
      articles.set(c.article, set);
    } else {
      documents.set(`${c.document}|${c.date}`, c);
    }
  }
  return [
    ...[...articles].map(([article, ps]) => ({ kind: 'article' as const, article, paragraphs: [...ps].sort((a, b) => a - b) })),
    ...documents.values(),
  ];
}

/**
 * Splits text into lines of at most `max` characters at spaces; a word longer than a line is cut
 * into pieces of `max` (SVG text never wraps, so it would run past the chart's edge).
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Breaks at ordinary spaces only: a thin or no-break space ("1 – 4 September") holds its words together.
  const words = text.split(/[ \t\r\n]+/).filter(Boolean).flatMap((w) => (w.length > max ? (w.match(new RegExp(`.{1,${max}}`, 'gu')) ?? [w]) : [w]));
  for (const word of words) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Incidents in the order the editor wrote them (the content store does not keep it). */
export function inFileOrder<T extends { loc?: { file: string; line: number } }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.loc && b.loc ? a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line : 0));
}
