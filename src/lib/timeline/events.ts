import type { TimelineEvent } from '../../schemas/event.ts';
import { formatWhen, parseWhen, type When } from '../dates.ts';
import { DAY, OPEN_SPAN_DAYS, dayStart } from './interval.ts';
import type { LayoutEvent } from './types.ts';

/** An event's date, read as a UTC interval with its qualifier (the schema has validated it). */
export function eventWhen(e: Pick<TimelineEvent, 'date' | 'precision'>): When {
  const w = parseWhen(e.date, e.precision === 'day' ? undefined : e.precision);
  if ('problem' in w) throw new Error(`Invalid event date: ${w.problem}`);
  return w;
}

/**
 * A content event as the layout sees it: context = cited from an outside document; an article's
 * events are known from its publication day (`published`, YYYY-MM-DD), so their spans end before it.
 * A single date (a year, a month, a day, a time) goes to the interval model as written, with its
 * qualifier; a `{ from, to }` period is handed over as its own UTC interval (`span`), an open side
 * reaching OPEN_SPAN_DAYS. `dateText` is the date as readers read it ("since April 2014").
 */
export function toLayoutEvent(e: TimelineEvent, published?: (article: string) => string | undefined): LayoutEvent {
  const day = 'article' in e.citation ? published?.(e.citation.article) : undefined;
  const when = eventWhen(e);
  const start = Number.isFinite(when.start) ? when.start : when.end - OPEN_SPAN_DAYS * DAY;
  const end = Number.isFinite(when.end) ? when.end : when.start + OPEN_SPAN_DAYS * DAY;
  const date = !when.period && when.from ? when.from.text : new Date(start).toISOString().slice(0, 10);
  return {
    id: e.id,
    date,
    precision: when.period ? 'day' : (when.qualifier ?? 'day'),
    ...(when.period ? { span: { start, end } } : {}),
    dateText: formatWhen(when),
    status: e.status,
    lane: e.lane,
    title: e.title,
    ...(e.label ? { label: e.label } : {}),
    context: 'document' in e.citation,
    ...(e.incident ? { incident: e.incident } : {}),
    ...(day ? { reportDay: dayStart(day) } : {}),
  };
}
