import type { TimelineEvent } from '../../schemas/event';
import type { LayoutEvent } from './layout';

/** A content event as the layout sees it: context = cited from an outside document. */
export function toLayoutEvent(e: TimelineEvent): LayoutEvent {
  return {
    id: e.id,
    date: e.date,
    precision: e.precision,
    status: e.status,
    lane: e.lane,
    title: e.title,
    context: 'document' in e.citation,
    ...(e.incident ? { incident: e.incident } : {}),
  };
}
