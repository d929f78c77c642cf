import type { TimelineEvent } from '../../schemas/event.ts';
import { dayStart } from './interval.ts';
import type { LayoutEvent } from './types.ts';

/**
 * A content event as the layout sees it: context = cited from an outside document; an article's
 * events are known from its publication day (`published`, YYYY-MM-DD), so their spans end before it.
 */
export function toLayoutEvent(e: TimelineEvent, published?: (article: string) => string | undefined): LayoutEvent {
  const day = 'article' in e.citation ? published?.(e.citation.article) : undefined;
  return {
    id: e.id,
    date: e.date,
    precision: e.precision,
    status: e.status,
    lane: e.lane,
    title: e.title,
    ...(e.label ? { label: e.label } : {}),
    context: 'document' in e.citation,
    ...(e.incident ? { incident: e.incident } : {}),
    ...(day ? { reportDay: dayStart(day) } : {}),
  };
}
