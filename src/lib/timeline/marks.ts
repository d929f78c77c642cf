/** What both orientations share: event order, each event's time with its bounds, glyphs, marks. Pure. */
import { storyOrder } from './order.ts';
import { eventTime, parseIsoTime, unitEnd, type EventTime, type TimeBounds, type TimeShape } from './interval.ts';
import type { LayoutEvent, TimelineMark } from './types.ts';

/** Half the size of a point glyph. */
export const R = 7;

export const GLYPHS = {
  circle: `M0,${-R + 1}A${R - 1},${R - 1} 0 1 1 0,${R - 1}A${R - 1},${R - 1} 0 1 1 0,${-R + 1}Z`,
  diamond: `M0,${-R}L${R},0L0,${R}L${-R},0Z`,
  arrowRight: 'M0,-5L8,0L0,5Z',
  arrowDown: 'M-5,0L0,8L5,0Z',
} as const;

/**
 * Events in story order (see order.ts): by start, except that events whose intervals nest (a
 * day-only event and a timed one that day) keep the order they arrive in, the editor's file order.
 */
export function timeOrder(events: readonly LayoutEvent[]): LayoutEvent[] {
  const interval = (e: LayoutEvent) => {
    if (e.span) return e.span;
    const { t, unit } = parseIsoTime(e.date);
    return { start: t, end: unit === 'time' ? t + 60_000 : unitEnd(t, unit) };
  };
  const line = new Map(events.map((e, i) => [e, i]));
  return storyOrder(events, interval, (e) => line.get(e)!);
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
  // Any time of day makes the axis one of hours, where a day-only event is drawn as its whole day.
  const hourly = events.some((e) => parseIsoTime(e.date).unit === 'time');
  const raw = events.map((e) => eventTime(e.date, e.precision, {}, hourly));
  const cause = Math.min(...exact.map((e) => raw[events.indexOf(e)]).filter((t) => t.shape === 'point').map((t) => t.at));
  return events.map((e, i) => {
    if (e.context || e.status !== 'reported') return raw[i];
    if (raw[i].shape === 'span' && raw[i].kind === 'day') return raw[i];
    const bounds: TimeBounds = {};
    if (Number.isFinite(cause) && raw[i].at >= cause) bounds.notBefore = cause;
    if (e.reportDay !== undefined) bounds.notAfter = e.reportDay;
    return eventTime(e.date, e.precision, bounds, hourly);
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

/**
 * A mark's geometry along the time axis, in either orientation: its extent (t0, t1) and its span
 * bar (`bar` units thick), uncertainty whisker or "after" arrow. `at` is the mark's origin along
 * the axis, `p0`/`p1` where its time starts and ends; across the axis everything is centred on 0.
 */
export function shapeMark(m: TimelineMark, shape: TimeShape, at: number, p0: number, p1: number, o: { vertical: boolean; bar: number }): void {
  // A point as "x,y" from its place along and across the time axis; lines along it and across it.
  const P = (along: number, across: number) => (o.vertical ? `${round(across)},${round(along)}` : `${round(along)},${round(across)}`);
  const [ALONG, ACROSS] = o.vertical ? ['V', 'H'] : ['H', 'V'];
  const a = round(p0 - at);
  const b = round(p1 - at);
  m.t0 = Math.min(at - (m.glyph ? R : 0), p0);
  m.t1 = Math.max(at + (m.glyph ? R : 0), p1);
  if (shape === 'span') {
    const length = round(Math.max(p1 - p0, 2));
    m.bar = o.vertical ? { x: -o.bar / 2, y: 0, width: o.bar, height: length } : { x: 0, y: -o.bar / 2, width: length, height: o.bar };
  }
  if (shape === 'uncertain') m.extent = `M${P(a, -4)}${ACROSS}4M${P(a, 0)}${ALONG}${b}M${P(b, -4)}${ACROSS}4`;
  if (shape === 'open') {
    m.extent = `M${P(R, 0)}${ALONG}${b}`;
    m.arrow = `M${P(b, -5)}L${P(p1 - at + 8, 0)}L${P(b, 5)}Z`;
    m.t1 += 8;
  }
}
