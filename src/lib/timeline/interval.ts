/**
 * When an event happened, as an interval with a precision kind, in UTC milliseconds. Pure.
 * Each kind is drawn for what it says: a point for a day or a time of day, a bar covering exactly
 * its week, month or year, a point with an uncertainty whisker for "around", an open arrow for
 * "some time after". Spans never start before the story's cause or end past the report they are
 * known from (`TimeBounds`).
 */
import { parseDay } from '../day.ts';

/** One day in milliseconds. UTC days have no DST, so day arithmetic on UTC times is exact. */
export const DAY = 86_400_000;
/** How far either side of its date an "approximate" event may lie, in its own unit (a day for a date). */
export const APPROXIMATE_UNITS = 1;
/** How far an "after" (some time after) arrow reaches, in days: a direction, not a duration. */
export const OPEN_SPAN_DAYS = 4;

/** The schema's precisions today (day, week, approximate, after) and the ISO 8601 ones to come. */
export type Precision = 'time' | 'day' | 'week' | 'month' | 'year' | 'approximate' | 'after';
/** How a time is drawn. */
export type TimeShape = 'point' | 'span' | 'uncertain' | 'open';
/** The unit an ISO 8601 value names: "2016", "2016-02", "2016-02-21", "2016-02-21T14:30Z". */
export type IsoUnit = 'year' | 'month' | 'day' | 'time';

export interface EventTime {
  /** What the date says, after reading its form: a "day" event dated "2016-02" is a month. */
  kind: Precision;
  shape: TimeShape;
  /** Where the event stands on the axis: the instant, the middle of its day, the best estimate. */
  at: number;
  /** What it covers ([start, end), equal to `at` for a point); for "uncertain", the window. */
  start: number;
  end: number;
}

/** Limits a span or uncertainty may not cross (UTC ms): the story's cause, the report's day. */
export interface TimeBounds {
  notBefore?: number;
  notAfter?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** An ISO 8601 calendar value → its first instant (UTC ms) and the unit it names. Throws if malformed. */
export function parseIsoTime(value: string): { t: number; unit: IsoUnit } {
  const m = ISO.exec(value.trim());
  if (!m) throw new Error(`Not an ISO 8601 date: ${value}`);
  const [, y, mo, d, h, mi, s, zone] = m;
  // The day through the kit's one day parser (real days only, years kept as written).
  const day = parseDay(`${y}-${mo ?? '01'}-${d ?? '01'}`);
  if (day === undefined) throw new Error(`Not an ISO 8601 date: ${value}`);
  const t = day + ((h ? Number(h) : 0) * 60 + (mi ? Number(mi) : 0)) * 60_000 + (s ? Number(s) : 0) * 1000;
  if (h === undefined) return { t, unit: d ? 'day' : mo ? 'month' : 'year' };
  const offset = !zone || zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  return { t: t - offset, unit: 'time' };
}

/** "2016-02-21" (or any ISO value) → 00:00 UTC of its first day. */
export function dayStart(value: string): number {
  const { t } = parseIsoTime(value);
  return t - (((t % DAY) + DAY) % DAY);
}

/** The end (exclusive) of the unit starting at `t`. */
export function unitEnd(t: number, unit: IsoUnit | 'week'): number {
  const d = new Date(t);
  switch (unit) {
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case 'week':
      return t + 7 * DAY;
    case 'day':
      return t + DAY;
    case 'time':
      return t;
  }
}

const clamp = (lo: number, hi: number, { notBefore = -Infinity, notAfter = Infinity }: TimeBounds) => {
  const a = Math.max(lo, notBefore);
  const b = Math.min(hi, notAfter);
  // Bounds that would leave nothing are a content problem, not a drawing one: draw what the date says.
  return a < b ? [a, b] : [lo, hi];
};

/**
 * The interval an event covers, given its date and precision. A date names a unit (year, month,
 * day, time of day); `precision` says how to read it: exactly that unit, the week starting on it,
 * around it (± APPROXIMATE_UNITS of the unit), or some time after it. `hourly`: the axis is finer
 * than a day (some event has a time of day), so a day is drawn as the span it is.
 */
export function eventTime(date: string, precision: Precision = 'day', bounds: TimeBounds = {}, hourly = false): EventTime {
  const { t, unit } = parseIsoTime(date);
  const end = unitEnd(t, unit);
  const mid = unit === 'time' ? t : (t + end) / 2;
  if (precision === 'approximate') {
    const size = unit === 'time' ? DAY / 24 : end - t;
    const [start, stop] = clamp(mid - APPROXIMATE_UNITS * size, mid + APPROXIMATE_UNITS * size, bounds);
    return { kind: 'approximate', shape: 'uncertain', at: Math.min(Math.max(mid, start), stop), start, end: stop };
  }
  if (precision === 'after') {
    return { kind: 'after', shape: 'open', at: mid, start: mid, end: mid + OPEN_SPAN_DAYS * DAY };
  }
  const kind: Precision = precision === 'week' ? 'week' : unit;
  // On an axis of hours a day-only event is its whole day, 00:00 to 24:00: a point at noon would give an hour the source never did.
  if (kind === 'time' || (kind === 'day' && !hourly)) return { kind, shape: 'point', at: mid, start: mid, end: mid };
  const [start, stop] = clamp(t, kind === 'week' ? unitEnd(t, 'week') : end, bounds);
  return { kind, shape: 'span', at: (start + stop) / 2, start, end: stop };
}
