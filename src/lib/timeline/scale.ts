import { scaleUtc, type ScaleTime } from 'd3-scale';
import { extent } from 'd3-array';
import { utcFormat } from 'd3-time-format';
import { parseDay } from '../day.ts';

/** One day in milliseconds. UTC days have no DST, so day arithmetic on UTC times is exact. */
export const DAY = 86_400_000;

/** How far either side of its date an "approximate" event may lie, in days. */
export const APPROXIMATE_DAYS = 2;
/** How long an "after" (some time after) or "week" event is drawn, in days. */
export const OPEN_SPAN_DAYS = 7;

export type Precision = 'day' | 'week' | 'approximate' | 'after';

/** "2016-02-21" → milliseconds at 00:00 UTC that day, whatever the machine's zone. */
export function dayStart(iso: string): number {
  const t = parseDay(iso.slice(0, 10));
  if (t === undefined) throw new Error(`Not a YYYY-MM-DD date: ${iso}`);
  return t;
}

/**
 * The stretch of time an event covers given its precision, as UTC milliseconds [start, end].
 * A day event is the middle of its day (a point); a week is the seven days from `date`; an
 * approximate date is ± APPROXIMATE_DAYS around the middle of its day; "after" opens a week-long
 * span from `date` onwards.
 */
export function eventInterval(date: string, precision: Precision): { start: number; end: number; point: boolean } {
  const t = dayStart(date);
  switch (precision) {
    case 'day':
      return { start: t + DAY / 2, end: t + DAY / 2, point: true };
    case 'week':
      return { start: t, end: t + 7 * DAY, point: false };
    case 'approximate':
      return { start: t + DAY / 2 - APPROXIMATE_DAYS * DAY, end: t + DAY / 2 + APPROXIMATE_DAYS * DAY, point: false };
    case 'after':
      return { start: t + DAY / 2, end: t + DAY / 2 + OPEN_SPAN_DAYS * DAY, point: false };
  }
}

/**
 * A UTC time scale over the intervals, padded by a day each side so marks at the ends are not cut.
 * `from`/`to` (YYYY-MM-DD, inclusive) fix the domain instead, as the <Timeline from to> props do.
 */
export function timeScale(
  intervals: readonly { start: number; end: number }[],
  range: [number, number],
  from?: string,
  to?: string,
): ScaleTime<number, number> {
  const [lo] = extent(intervals, (d) => d.start);
  const [, hi] = extent(intervals, (d) => d.end);
  const start = from ? dayStart(from) : (lo ?? Date.UTC(2000, 0, 1)) - DAY;
  const end = to ? dayStart(to) + DAY : (hi ?? start) + DAY;
  return scaleUtc().domain([new Date(start), new Date(Math.max(end, start + DAY))]).range(range);
}

export interface Tick {
  /** The tick's time, YYYY-MM-DD (UTC). */
  date: string;
  /** Position along the time axis. */
  at: number;
  /** Short label: "21 Feb", "Mar 2016" or "2016" depending on the tick spacing. */
  label: string;
}

const isoDay = utcFormat('%Y-%m-%d');
const dayLabel = utcFormat('%-d %b');
const monthLabel = utcFormat('%b %Y');
const yearLabel = utcFormat('%Y');

/** About `count` ticks of the scale with UTC labels sized to their spacing. */
export function timeTicks(scale: ScaleTime<number, number>, count: number): Tick[] {
  const ticks = scale.ticks(Math.max(2, Math.floor(count)));
  const step = ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : DAY;
  const label = step < 28 * DAY ? dayLabel : step < 365 * DAY ? monthLabel : yearLabel;
  return ticks.map((d) => ({ date: isoDay(d), at: scale(d), label: label(d) }));
}
