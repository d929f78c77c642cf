// The timeline's public surface: pure, DOM-free layout used at build time by Timeline.astro.
export { layoutTimeline, humanizeLane, laneOrder, fitLabel, GLYPHS, FONT_SIZE, CHAR_WIDTH } from './layout';
export type { LayoutEvent, LayoutOptions, Orientation, TimelineLane, TimelineLabel, TimelineMark, TimelineLayout } from './layout';
export { dayStart, eventInterval, timeScale, timeTicks, DAY, APPROXIMATE_DAYS, OPEN_SPAN_DAYS } from './scale';
export type { Precision, Tick } from './scale';
export { toLayoutEvent } from './events';
