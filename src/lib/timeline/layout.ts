import { ascending, group } from 'd3-array';
import { DAY, dayStart as dayStartOf, eventInterval, timeScale, timeTicks, type Precision, type Tick } from './scale.ts';

/** What the layout needs of an event; `TimelineEvent` from the schema fits, plus `context`. */
export interface LayoutEvent {
  id: string;
  date: string;
  precision: Precision;
  status: 'reported' | 'expected';
  lane: string;
  title: string;
  /** True for context events (cited from an outside document, not the article). */
  context: boolean;
  incident?: string;
}

export type Orientation = 'horizontal' | 'vertical';

export interface LayoutOptions {
  orientation?: Orientation;
  /** Width of the SVG's viewBox (720 horizontal, 300 vertical by default). */
  width?: number;
  /** Lane order; default: order of first appearance in the (time-ordered) events. */
  lanes?: readonly string[];
  /** Fixed date range, YYYY-MM-DD inclusive (the <Timeline from to> props). */
  from?: string;
  to?: string;
  /** Horizontal only: rows a lane may grow to before labels are shortened to fit. */
  maxRowsWithLabels?: number;
}

export interface TimelineLane {
  id: string;
  /** The id humanised: "syrian-parties" → "Syrian parties". */
  label: string;
  /** 1–5: which `--color-lane-N` it is drawn in. */
  colour: number;
  /** How many rows (horizontal) or columns (vertical) its events need. */
  rows: number;
  /** The lane's band: a rectangle in SVG units. */
  band: { x: number; y: number; width: number; height: number };
  /** Where its name is written (horizontal: above the band; vertical: rotated above the column). */
  header: { x: number; y: number };
}

export interface TimelineLabel {
  text: string;
  /** Vertical layout: a second line, when the title needs one. */
  more?: string;
  /** True when the title was shortened (with "…") to fit. */
  truncated: boolean;
  /** Which glyph carries it: the mark's start (label before it) or end (label after it). */
  at: 'start' | 'end';
  /** Offset from that glyph, and text-anchor. */
  dx: number;
  dy: number;
  anchor: 'start' | 'end';
  /** Vertical layout: leader line from the mark to a label pushed down, relative to the mark. */
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
  precision: Precision;
  status: 'reported' | 'expected';
  context: boolean;
  incident?: string;
  title: string;
  /** The mark's origin in SVG units: the point of a day event, the start of a span. */
  x: number;
  y: number;
  /** Along the time axis: position of the origin and of the span's end (equal for a point). */
  t0: number;
  t1: number;
  /** Path of the point glyph (circle reported/expected, diamond context), or null for spans. */
  glyph: string | null;
  /** Span bar relative to the origin, or null for a point. */
  bar: { x: number; y: number; width: number; height: number } | null;
  /** Open end of an "after" span, drawn at the end glyph. */
  arrow: string | null;
  /** Offset of the end glyph from the origin. */
  end: { dx: number; dy: number };
  label: TimelineLabel | null;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** Area the marks are drawn (and, horizontally, clipped and panned) in. */
  plot: { x: number; y: number; width: number; height: number };
  /** Time axis extent in SVG units: the range of the scale. */
  range: [number, number];
  lanes: TimelineLane[];
  ticks: Tick[];
  marks: TimelineMark[];
}

// Geometry, in SVG units (1 unit = 1 CSS px at the design width).
export const FONT_SIZE = 12;
/** Width of an average character at FONT_SIZE in the system sans: labels are sized by it. */
export const CHAR_WIDTH = 6.6;
const R = 7; // half the size of a point glyph
const PAD = 6; // space between two items in one row
const GAP = 6; // between a mark and its label
const MAX_LABEL = 250;
const MIN_LABEL_CHARS = 5;
const ROW = 26;
const LANE_HEADER = 22;
const LANE_GAP = 8;
const AXIS = 30;
const BAR = 10;
const COLUMN = 16;
const LINE = 20;
const LINE2 = 34;

export const GLYPHS = {
  circle: `M0,${-R + 1}A${R - 1},${R - 1} 0 1 1 0,${R - 1}A${R - 1},${R - 1} 0 1 1 0,${-R + 1}Z`,
  diamond: `M0,${-R}L${R},0L0,${R}L${-R},0Z`,
  arrowRight: `M0,-7L9,0L0,7Z`,
  arrowDown: `M-7,0L0,9L7,0Z`,
} as const;

/** "syrian-parties" → "Syrian parties". */
export function humanizeLane(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Lanes in the given order, else in order of first appearance. */
export function laneOrder(events: readonly LayoutEvent[], lanes?: readonly string[]): string[] {
  const seen = [...new Set(events.map((e) => e.lane))];
  if (!lanes) return seen;
  return [...lanes.filter((l) => seen.includes(l)), ...seen.filter((l) => !lanes.includes(l))];
}

/**
 * The title cut to `width` units at a word boundary, ending in "…"; null when too little of it
 * would be left. Whole words only, so what is seen is always part of the mark's name (WCAG 2.5.3).
 */
export function fitLabel(title: string, width: number): { text: string; truncated: boolean } | null {
  const chars = Math.floor(width / CHAR_WIDTH);
  if (title.length <= chars) return { text: title, truncated: false };
  const cut = title.lastIndexOf(' ', chars - 1);
  if (cut < MIN_LABEL_CHARS) return null;
  return { text: `${title.slice(0, cut).replace(/[\s,;:.–—-]+$/, '')}…`, truncated: true };
}

const textWidth = (s: string) => s.length * CHAR_WIDTH;

/** A binary min-heap of [key, value] pairs. */
class MinHeap {
  private items: [number, number][] = [];
  push(key: number, value: number) {
    const a = this.items;
    a.push([key, value]);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p][0] <= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  peek(): [number, number] | undefined {
    return this.items[0];
  }
  pop(): [number, number] | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

interface Item {
  mark: TimelineMark;
  /** Extent of the mark alone along the time axis. */
  a: number;
  b: number;
  /** Extent of the label placed with it (start/end along the time axis), if any. */
  labelStart: number;
  labelEnd: number;
}

interface Row {
  /** End of the last item including its label, and of its mark alone. */
  end: number;
  markEnd: number;
  last: Item | null;
}

/**
 * Puts items into rows so that no two marks overlap (same-day events go to separate rows) and,
 * where `withLabels`, no label runs into another item. First fit over the first `cap` rows keeps
 * labels whole; past that, an item takes the row whose mark ended earliest (a heap: O(log rows))
 * and the label before it is shortened. Items must come sorted by `a`. O(n log n) overall.
 */
function packRows(items: Item[], withLabels: boolean, cap: number, limit: number): number {
  const rows: Row[] = [];
  const heap = new MinHeap();
  const place = (item: Item, r: number) => {
    if (!rows[r]) rows[r] = { end: -Infinity, markEnd: -Infinity, last: null };
    const row = rows[r];
    item.mark.row = r;
    row.end = Math.max(item.b, item.labelEnd);
    row.markEnd = item.b;
    row.last = item;
    heap.push(row.markEnd, r);
  };
  for (const item of items) {
    const { mark } = item;
    if (withLabels) {
      const full = Math.min(textWidth(mark.title), MAX_LABEL);
      let placed = false;
      // First choice: the first row with room for the mark and its whole label, after or before it.
      for (let r = 0; r < cap && !placed; r++) {
        const end = rows[r]?.end ?? -Infinity;
        if (item.a - PAD < end) continue;
        if (item.b + GAP + full <= limit) setLabel(item, 'end', full);
        else if (item.a - GAP - full - PAD >= end && item.a - GAP - full >= 0) setLabel(item, 'start', full);
        else continue;
        place(item, r);
        placed = true;
      }
      // Then: the row with room for the mark that leaves its label the most room, on either side.
      let best = { r: -1, side: 'end' as 'start' | 'end', room: -Infinity };
      for (let r = 0; r < cap; r++) {
        const end = rows[r]?.end ?? -Infinity;
        if (item.a - PAD < end) continue;
        const after = limit - item.b - GAP;
        const before = item.a - GAP - Math.max(end + PAD, 0);
        const room = Math.max(after, before);
        if (room > best.room) best = { r, side: after >= before ? 'end' : 'start', room };
      }
      if (!placed && best.r >= 0) {
        setLabel(item, best.side, best.room);
        place(item, best.r);
        placed = true;
      }
      if (placed) continue;
    }
    // No row has room for the label: take the row whose mark ended first, if the mark fits there.
    let top = heap.peek();
    while (top && rows[top[1]].markEnd !== top[0]) {
      heap.pop();
      top = heap.peek();
    }
    if (top && top[0] + PAD <= item.a) {
      heap.pop();
      const row = rows[top[1]];
      if (row.last && row.last.mark.label?.at === 'end') setLabel(row.last, 'end', item.a - PAD - row.last.b - GAP);
      if (withLabels) setLabel(item, 'end', limit - item.b - GAP);
      place(item, top[1]);
    } else {
      if (withLabels) setLabel(item, 'end', limit - item.b - GAP);
      place(item, rows.length);
    }
  }
  return rows.length;
}

function setLabel(item: Item, side: 'start' | 'end', width: number) {
  const fit = width > 0 ? fitLabel(item.mark.title, width) : null;
  if (!fit) {
    item.mark.label = null;
    item.labelStart = item.labelEnd = item.b;
    return;
  }
  const w = textWidth(fit.text);
  const dy = FONT_SIZE / 3;
  if (side === 'end') {
    item.mark.label = { ...fit, at: 'end', dx: R + GAP, dy, anchor: 'start' };
    item.labelStart = item.b + GAP;
    item.labelEnd = item.b + GAP + w;
  } else {
    item.mark.label = { ...fit, at: 'start', dx: -(R + GAP), dy, anchor: 'end' };
    item.labelStart = item.a - GAP - w;
    item.labelEnd = item.b;
  }
}

/**
 * Lays out a timeline: a UTC time axis, one lane per `lane` in the data, marks that never overlap
 * and labels that never collide. Horizontal: time runs left to right, lanes are bands of rows.
 * Vertical (phones): time runs down, lanes are narrow columns and labels sit in a column on the
 * right, pushed down where events crowd, with a leader line back to their mark.
 * Pure: no DOM, same output in every time zone. O(n log n) in the number of events.
 */
export function layoutTimeline(events: readonly LayoutEvent[], options: LayoutOptions = {}): TimelineLayout {
  const orientation = options.orientation ?? 'horizontal';
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((p, q) => ascending(p.e.date, q.e.date) || p.i - q.i)
    .map((p) => p.e);
  const laneIds = laneOrder(sorted, options.lanes);
  const intervals = sorted.map((e) => eventInterval(e.date, e.precision));
  return orientation === 'horizontal'
    ? horizontal(sorted, intervals, laneIds, options)
    : vertical(sorted, intervals, laneIds, options);
}

type Interval = ReturnType<typeof eventInterval>;

function baseMark(e: LayoutEvent, index: number, colour: number): TimelineMark {
  return {
    id: e.id,
    index,
    lane: e.lane,
    colour,
    row: 0,
    date: e.date,
    precision: e.precision,
    status: e.status,
    context: e.context,
    ...(e.incident ? { incident: e.incident } : {}),
    title: e.title,
    x: 0,
    y: 0,
    t0: 0,
    t1: 0,
    glyph: null,
    bar: null,
    arrow: null,
    end: { dx: 0, dy: 0 },
    label: null,
  };
}

function colourOf(laneIds: string[]) {
  return new Map(laneIds.map((id, i) => [id, (i % 5) + 1]));
}

function itemsByLane(marks: TimelineMark[]): Map<string, Item[]> {
  const items = marks.map((mark) => ({ mark, a: mark.t0 - R, b: mark.t1 + R, labelStart: mark.t1, labelEnd: mark.t1 }));
  items.sort((p, q) => p.a - q.a || p.mark.index - q.mark.index);
  return group(items, (d) => d.mark.lane);
}

function horizontal(events: LayoutEvent[], intervals: Interval[], laneIds: string[], o: LayoutOptions): TimelineLayout {
  const width = o.width ?? 720;
  const left = 16;
  const right = width - 16;
  const scale = timeScale(intervals, [left + R, right - R], o.from, o.to);
  const colours = colourOf(laneIds);
  const marks = events.map((e, i) => {
    const m = baseMark(e, i, colours.get(e.lane)!);
    const { start, end, point } = intervals[i];
    m.t0 = scale(start);
    m.t1 = scale(end);
    if (point) m.glyph = e.context ? GLYPHS.diamond : GLYPHS.circle;
    else {
      m.bar = { x: 0, y: -BAR / 2, width: m.t1 - m.t0, height: BAR };
      if (e.precision === 'after') m.arrow = GLYPHS.arrowRight;
    }
    m.end = { dx: m.t1 - m.t0, dy: 0 };
    return m;
  });
  const byLane = itemsByLane(marks);
  const lanes: TimelineLane[] = [];
  let y = 4;
  for (const id of laneIds) {
    const items = byLane.get(id) ?? [];
    const rows = Math.max(1, packRows(items, true, o.maxRowsWithLabels ?? 8, right));
    const height = LANE_HEADER + rows * ROW;
    lanes.push({ id, label: humanizeLane(id), colour: colours.get(id)!, rows, band: { x: 0, y, width, height }, header: { x: left, y: y + 15 } });
    for (const { mark } of items) {
      mark.x = mark.t0;
      mark.y = y + LANE_HEADER + mark.row * ROW + ROW / 2;
    }
    y += height + LANE_GAP;
  }
  const plotBottom = y - LANE_GAP;
  return {
    orientation: 'horizontal',
    width,
    height: plotBottom + AXIS,
    plot: { x: 0, y: 0, width, height: plotBottom },
    range: [left + R, right - R],
    lanes,
    ticks: timeTicks(scale, (right - left) / 90),
    marks,
  };
}

function vertical(events: LayoutEvent[], intervals: Interval[], laneIds: string[], o: LayoutOptions): TimelineLayout {
  const width = o.width ?? 300;
  const gutter = 42;
  // Room above the columns for the lane names, written upwards.
  const top = Math.ceil(Math.max(...laneIds.map((id) => humanizeLane(id).length)) * 7.2) + 16;
  const scale = timeScale(intervals, [0, Math.max(360, events.length * 12)], o.from, o.to);
  const colours = colourOf(laneIds);
  // Lane columns first (their width fixes the room left for labels): one column per lane, more only
  // where a span runs past other events of its lane.
  const lanesX0 = gutter + 4;
  const labelRoom = (cols: number) => width - (lanesX0 + cols * COLUMN + laneIds.length * 4 + GAP) - 2;
  const marks = events.map((e, i) => baseMark(e, i, colours.get(e.lane)!));
  // Time runs down, but each event has a line of its own: an event is drawn at its date, or just
  // below the event before it when dates crowd. `shift` (monotone in time) keeps ticks and span
  // ends consistent with the marks.
  const roomGuess = labelRoom(laneIds.length);
  const lines = marks.map((m) => wrapLabel(m.title, roomGuess));
  // Each event's line is keyed by the middle of its day (sorted, unlike span starts).
  const keys = marks.map((m) => dayStartOf(m.date) + DAY / 2);
  const ys: number[] = [];
  const shifts: number[] = [];
  let prev = -Infinity;
  let prevLines = 1;
  marks.forEach((_, i) => {
    const natural = top + R + scale(keys[i]);
    const y = Math.max(natural, prev + (prevLines > 1 ? LINE2 : LINE));
    ys.push(y);
    shifts.push(y - natural);
    prev = y;
    prevLines = lines[i]?.length ?? 1;
  });
  const starts = keys;
  /**
   * Position of any time on the distorted axis: through each event's line, linear in between, so
   * it is monotone (ticks and span ends keep their order). Binary search: O(log n).
   */
  const at = (time: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= time) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const natural = top + R + scale(time);
    if (i < 0) return Math.min(natural, ys[0] ?? natural);
    if (i === starts.length - 1) return natural + shifts[i];
    const j = i + 1;
    const f = (time - starts[i]) / (starts[j] - starts[i]);
    return ys[i] + (ys[j] - ys[i]) * f;
  };
  marks.forEach((m, i) => {
    const { start, end, point } = intervals[i];
    m.t0 = point ? ys[i] : Math.min(ys[i], at(start));
    m.t1 = point ? ys[i] : Math.max(ys[i] + 2 * R, at(end));
    if (point) m.glyph = m.context ? GLYPHS.diamond : GLYPHS.circle;
    else {
      m.bar = { x: -BAR / 2, y: 0, width: BAR, height: m.t1 - m.t0 };
      if (m.precision === 'after') m.arrow = GLYPHS.arrowDown;
    }
    m.end = { dx: 0, dy: m.t1 - m.t0 };
  });
  const byLane = itemsByLane(marks);
  const lanes: TimelineLane[] = [];
  const bottom = Math.max(at(scale.domain()[1].getTime()), ...marks.map((m) => m.t1 + R + LINE));
  let x = lanesX0;
  for (const id of laneIds) {
    const items = byLane.get(id) ?? [];
    const rows = Math.max(1, packRows(items, false, 0, Infinity));
    const w = rows * COLUMN;
    lanes.push({ id, label: humanizeLane(id), colour: colours.get(id)!, rows, band: { x, y: top - 4, width: w, height: bottom - top + 4 }, header: { x: x + COLUMN / 2 + 4, y: top - 10 } });
    for (const { mark } of items) {
      mark.x = x + mark.row * COLUMN + COLUMN / 2;
      mark.y = mark.t0;
    }
    x += w + 4;
  }
  // Labels: beside the lane columns, on their event's line.
  const labelX = x + GAP;
  const room = width - labelX - 2;
  marks.forEach((m, i) => {
    const wrapped = wrapLabel(m.title, room);
    if (!wrapped) return;
    const line = ys[i] - m.y;
    m.label = {
      text: wrapped[0],
      ...(wrapped[1] ? { more: wrapped[1] } : {}),
      truncated: wrapped.join(' ') !== m.title,
      at: 'start',
      dx: labelX - m.x,
      dy: line + FONT_SIZE / 3,
      anchor: 'start',
      ...(labelX - m.x > COLUMN ? { leader: `M${m.glyph ? R + 2 : BAR / 2 + 2},${round(line)}H${round(labelX - m.x - 3)}` } : {}),
    };
  });
  // Ticks where the distortion squeezes them closer than a line are left out.
  let lastTick = -Infinity;
  const ticks = timeTicks(scale, Math.max(3, (bottom - top) / 70))
    .map((t) => ({ ...t, at: at(dayStartOf(t.date)) }))
    .filter((t) => (t.at - lastTick >= LINE ? ((lastTick = t.at), true) : false));
  return {
    orientation: 'vertical',
    width,
    height: bottom + 8,
    plot: { x: 0, y: top - 4, width, height: bottom - top + 4 },
    range: [top + R, bottom],
    lanes,
    ticks,
    marks,
  };
}

/** The title in at most two lines of `width` units, broken at a space; the second ends in "…" if cut. */
export function wrapLabel(title: string, width: number): string[] | null {
  const chars = Math.floor(width / CHAR_WIDTH);
  if (chars < MIN_LABEL_CHARS) return null;
  if (title.length <= chars) return [title];
  const cut = title.lastIndexOf(' ', chars);
  if (cut < MIN_LABEL_CHARS) {
    const one = fitLabel(title, width);
    return one ? [one.text] : null;
  }
  const first = title.slice(0, cut).trimEnd();
  const second = fitLabel(title.slice(cut).trimStart(), width);
  return second ? [first, second.text] : [`${first}…`];
}

const round = (v: number) => Math.round(v * 100) / 100;
