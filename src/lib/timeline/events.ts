import type { TimelineEvent } from '../../schemas/event';
import { formatWhen, parseWhen, precisionKind, type When } from '../dates';
import { DAY, OPEN_SPAN_DAYS } from './scale';
import type { LayoutEvent } from './layout';

/** An event's date, read as a UTC interval with its qualifier (the schema has validated it). */
export function eventWhen(e: Pick<TimelineEvent, 'date' | 'precision'>): When {
  const w = parseWhen(e.date, e.precision === 'day' ? undefined : e.precision);
  if ('problem' in w) throw new Error(`Invalid event date: ${w.problem}`);
  return w;
}

/**
 * A content event as the layout sees it: context = cited from an outside document. A day (with
 * or without week/approximate/after) keeps the layout's day model; any other precision — a year,
 * a month, a period, a time — is handed over as its own UTC interval (`span`), so the timeline
 * draws a month as that month and a time at its instant, never on an invented day.
 */
export function toLayoutEvent(e: TimelineEvent): LayoutEvent {
  const when = eventWhen(e);
  const kind = precisionKind(when);
  const dayModel = !when.period && when.from?.precision === 'day';
  // A day (with its qualifier) keeps the day as written; anything else starts on its UTC day.
  const startDay = dayModel ? when.from!.text : new Date(Number.isFinite(when.start) ? when.start : when.end - DAY).toISOString().slice(0, 10);
  const span = dayModel
    ? undefined
    : kind === 'time'
      ? { start: when.start, end: when.start, point: true }
      : {
          start: Number.isFinite(when.start) ? when.start : when.end - OPEN_SPAN_DAYS * DAY,
          end: Number.isFinite(when.end) ? when.end : when.start + OPEN_SPAN_DAYS * DAY,
          point: false,
        };
  return {
    id: e.id,
    date: startDay,
    precision: when.qualifier ?? 'day',
    ...(span ? { span } : {}),
    dateText: formatWhen(when),
    status: e.status,
    lane: e.lane,
    title: e.title,
    context: 'document' in e.citation,
    ...(e.incident ? { incident: e.incident } : {}),
  };
}
