/** What the timeline layout takes and gives: plain data, drawn by the .astro components. */
import type { Precision, TimeShape } from './interval.ts';
import type { AxisSegment } from './scale.ts';
import type { Tick } from './ticks.ts';

/** What the layout needs of an event; `toLayoutEvent` makes one from a content event. */
export interface LayoutEvent {
  id: string;
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or a date and time. */
  date: string;
  precision: Precision;
  /** A `{ from, to }` period: the UTC interval it covers ([start, end), open sides made finite). */
  span?: { start: number; end: number };
  /** The date as readers read it ("March 2014", "since April 2014"), for labels, list and panel. */
  dateText?: string;
  status: 'reported' | 'expected';
  lane: string;
  title: string;
  /** The editor's short label for the graphic, used when the title does not fit. */
  label?: string;
  /** True for context events (cited from an outside document, not the article). */
  context: boolean;
  incident?: string;
  /** Start of the day of the report the event is known from (UTC ms): its spans end before it. */
  reportDay?: number;
}

export type Orientation = 'horizontal' | 'vertical';

export interface LayoutOptions {
  orientation?: Orientation;
  /** The phone layout's date column, in units (default 47: "12 Feb" in bold); wider for a language whose month names are longer. */
  gutter?: number;
  /** Lane order; default: order of first appearance in the (time-ordered) events. */
  lanes?: readonly string[];
  /** Fixed date range, YYYY-MM-DD inclusive (the <Timeline from to> props). */
  from?: string;
  to?: string;
  /** Horizontal: how many times the design width the plot is (zoom levels are laid out anew). */
  zoom?: number;
  /** Horizontal: gather marks too dense to tell apart into clusters with a count (default true; off at the deepest zoom). */
  cluster?: boolean;
  /** The lanes' names as drawn, where they are not the id's (a translation's): the header strip's room. */
  laneNames?: Readonly<Record<string, string>>;
}

export interface TimelineLane {
  id: string;
  label: string;
  /** 1–5: which `--color-lane-N` it is drawn in. */
  colour: number;
  /** Rows (horizontal) or columns (vertical) its events need. */
  rows: number;
  band: { x: number; y: number; width: number; height: number };
  header: { x: number; y: number };
}

export interface TimelineLabel {
  /** One or two lines, each whole words of the title (or of the short label). */
  lines: string[];
  /** True when it is the editor's short label, not the title. */
  short: boolean;
  /** Offset of the first line's baseline from the mark's origin, and text-anchor. */
  dx: number;
  dy: number;
  anchor: 'start' | 'end';
  /** Line from the mark to a label set apart from it, relative to the origin. */
  leader?: string;
}

export interface TimelineMark {
  id: string;
  /** Position in time order, 0-based: the keyboard order. */
  index: number;
  lane: string;
  colour: number;
  row: number;
  date: string;
  /** The date as readers read it, when the event gave one. */
  dateText?: string;
  precision: Precision;
  shape: TimeShape;
  status: 'reported' | 'expected';
  context: boolean;
  incident?: string;
  title: string;
  /** The origin in SVG units: where the event stands (a point, a span's start). */
  x: number;
  y: number;
  /** Extent along the time axis, absolute: the whole mark, for panning it into view. */
  t0: number;
  t1: number;
  /** Point glyph (circle, diamond), or null for a span. */
  glyph: string | null;
  /** Span bar, relative to the origin. */
  bar: { x: number; y: number; width: number; height: number } | null;
  /** Uncertainty whisker or "after" arrow line, relative to the origin. */
  extent: string | null;
  /** Arrowhead of an "after" mark, relative to the origin. */
  arrow: string | null;
  label: TimelineLabel | null;
  /** Set when the mark is drawn as part of a cluster (an index into `clusters`): no mark of its own. */
  cluster?: number;
}

/** Marks of one lane too dense to tell apart at this zoom, drawn as one badge with their count. */
export interface TimelineCluster {
  lane: string;
  colour: number;
  /** Indices of its marks (time order). */
  members: number[];
  /** The badge's centre, absolute, and its size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Extent along the time axis, absolute. */
  t0: number;
  t1: number;
}

/** A drawn change of scale: a compressed gap (break) or an enlarged crowded day. */
export interface TimelineBreak {
  kind: 'break' | 'enlarged';
  /** Along the time axis. */
  r0: number;
  r1: number;
  /** The marker's path, absolute. */
  path: string;
}

export interface TimelineLayout {
  orientation: Orientation;
  zoom: number;
  width: number;
  height: number;
  /** The area marks are drawn in. */
  plot: { x: number; y: number; width: number; height: number };
  /** Time axis extent in SVG units. */
  range: [number, number];
  lanes: TimelineLane[];
  ticks: Tick[];
  segments: AxisSegment[];
  breaks: TimelineBreak[];
  marks: TimelineMark[];
  /** Clusters of marks too dense to tell apart (horizontal; empty when there are none). */
  clusters: TimelineCluster[];
  /** Where the vertical axis' tick labels end (their text-anchor end). */
  gutter: number;
  /** The UTC offset the hour ticks are read in ("+05:45", "Z"); absent on an axis of days. */
  zone?: string;
}
