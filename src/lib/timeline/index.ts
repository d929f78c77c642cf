// The timeline's public surface: pure, DOM-free layout used at build time by the Timeline components.
import { horizontalLayout } from './horizontal.ts';
import { laneOrder } from './lanes.ts';
import { timeOrder } from './marks.ts';
import { verticalLayout } from './vertical.ts';
import type { LayoutEvent, LayoutOptions, TimelineLayout } from './types.ts';

/**
 * Lays out a timeline: a piecewise UTC time axis (to scale, long gaps as breaks), one lane per
 * `lane` in the data, marks that never overlap and whole labels that never collide.
 * Horizontal (wide screens; `zoom` lays it out wider) or vertical (phones). Same output in every
 * time zone. O(n log n + n · rows) in the number of events.
 */
export function layoutTimeline(events: readonly LayoutEvent[], options: LayoutOptions = {}): TimelineLayout {
  const laneIds = laneOrder(timeOrder(events), options.lanes);
  return (options.orientation ?? 'horizontal') === 'horizontal' ? horizontalLayout(events, laneIds, options) : verticalLayout(events, laneIds, options);
}

/** Zoom levels of the horizontal timeline, each laid out anew: + and − step through them. */
export const ZOOM_LEVELS = [1, 2, 4, 8] as const;

export { humanizeLane, laneOrder, laneColours } from './lanes.ts';
export { GLYPHS } from './marks.ts';
export { FONT_SIZE, LINE_HEIGHT, textWidth, wrap, labelOptions, labelAdvice } from './labels.ts';
export { DAY, dayStart, eventTime, parseIsoTime, APPROXIMATE_UNITS, OPEN_SPAN_DAYS } from './interval.ts';
export type { EventTime, Precision, TimeShape, TimeBounds } from './interval.ts';
export { timeAxis, axisBreaks, axisDomain, BREAK_RATIO, BREAK_SIZE } from './scale.ts';
export type { AxisSegment, TimeAxis } from './scale.ts';
export { axisTicks } from './ticks.ts';
export type { Tick } from './ticks.ts';
export { toLayoutEvent } from './events.ts';
export { CLUSTER_CELL, CLUSTER_MIN, denseGroups } from './clusters.ts';
export type * from './types.ts';
