import { endsBefore, formatWhen, parseWhen, type DateQualifier, type When, type WhenInput } from '../dates.ts';
import { intlLocale, t } from '../i18n.ts';

/**
 * What a toll says, in the source's terms: the qualifier it gives (or none), the period it counts,
 * when it was reported (or that the source does not say), and what a total's parts are. Pure
 * words and arithmetic for the chart, its table, its text alternative and the CSV.
 */

/** A toll as reported. `none`: the source gives a bare figure, claiming neither exactness nor a minimum. */
export type TollKilled =
  | { qualifier: 'at-least' | 'more-than' | 'exactly' | 'about' | 'none'; value: number }
  | { qualifier: 'range'; low: number; high: number };

export interface TollReport {
  killed: TollKilled;
  /** A date of any precision, or "unknown" for an earlier figure the article mentions without a time. */
  reportedAt: string;
}

export interface TollIncident {
  place: string;
  /** When it happened: a date, or a `{ from, to }` period for a toll counted over time. */
  date: WhenInput;
  precision?: DateQualifier | 'day';
  /** For a total: what one of its parts is, in the editor's word ("district", "attack", "flood"). */
  by?: string;
  reports: TollReport[];
}

/** The word a report's time is written with when the source gives none. */
export const UNKNOWN_TIME = 'unknown';

const integer = new Map<string, Intl.NumberFormat>();
function formatCount(n: number, lang: string): string {
  let f = integer.get(lang);
  if (!f) integer.set(lang, (f = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 0 })));
  return f.format(n);
}

/** A toll in words that keep its qualifier: "at least 68", "between 40 and 55", "37" (as the source gives it). */
export function killedWords(k: TollKilled, lang = 'en'): string {
  if (k.qualifier === 'range') return t('killed.range', { low: formatCount(k.low, lang), high: formatCount(k.high, lang) }, lang);
  return t(`killed.${k.qualifier}`, { value: formatCount(k.value, lang) }, lang);
}

/** The smallest number of deaths a toll allows: the value, or the low end of a range. */
export function tollMinimum(k: TollKilled): number {
  return k.qualifier === 'range' ? k.low : k.value;
}

/** True for "at least" and "more than": tolls the chart draws with an open end. */
export function isMinimum(k: TollKilled): boolean {
  return k.qualifier === 'at-least' || k.qualifier === 'more-than';
}

/** The parsed time of a report, or undefined when the source does not give it. */
export function reportWhen(r: TollReport): When | undefined {
  if (r.reportedAt === UNKNOWN_TIME) return undefined;
  const w = parseWhen(r.reportedAt);
  return 'problem' in w ? undefined : w;
}

/** When the report was made, in words: "5 September 2031", or "date not given". */
export function reportedAtWords(r: TollReport, lang = 'en'): string {
  const w = reportWhen(r);
  return w ? formatWhen(w, lang) : t('casualties.timeUnknown', {}, lang);
}

/** The incident's date or period, parsed (schemas have validated it). */
export function incidentWhen(i: Pick<TollIncident, 'date' | 'precision'>): When {
  // "day" only restates a day's own precision.
  const w = parseWhen(i.date, i.precision === 'day' ? undefined : i.precision);
  if ('problem' in w) throw new Error(`Invalid incident date: ${w.problem}`);
  return w;
}

/** True when the toll counts deaths over a period rather than in one event on one date. */
export function isCumulative(i: Pick<TollIncident, 'date' | 'precision'>): boolean {
  return incidentWhen(i).period;
}

/** The incident's date or period in words; a toll's open period reads "since April 2031", one with no start "as of …". */
export function incidentWhenWords(i: Pick<TollIncident, 'date' | 'precision'>, lang = 'en'): string {
  return formatWhen(incidentWhen(i), lang, { as: 'toll' });
}

/**
 * The value line of one report: "at least 68 killed · reported 21 February 2016"; a toll over a
 * period says it ("more than 2,600 killed since April 2031 · as of 5 September 2031"). `role` is
 * the report's place among the incident's reports as the chart shows it.
 */
export function reportLine(incident: TollIncident, report: TollReport, role: 'only' | 'first' | 'latest', lang = 'en'): string {
  const when = incidentWhen(incident);
  const figure = when.period
    ? t('casualties.killedOver', { figure: killedWords(report.killed, lang), period: formatWhen(when, lang, { as: 'toll' }) }, lang)
    : t('casualties.killed', { figure: killedWords(report.killed, lang) }, lang);
  const known = reportWhen(report);
  const date = reportedAtWords(report, lang);
  // An open period is counted up to each report: that report's date is the toll's "as of".
  const key = !known
    ? role === 'first' ? 'casualties.firstReportedUnknown' : 'casualties.reportedUnknown'
    : when.period && !when.to
      ? 'casualties.asOf'
      : role === 'only' ? 'casualties.reported' : role === 'first' ? 'casualties.firstReported' : 'casualties.revisedOn';
  return `${figure} · ${t(key, { date }, lang)}`;
}

/**
 * The qualifier of a sum of tolls: exact only if every part is; a minimum as soon as one part is
 * (a sum of minimums is a minimum); "about" if any part is approximate; otherwise, with bare
 * figures among exact ones, a bare figure too.
 */
export function sumQualifier(parts: TollKilled[]): 'exactly' | 'at-least' | 'about' | 'none' {
  if (parts.every((k) => k.qualifier === 'exactly')) return 'exactly';
  if (parts.some((k) => isMinimum(k) || k.qualifier === 'range')) return 'at-least';
  if (parts.some((k) => k.qualifier === 'about')) return 'about';
  return 'none';
}

/** The editor's word for one part of a total ("district", "attack"), or a neutral "part". */
export function partNoun(total: Pick<TollIncident, 'by'>, lang = 'en'): string {
  return total.by ?? t('casualties.part', {}, lang);
}

/** The reports a total's figure can be set beside: for each part, the one current at the time of the total's report. */
export interface ComparableSum {
  reports: TollReport[];
  sum: number;
  qualifier: ReturnType<typeof sumQualifier>;
}

/**
 * Like with like: the parts' tolls as they stood when the total's report was made — for each part
 * its latest report not after that one. None when the total's report has no time, or when a part
 * had no figure yet (its first report came later): then the chart says so rather than set a
 * national first figure against district figures from the next day.
 */
export function comparableSum(totalReport: TollReport, parts: Pick<TollIncident, 'reports'>[]): ComparableSum | undefined {
  const at = reportWhen(totalReport);
  if (!at || !parts.length) return undefined;
  const reports: TollReport[] = [];
  for (const part of parts) {
    const current = part.reports.filter((r) => {
      const w = reportWhen(r);
      return w !== undefined && !endsBefore(at, w);
    });
    if (!current.length) return undefined;
    reports.push(current[current.length - 1]);
  }
  const tolls = reports.map((r) => r.killed);
  return { reports, sum: tolls.reduce((acc, k) => acc + tollMinimum(k), 0), qualifier: sumQualifier(tolls) };
}

/**
 * The note under a total: how the sum of its parts compares with the source's figure, worded for
 * what the parts are. Two minimums can be compared; anything else is stated side by side.
 */
export function totalNote(
  total: TollIncident & { label: string },
  totalReport: TollReport,
  parts: (TollIncident & { label: string })[],
  lang = 'en',
): string {
  const each = partNoun(total, lang);
  const stated = killedWords(totalReport.killed, lang);
  const cmp = comparableSum(totalReport, parts);
  if (!cmp) return t('casualties.partsNotComparable', { each, place: total.place, stated }, lang);
  const sum = killedWords({ qualifier: cmp.qualifier, value: cmp.sum }, lang);
  const partsText = parts.map((p, i) => `${p.place} ${formatCount(tollMinimum(cmp.reports[i].killed), lang)}`).join(' + ');
  const statedValue = tollMinimum(totalReport.killed);
  const bothMinimums = cmp.qualifier === 'at-least' && isMinimum(totalReport.killed);
  const key = !bothMinimums
    ? 'casualties.partsOther'
    : cmp.sum > statedValue ? 'casualties.partsAbove' : cmp.sum === statedValue ? 'casualties.partsEqual' : 'casualties.partsBelow';
  return t(key, { each, sum, parts: partsText, place: total.place, stated, diff: formatCount(Math.abs(cmp.sum - statedValue), lang) }, lang);
}
