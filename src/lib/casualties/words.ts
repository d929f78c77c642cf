/**
 * The casualty chart's words: the value line under each label, what a screen reader announces on
 * each bar, the note under a total and the chart's description. Generated from the data through
 * t(), so they can never disagree with the bars. Geometry is in geometry.ts; what a toll means
 * (qualifiers, periods, like-with-like sums) is in tolls.ts.
 */
import { formatKilled } from '../format.ts';
import { t } from '../i18n.ts';
import { WRAP } from './geometry.ts';
import { formatReportedAt, minimumOf, reportOf, wrapText, type IncidentInput, type ReportInfo, type View } from './reports.ts';
import { comparableSum, incidentWhenWords, partNoun, reportLine, totalNote } from './tolls.ts';

/** The words of one bar in one view. */
export interface BarWords {
  /** The lines under the label: "at least 68 killed · reported 21 February 2016". */
  valueLines: string[];
  /** What a screen reader announces on the bar: its label and value lines, then the source. */
  ariaLabel: string;
}

const VALUE_WRAP = WRAP + 8;

/**
 * A value line wrapped to the chart's width. One too long for a phone breaks at its seams first,
 * after " ·" and before "(" ("at least 68 killed ·" / "reported 21 February 2016"), so no year or
 * ")" is left alone on a line; the SVG cannot rewrap, so at 1280 px the lines read as set, not as a
 * phone's wrapping. A piece still too long wraps at spaces. The lines joined are the line unwrapped
 * (the bar's name begins with the words it shows, WCAG 2.5.3).
 */
const wrapValue = (text: string): string[] =>
  text.length <= VALUE_WRAP ? [text] : text.split(/(?<= ·) | (?=\()/).flatMap((part) => wrapText(part, VALUE_WRAP));

/** A bar's label, wrapped to the chart's width. */
export const labelLines = (label: string) => wrapText(label, WRAP);

/** True when the source corrected the toll (`correction: true`) and it now stands below the first report. */
export const revisedDown = (reports: { correction?: boolean; minimum: number }[]) =>
  reports.slice(1).some((r) => r.correction) && reports[reports.length - 1].minimum < reports[0].minimum;

/** The report this view shows, in words, and how it stands to the first one when it was revised. */
function reportLines(inc: IncidentInput, reports: ReportInfo[], view: View, lang: string): string[] {
  const first = reports[0];
  const latest = reports[reports.length - 1];
  const revised = reports.length > 1;
  const r = view === 'first' ? first : latest;
  const lines = [reportLine(inc, inc.reports[r.index], !revised ? 'only' : view, lang)];
  if (revised && view === 'latest') {
    lines.push(
      revisedDown(reports)
        ? t('casualties.revisedDown', { first: first.figure, latest: latest.figure }, lang)
        : t('casualties.wasFirst', { figure: first.figure }, lang),
    );
  }
  return lines;
}

/** Words of an incident's bar: the report this view shows, and the first one when it was revised. */
export function incidentWords(inc: IncidentInput, reports: ReportInfo[], view: View, lang = 'en'): BarWords {
  const r = view === 'first' ? reports[0] : reports[reports.length - 1];
  const values = reportLines(inc, reports, view, lang);
  // Starts with the words on screen (WCAG 2.5.3, label in name), then the source.
  return { valueLines: values.flatMap(wrapValue), ariaLabel: `${labelLines(inc.label).join(' ')} — ${values.join(' ')}. ${r.source}.` };
}

/**
 * Words of a total's bar: its parts added up as they stood when the total was reported (like
 * with like), then the figure the source itself gives; the note compares the two.
 */
export function totalWords(total: IncidentInput, reports: ReportInfo[], parts: IncidentInput[], view: View, lang = 'en'): BarWords & { note: string } {
  const r = view === 'first' ? reports[0] : reports[reports.length - 1];
  const report = total.reports[r.index];
  const cmp = comparableSum(report, parts);
  const added = cmp
    ? [t('casualties.addedUp', { figure: formatKilled({ qualifier: cmp.qualifier, value: cmp.sum }, lang), parts: parts.map((p, i) => `${p.place} ${minimumOf(cmp.reports[i].killed)}`).join(' + ') }, lang)]
    : [];
  const [line, ...rest] = reportLines(total, reports, view, lang);
  const values = [...added, t('casualties.statedTotal', { line }, lang), ...rest];
  return { valueLines: values.flatMap(wrapValue), ariaLabel: `${labelLines(total.label).join(' ')} — ${values.join(' ')}. ${r.source}.`, note: totalNote(total, report, parts, lang) };
}

/**
 * The chart in words, for its description: "At least 68 killed in Damascus (Damascus bombings,
 * 21 February 2016); …".
 */
export function describeChart(
  incidents: IncidentInput[],
  totals: { total: IncidentInput; parts: IncidentInput[] }[],
  view: View,
  lang = 'en',
): string {
  const parts: string[] = [];
  for (const inc of incidents.filter((i) => i.kind === 'incident')) {
    const r = reportOf(inc, view);
    let s = t('casualties.altIncident', { figure: formatKilled(r.killed, lang), place: inc.place, label: inc.label, date: incidentWhenWords(inc, lang) }, lang);
    if (inc.reports.length > 1 && view === 'latest') {
      const f = inc.reports[0];
      const down = revisedDown(inc.reports.map((x) => ({ correction: x.correction, minimum: minimumOf(x.killed) })));
      s += `, ${t(
        down ? 'casualties.revisedDownFromTo' : 'casualties.revisedFromTo',
        { first: formatKilled(f.killed, lang), firstDate: formatReportedAt(f.reportedAt, lang), latest: formatKilled(r.killed, lang), latestDate: formatReportedAt(r.reportedAt, lang) },
        lang,
      )}`;
    }
    parts.push(s);
  }
  const sentences: string[] = [];
  if (parts.length) sentences.push(`${capitalise(parts.join('; '))}.`);
  for (const { total, parts: ps } of totals) {
    const stated = reportOf(total, view);
    const cmp = comparableSum(stated, ps);
    const words = { stated: formatKilled(stated.killed, lang), place: total.place, each: partNoun(total, lang) };
    sentences.push(
      cmp
        ? t('casualties.altTotalOfParts', { ...words, sum: formatKilled({ qualifier: cmp.qualifier, value: cmp.sum }, lang) }, lang)
        : t('casualties.altTotalNotComparable', words, lang),
    );
  }
  return sentences.join(' ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
