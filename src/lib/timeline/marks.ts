/** What both orientations share: event order, each event's time with its bounds, glyphs, marks. Pure. */
import { ascending } from 'd3-array';
import { eventTime, parseIsoTime, type EventTime, type TimeBounds } from './interval.ts';
import type { LayoutEvent, TimelineMark } from './types.ts';

/** Half the size of a point glyph. */
export const R = 7;

export const GLYPHS = {
  circle: `M0,${-R + 1}A${R - 1},${R - 1} 0 1 1 0,${R - 1}A${R - 1},${R - 1} 0 1 1 0,${-R + 1}Z`,
  diamond: `M0,${-R}L${R},0L0,${R}L${-R},0Z`,
  arrowRight: 'M0,-5L8,0L0,5Z',
  arrowDown: 'M-5,0L0,8L5,0Z',
} as const;

/** Events in time order (stable for equal dates: the file's order). */
export function timeOrder(events: readonly LayoutEvent[]): LayoutEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((p, q) => ascending(p.e.span?.start ?? parseIsoTime(p.e.date).t, q.e.span?.start ?? parseIsoTime(q.e.date).t) || p.i - q.i)
    .map((p) => p.e);
}

/**
 * Each event's time, with the limits the story sets: a reported event's span or uncertainty ends
 * before the day of the report it is known from, and never starts before the story's first exactly
 * dated event (its cause: the quake, the deal). Context events, from other documents, keep theirs.
 */
export function eventTimes(events: readonly LayoutEvent[]): EventTime[] {
  return eventTimesOfDates(events).map((t, i) => {
    const span = events[i].span;
    // A period covers what it says: from its start to its end.
    return span ? { kind: t.kind, shape: 'span', at: (span.start + span.end) / 2, start: span.start, end: span.end } : t;
  });
}

function eventTimesOfDates(events: readonly LayoutEvent[]): EventTime[] {
  const exact = events.filter((e) => !e.context && e.status === 'reported' && (e.precision === 'day' || e.precision === 'time'));
  const raw = events.map((e) => eventTime(e.date, e.precision));
  const cause = Math.min(...exact.map((e) => raw[events.indexOf(e)]).filter((t) => t.shape === 'point').map((t) => t.at));
  return events.map((e, i) => {
    if (e.context || e.status !== 'reported') return raw[i];
    const bounds: TimeBounds = {};
    if (Number.isFinite(cause) && raw[i].at >= cause) bounds.notBefore = cause;
    if (e.reportDay !== undefined) bounds.notAfter = e.reportDay;
    return eventTime(e.date, e.precision, bounds);
  });
}

/** A mark with everything but its geometry. */
export function baseMark(e: LayoutEvent, index: number, colour: number, time: EventTime): TimelineMark {
  return {
    id: e.id,
    index,
    lane: e.lane,
    colour,
    row: 0,
    date: e.date,
    ...(e.dateText ? { dateText: e.dateText } : {}),
    precision: time.kind,
    shape: time.shape,
    status: e.status,
    context: e.context,
    ...(e.incident ? { incident: e.incident } : {}),
    title: e.title,
    x: 0,
    y: 0,
    t0: 0,
    t1: 0,
    glyph: time.shape === 'span' ? null : e.context ? GLYPHS.diamond : GLYPHS.circle,
    bar: null,
    extent: null,
    arrow: null,
    label: null,
  };
}

export const round = (v: number) => Math.round(v * 100) / 100;
