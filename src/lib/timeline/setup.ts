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
}

export function timelineSetup(events: readonly LayoutEvent[], laneIds: string[], o: LayoutOptions): TimelineSetup {
  const sorted = timeOrder(events);
  const times = eventTimes(sorted);
  const domain = axisDomain(times, o.from ? dayStart(o.from) : undefined, o.to ? dayStart(o.to) + DAY : undefined);
  return {
    sorted,
    times,
    colours: laneColours(laneIds),
    domain,
    breaks: axisBreaks(times, domain),
    tickStep: times.some((t) => t.kind === 'time') ? 60_000 : DAY,
  };
}
