import { parseDay } from './day.ts';
import { intlLocale, t } from './i18n.ts';

/**
 * Dates as editors write them: ISO 8601 at the precision the source gives — a year (2014), a
 * month (2014-04), a day (2014-04-15) or a time with its zone (2014-09-05T15:00Z,
 * 2031-11-07T23:47+05:45) — alone or as a `{ from, to }` period, with an optional qualifier
 * (week, approximate, after). Every date is an interval of UTC milliseconds, so comparisons never
 * depend on the build machine; a time keeps the zone it was written in, for display.
 */

/** How precise a written date is, from its form. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** One ISO 8601 date as written, and the UTC interval it stands for: [start, end). */
export interface IsoDate {
  /** As written in content, e.g. "2014-04" or "2014-09-05T15:00Z". */
  text: string;
  precision: DatePrecision;
  /** UTC milliseconds: the first instant the date covers. */
  start: number;
  /** UTC milliseconds: the first instant after it (a year, month, day or minute later). */
  end: number;
  /** For a time: the offset it was written with, "+00:00" for Z. Shown with the time. */
  offset?: string;
}

/** A date qualifier the source implies: some day in the week from, around, some time after. */
export const DATE_QUALIFIERS = ['week', 'approximate', 'after'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

/**
 * A date or a period as an entry holds it. `from` alone is open-ended ("since April 2014"); `to`
 * alone has no known start ("as of 5 September 2014"). `start`/`end` are UTC milliseconds and may
 * be infinite on an open side.
 */
export interface When {
  from?: IsoDate;
  to?: IsoDate;
  /** True for `{ from, to }` (or either alone); false for a single date. */
  period: boolean;
  qualifier?: DateQualifier;
  start: number;
  end: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The example an error message gives. */
export const DATE_FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with Z or an offset such as +03:00';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Why a written date is refused, or undefined when it is a valid ISO 8601 date of one of our forms. */
export function isoDateProblem(text: string): string | undefined {
  const r = parseIsoDate(text);
  return 'problem' in r ? r.problem : undefined;
}

/**
 * Parses one ISO 8601 date of the forms above. A number like 2014 (YAML reads an unquoted year as
 * a number) is taken as that year. Returns `{ problem }` with a sentence for the editor otherwise.
 */
export function parseIsoDate(input: unknown): IsoDate | { problem: string } {
  const text = typeof input === 'number' && Number.isInteger(input) ? String(input) : input;
  if (typeof text !== 'string') return { problem: `must be a date written ${DATE_FORMS}, e.g. 2014-09-05` };
  const m = ISO.exec(text.trim());
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) && !/(Z|[+-]\d{2}:\d{2})$/.test(text))
      return { problem: `a time needs its zone: add Z (UTC) or the offset the source gives, e.g. ${text.trim()}Z or ${text.trim()}+03:00` };
    return { problem: `must be a date written ${DATE_FORMS}, e.g. 2014, 2014-04, 2014-09-05 or 2014-09-05T15:00Z` };
  }
  const [, ys, mos, ds, hs, mis, ss, zone] = m;
  const y = Number(ys);
  if (mos === undefined) return { text: text.trim(), precision: 'year', start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  const mo = Number(mos);
  if (mo < 1 || mo > 12) return { problem: `month ${mos} does not exist: write 01 to 12, e.g. 2014-04` };
  if (ds === undefined) return { text: text.trim(), precision: 'month', start: Date.UTC(y, mo - 1, 1), end: Date.UTC(y, mo, 1) };
  const d = Number(ds);
  // The kit's one day parser (src/lib/day.ts) says whether the day exists.
  const day = parseDay(`${ys}-${mos}-${ds}`);
  if (day === undefined) return { problem: `${ys}-${mos}-${ds} is not a real day (the month has no day ${d})` };
  if (hs === undefined) return { text: text.trim(), precision: 'day', start: day, end: day + DAY };
  if (zone === undefined) return { problem: `a time needs its zone: add Z (UTC) or the offset the source gives, e.g. ${text.trim()}Z or ${text.trim()}+03:00` };
  const [h, mi, s] = [Number(hs), Number(mis), Number(ss ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return { problem: `${hs}:${mis}${ss ? `:${ss}` : ''} is not a time of day: write 00:00 to 23:59` };
  const offset = zone === 'Z' ? '+00:00' : zone;
  const oh = Number(offset.slice(1, 3));
  const om = Number(offset.slice(4, 6));
  if (oh > 14 || om > 59) return { problem: `${zone} is not a UTC offset: write one from -12:00 to +14:00` };
  const sign = offset[0] === '-' ? -1 : 1;
  const start = day + h * 3_600_000 + mi * MINUTE + s * 1000 - sign * (oh * 60 + om) * MINUTE;
  return { text: text.trim(), precision: 'time', start, end: start + MINUTE, offset };
}

/** The form an entry's date takes in YAML: one date, or a period. */
export type WhenInput = string | number | { from?: string | number; to?: string | number };

/**
 * Parses a date or a `{ from, to }` period with an optional qualifier. Problems come back with the
 * path of the field they are about (`from`, `to`, or none for the date itself).
 */
export function parseWhen(input: unknown, qualifier?: DateQualifier): When | { problem: string; path: string[] } {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const o = input as Record<string, unknown>;
    const extra = Object.keys(o).filter((k) => k !== 'from' && k !== 'to');
    if (extra.length) return { problem: `a period has only from: and to:, e.g. { from: 2014-04, to: 2014-09-05 } (not "${extra[0]}")`, path: [extra[0]] };
    if (o.from === undefined && o.to === undefined) return { problem: 'a period needs from:, to: or both, e.g. { from: 2014-04 }', path: [] };
    const from = o.from === undefined ? undefined : parseIsoDate(o.from);
    if (from && 'problem' in from) return { problem: from.problem, path: ['from'] };
    const to = o.to === undefined ? undefined : parseIsoDate(o.to);
    if (to && 'problem' in to) return { problem: to.problem, path: ['to'] };
    if (from && to && to.end <= from.start) return { problem: `must not end (${to.text}) before it starts (${from.text})`, path: ['to'] };
    const q = qualifierProblem({ period: true }, qualifier);
    if (q) return { problem: q, path: [] };
    return { from, to, period: true, qualifier, start: from?.start ?? -Infinity, end: to?.end ?? Infinity };
  }
  const one = parseIsoDate(input);
  if ('problem' in one) return { problem: one.problem, path: [] };
  const q = qualifierProblem({ period: false, precision: one.precision, text: one.text }, qualifier);
  if (q) return { problem: q, path: [] };
  if (qualifier === 'week') return { from: one, period: false, qualifier, start: one.start, end: one.start + 7 * DAY };
  if (qualifier === 'after') return { from: one, period: false, qualifier, start: one.end, end: Infinity };
  return { from: one, period: false, qualifier, start: one.start, end: one.end };
}

/**
 * Why a qualifier does not fit a date, or undefined when it does: "week" is the week from a day,
 * "after" follows a single date, and neither qualifies a period.
 */
export function qualifierProblem(
  date: { period: boolean; precision?: DatePrecision; text?: string },
  qualifier: DateQualifier | undefined,
): string | undefined {
  if (date.period && (qualifier === 'week' || qualifier === 'after')) return `"${qualifier}" qualifies a single date, not a period`;
  if (qualifier === 'week' && date.precision !== 'day') return `"week" is the week starting a day: write that day as YYYY-MM-DD (not ${date.text})`;
  return undefined;
}

/** True when `a` is certainly over before `b` begins: no reading of either date lets them meet. */
export function endsBefore(a: Pick<When, 'end' | 'qualifier'>, b: Pick<When, 'start' | 'qualifier'>): boolean {
  if (a.qualifier === 'approximate' || b.qualifier === 'approximate') return false;
  return a.end <= b.start;
}

/** The locale dates are written in for a page language: the house style is day month year. */
export function dateLocale(lang = 'en'): string {
  return intlLocale(lang);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string, precision: DatePrecision, offset = '+00:00', short = false): Intl.DateTimeFormat {
  const key = `${lang}|${precision}|${offset}|${short}`;
  let f = formats.get(key);
  if (!f) {
    const month = short ? 'short' : 'long';
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month }
          : precision === 'day'
            ? { year: 'numeric', month, day: 'numeric' }
            : { year: 'numeric', month, day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };
    // A time is shown in the zone it was written in ("15:00 GMT", "23:47 GMT+5:45"); a day, month
    // or year is a calendar date, read in UTC so no zone can move it.
    f = new Intl.DateTimeFormat(dateLocale(lang), { ...options, timeZone: precision === 'time' ? offset : 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** One date in words at its own precision: "2014", "April 2014", "5 September 2014", "5 September 2014 at 15:00 GMT". */
export function formatIsoDate(d: IsoDate, lang = 'en', short = false): string {
  return dateFormat(lang, d.precision, d.offset, short).format(d.precision === 'time' ? d.start : d.start);
}

/** Two dates as a span, "1–4 September 2031" or "April 2014 – 5 September 2014": shared parts once, nothing invented. */
export function formatSpan(from: IsoDate, to: IsoDate, lang = 'en', short = false): string {
  if (from.precision === to.precision && (from.precision !== 'time' || from.offset === to.offset)) {
    // formatRange takes inclusive ends: the last instant of `to` is the start of its last unit.
    return dateFormat(lang, from.precision, from.offset, short).formatRange(from.start, to.start);
  }
  return t('date.span', { from: formatIsoDate(from, lang, short), to: formatIsoDate(to, lang, short) }, lang);
}

/**
 * A date or period as readers should read it. `as` says what the entry is: an event ("until
 * 5 September"), or a toll, whose period is counted up to each report ("as of 5 September").
 */
export function formatWhen(w: When, lang = 'en', options: { as?: 'event' | 'toll'; short?: boolean } = {}): string {
  const { as = 'event', short = false } = options;
  let text: string;
  if (w.from && w.to) text = formatSpan(w.from, w.to, lang, short);
  else if (w.period && w.from) text = t('date.since', { date: formatIsoDate(w.from, lang, short) }, lang);
  else if (w.period && w.to) text = t(as === 'toll' ? 'date.asOf' : 'date.until', { date: formatIsoDate(w.to, lang, short) }, lang);
  else text = formatIsoDate(w.from!, lang, short);
  if (!w.qualifier) return text;
  if (w.qualifier === 'approximate' && w.period && !w.to) return t('date.sinceAround', { date: formatIsoDate(w.from!, lang, short) }, lang);
  return t(`date.${w.qualifier}`, { date: text }, lang);
}

/** The `datetime` attribute of `<time>` for a date: the ISO text (HTML accepts years, months, days and zoned times). */
export function datetimeAttr(d: IsoDate): string {
  return d.text;
}

/**
 * The single kind of precision a timeline draws: a year or month as that span, a week, a day, a
 * time within its day, or an approximate date.
 */
export type PrecisionKind = 'year' | 'month' | 'week' | 'day' | 'time' | 'approximate';

export function precisionKind(w: When): PrecisionKind {
  if (w.qualifier === 'approximate') return 'approximate';
  if (w.qualifier === 'week') return 'week';
  const d = w.from ?? w.to!;
  return d.precision;
}

/** Orders dates in time: by start (an open start first), then by end; a month before a day in it. */
export function compareWhen(a: Pick<When, 'start' | 'end'>, b: Pick<When, 'start' | 'end'>): number {
  return a.start - b.start || (a.end === b.end ? 0 : a.end < b.end ? -1 : 1);
}

/** Orders two written dates (or periods) in time, by the dates as written; for sorting entries. */
export function compareWritten(a: { date: WhenInput; precision?: DateQualifier | 'day' }, b: { date: WhenInput; precision?: DateQualifier | 'day' }): number {
  return compareWhen(writtenInterval(a), writtenInterval(b));
}

/** The interval a written date (or period) covers, NaN when unreadable; "after 21 February" is 21 February, where the source puts it. */
export function writtenInterval(e: { date: WhenInput }): { start: number; end: number } {
  const w = parseWhen(e.date);
  return 'problem' in w ? { start: NaN, end: NaN } : w;
}
