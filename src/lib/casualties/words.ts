/**
 * The casualty chart's words: the value line under each label, what a screen reader announces on
 * each bar, the note under a total and the chart's description. Generated from the data through
 * t(), so they can never disagree with the bars. Geometry is in geometry.ts.
 */
import type { Killed } from '../../schemas/figure';
import { formatDay, formatKilled } from '../format';
import { t } from '../i18n';
import { WRAP } from './geometry';
import { sumOf, sumQualifier } from './geometry';
import { formatReportedAt, isLowerBound, minimumOf, reportOf, wrapText, type IncidentInput, type ReportInfo, type View } from './reports';

/** The words of one bar in one view. */
export interface BarWords {
  /** The lines under the label: "at least 68 killed · reported 21 February 2016". */
  valueLines: string[];
  /** What a screen reader announces on the bar: its label and value lines, then the source. */
  ariaLabel: string;
}

const VALUE_WRAP = WRAP + 8;

/** A bar's label, wrapped to the chart's width. */
export const labelLines = (label: string) => wrapText(label, WRAP);

/** Words of an incident's bar: the report this view shows, and the first one when it was revised. */
export function incidentWords(label: string, reports: ReportInfo[], view: View, lang = 'en'): BarWords {
  const first = reports[0];
  const latest = reports[reports.length - 1];
  const revised = reports.length > 1;
  const r = view === 'first' ? first : latest;
  const when = !revised
    ? t('casualties.reported', { date: r.reportedAtText }, lang)
    : view === 'first'
      ? t('casualties.firstReported', { date: r.reportedAtText }, lang)
      : t('casualties.revisedOn', { date: r.reportedAtText }, lang);
  const value = [`${t('casualties.killed', { figure: r.figure }, lang)} · ${when}`];
  if (revised && view === 'latest') value.push(t('casualties.wasFirst', { figure: first.figure }, lang));
  const valueLines = value.flatMap((v) => wrapText(v, VALUE_WRAP));
  // Starts with the words on screen (WCAG 2.5.3, label in name), then the source.
  return { valueLines, ariaLabel: `${label} — ${valueLines.join(' ')}. ${r.source}.` };
}

/** A part of a total, as the words need it. */
export interface PartInput {
  place: string;
  killed: Killed;
}

/** "Damascus 68 + Homs 59". */
const partsText = (parts: PartInput[]) => parts.map((p) => `${p.place} ${minimumOf(p.killed)}`).join(' + ');

/** Words of a total's bar: the parts added up, then the figure the source itself gives. */
export function totalWords(label: string, reports: ReportInfo[], parts: PartInput[], view: View, lang = 'en'): BarWords & { note: string } {
  const revised = reports.length > 1;
  const r = view === 'first' ? reports[0] : reports[reports.length - 1];
  const when = t(revised && view === 'latest' ? 'casualties.revisedOn' : 'casualties.reported', { date: r.reportedAtText }, lang);
  const tolls = parts.map((p) => p.killed);
  const sum = sumOf(tolls);
  const q = sumQualifier(tolls);
  const sumFigure = formatKilled({ qualifier: q, value: sum }, lang);
  const list = partsText(parts);
  const valueLines = [
    ...wrapText(t('casualties.addedUp', { figure: sumFigure, parts: list }, lang), VALUE_WRAP),
    ...wrapText(t('casualties.statedTotal', { figure: r.figure, when }, lang), VALUE_WRAP),
  ];
  const statedValue = minimumOf(r.killed);
  // Only two lower bounds can be compared this way; anything else is stated side by side.
  const bothMinimums = q === 'at-least' && isLowerBound(r.killed);
  const key = !bothMinimums ? 'casualties.noteOther' : sum > statedValue ? 'casualties.noteAbove' : sum === statedValue ? 'casualties.noteEqual' : 'casualties.noteBelow';
  const note = t(key, { sum: sumFigure, stated: r.figure, diff: Math.abs(sum - statedValue) }, lang);
  return { valueLines, ariaLabel: `${label} — ${valueLines.join(' ')}. ${r.source}.`, note };
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
    let s = t('casualties.altIncident', { figure: formatKilled(r.killed, lang), place: inc.place, label: inc.label, date: formatDay(inc.date) }, lang);
    if (inc.reports.length > 1 && view === 'latest') {
      const f = inc.reports[0];
      s += `, ${t(
        'casualties.revisedFromTo',
        { first: formatKilled(f.killed, lang), firstDate: formatReportedAt(f.reportedAt), latest: formatKilled(r.killed, lang), latestDate: formatReportedAt(r.reportedAt) },
        lang,
      )}`;
    }
    parts.push(s);
  }
  const sentences: string[] = [];
  if (parts.length) sentences.push(`${capitalise(parts.join('; '))}.`);
  for (const { total, parts: ps } of totals) {
    const tolls = ps.map((p) => reportOf(p, view).killed);
    const sum = formatKilled({ qualifier: sumQualifier(tolls), value: sumOf(tolls) }, lang);
    sentences.push(t('casualties.altTotal', { stated: formatKilled(reportOf(total, view).killed, lang), place: total.place, sum }, lang));
  }
  return sentences.join(' ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
