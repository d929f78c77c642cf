/** What both orientations start from: events in time order, their times, lane colours, the axis' domain and breaks. Pure. */
import { DAY, dayStart, type EventTime } from './interval.ts';
import { laneColours } from './lanes.ts';
import { eventTimes, timeOrder } from './marks.ts';
import { axisBreaks, axisDomain } from './scale.ts';
import type { LayoutEvent, LayoutOptions } from './types.ts';

export interface TimelineSetup {
  /** The events in time order, and each one's time (same index). */
  sorted: LayoutEvent[];
  times: EventTime[];
  colours: Map<string, number>;
  /** The axis' extent (UTC ms) and the gaps drawn as breaks. */
  domain: [number, number];
  breaks: [number, number][];
  /** The finest tick step: a minute when any event has a time of day, else a day. */
  tickStep: number;
  /** The clock the axis' hours are read on (see storyZone); undefined on an axis of days. */
  zone?: string;
}

const ZONE = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * The clock of a story's times of day: the UTC offset all its timed events share ("+05:45"), so the
 * axis reads the hours the panel and the source give; "Z" (UTC) when they have none or differ.
 * Undefined when no event has a time of day.
 */
export function storyZone(events: readonly LayoutEvent[]): string | undefined {
  const zones = new Set(events.filter((e) => e.date.includes('T')).map((e) => ZONE.exec(e.date)?.[1] ?? 'Z'));
  if (zones.size === 0) return undefined;
  return zones.size === 1 ? [...zones][0] : 'Z';
}

export function timelineSetup(events: readonly LayoutEvent[], laneIds: string[], o: LayoutOptions): TimelineSetup {
  const zone = storyZone(events);
  // Times of one offset are laid out on that clock (as if it were UTC), so a day-only event is the
  // story's day and the hour ticks read local time: 23:47 at 23:47, not at 18:02.
  const local = zone && zone !== 'Z' ? events.map((e) => (e.date.includes('T') ? { ...e, date: e.date.replace(ZONE, '') } : e)) : events;
  const sorted = timeOrder(local);
  const times = eventTimes(sorted);
  const domain = axisDomain(times, o.from ? dayStart(o.from) : undefined, o.to ? dayStart(o.to) + DAY : undefined);
  return {
    sorted,
    times,
    colours: laneColours(laneIds),
    domain,
    breaks: axisBreaks(times, domain),
    tickStep: times.some((t) => t.kind === 'time') ? 60_000 : DAY,
    zone,
  };
}
