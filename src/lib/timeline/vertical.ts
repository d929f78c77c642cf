/**
 * The vertical timeline (phones): time runs down, lanes are narrow columns, labels sit in a
 * column on the right beside their mark. The axis is to scale within segments; a long gap is a
 * break and a day too crowded for its labels is enlarged — both drawn on the axis — so no label
 * is pushed far from its date. Pure.
 */
import { group, median } from 'd3-array';
import { DAY } from './interval.ts';
import { LINE_HEIGHT, FONT_SIZE, labelOptions, textWidth } from './labels.ts';
import { humanizeLane } from './lanes.ts';
import { baseMark, R, round, shapeMark } from './marks.ts';
import { packRows, stack } from './pack.ts';
import { axisBreaks, BREAK_SIZE, timeAxis } from './scale.ts';
import { timelineSetup } from './setup.ts';
import { axisTicks, storyEnds, TICK_FONT } from './ticks.ts';
import type { LayoutEvent, LayoutOptions, TimelineBreak, TimelineLane, TimelineLayout, TimelineMark } from './types.ts';

/** Width of the SVG, in units (shown at the width of a phone's column, up to 25rem). */
export const PHONE_WIDTH = 300;
/** Tick labels end here: room for "21 Feb", "Sep / 2014", "14:00". */
/** Room for the tick labels, right-aligned: "28 Feb" in bold at 12 px (TICK_FONT) and a margin. */
const GUTTER = 47;
const COLUMN = 14;
const LANE_SPACE = 2;
const GAP = 6;
const BAR = 8;
const LABEL_GAP = 6;
/** Units per day: about two label lines for the usual spacing of events, within these bounds. */
const MIN_PER_DAY = 1.5;
const MAX_PER_DAY = 48;
/** A break inside an imprecise bar leaves out at least this much time. */
const MIN_INSIDE_BREAK = 60 * DAY;
/** At most this many breaks down a phone's axis. */
const PHONE_MAX_BREAKS = 5;
/** A long story does not become an endless scroll: the to-scale part of the axis at most this long. */
const MAX_SCALED = 2400;

export function verticalLayout(events: readonly LayoutEvent[], laneIds: string[], o: LayoutOptions = {}): TimelineLayout {
  const width = PHONE_WIDTH;
  const setup = timelineSetup(events, laneIds, o);
  const { sorted, times, colours, domain, tickStep, zone } = setup;
  // On a phone the breaks are drawn in the axis gutter, beside the lanes, never across a mark: so a
  // long stretch that holds only the inside of a year's bar or an uncertainty line (no date, no
  // label) is compressed too, else two imprecise events take a screen or more.
  const anchors = times.flatMap((t) => (t.shape === 'span' ? [t.start, t.end] : [t.start, t.at, t.end])).filter(Number.isFinite).map((v) => ({ start: v, end: v }));
  // Only stretches of months: a week's or a month's bar is short enough to draw whole.
  const inside = o.from || o.to ? [] : axisBreaks(anchors, domain, PHONE_MAX_BREAKS).filter(([a, b]) => b - a >= MIN_INSIDE_BREAK && !setup.breaks.some(([c, d]) => c < b && d > a));
  const breaks = [...setup.breaks, ...inside]
    .sort((a, b) => b[1] - b[0] - (a[1] - a[0]))
    .slice(0, PHONE_MAX_BREAKS)
    .sort((a, b) => a[0] - b[0]);
  const marks: TimelineMark[] = sorted.map((e, i) => baseMark(e, i, colours.get(e.lane)!, times[i]));
  const top = Math.ceil(Math.max(0, ...laneIds.map((id) => textWidth(humanizeLane(id)) * 1.1))) + 14;

  // Lane columns: one per lane at first; a span running past other events of its lane adds one.
  const gutter = o.gutter ?? GUTTER;
  const lanesX0 = gutter + 6;
  const labelX = (cols: number) => lanesX0 + cols * COLUMN + laneIds.length * LANE_SPACE + GAP;
  let cols = laneIds.length;
  const optionsFor = (room: number) => sorted.map((e) => labelOptions(e, room).filter((f) => f.lines.length <= 2));
  let options = optionsFor(width - labelX(cols) - 2);

  // Crowded days get room for their labels (an enlarged day, drawn as such).
  const blockOf = (i: number) => (options[i][0]?.lines.length ?? 1) * LINE_HEIGHT + LABEL_GAP;
  const ats = [...new Set(times.map((t) => t.at))].sort((a, b) => a - b);
  const spacing = median(ats.slice(1).map((t, i) => t - ats[i]).filter((g) => g > 0)) ?? DAY;
  const scaledDays = (domain[1] - domain[0] - breaks.reduce((n, [a, b]) => n + b - a, 0)) / DAY;
  // Units per day: the usual spacing gets a label's room, and the to-scale axis as a whole has room
  // for all labels; a long story is capped (MAX_SCALED).
  const blocks = times.map((_, i) => blockOf(i));
  const perDay = Math.min(
    MAX_PER_DAY,
    Math.max(MIN_PER_DAY, (2.2 * LINE_HEIGHT * DAY) / spacing, blocks.reduce((a, b) => a + b, 0) / scaledDays),
    MAX_SCALED / scaledDays,
  );
  // A label stands at its mark: a span's start, any other mark's date.
  const labelAt = (i: number) => (times[i].shape === 'span' ? times[i].start : times[i].at);
  const need = new Map<number, number>();
  const count = new Map<number, number>();
  times.forEach((_, i) => {
    const day = Math.floor(labelAt(i) / DAY) * DAY;
    need.set(day, (need.get(day) ?? 0) + blocks[i]);
    count.set(day, (count.get(day) ?? 0) + 1);
  });
  // A day is enlarged only when its labels need more room than there is before the next event's
  // day (a break ahead adds its own length; after the last event the drawing simply grows).
  const days = [...need.keys()].sort((a, b) => a - b);
  days.forEach((day, j) => {
    const next = days[j + 1];
    if (next === undefined) return count.get(day)! > 1 ? undefined : need.delete(day);
    const gap = breaks.find(([a]) => a > day && a < next);
    const room = gap ? (gap[0] - day) / DAY * perDay + BREAK_SIZE + (next - gap[1]) / DAY * perDay : ((next - day) / DAY) * perDay;
    if (need.get(day)! <= room) need.delete(day);
  });
  const axis = timeAxis(domain, breaks, { start: top + R, unitsPerDay: perDay, minDay: need });
  const y = (t: number) => axis.scale(new Date(t));

  // Events dated to an enlarged day share it out in order: the day is all that is known.
  const enlarged = axis.segments.filter((s) => s.kind === 'enlarged');
  const onDay = group(times.map((t, i) => ({ t, i })).filter(({ t }) => t.shape !== 'span' && t.kind !== 'time' && enlarged.some((s) => t.at >= s.from && t.at < s.to)), ({ t }) => Math.floor(t.at / DAY));
  const ys = times.map((t) => y(t.at));
  for (const list of onDay.values()) {
    const s = enlarged.find((seg) => list[0].t.at >= seg.from && list[0].t.at < seg.to)!;
    const total = list.reduce((n, { i }) => n + blockOf(i), 0);
    let at = s.r0 + (s.r1 - s.r0 - total) / 2;
    for (const { i } of list) {
      ys[i] = at + blockOf(i) / 2;
      at += blockOf(i);
    }
  }
  marks.forEach((m, i) => {
    const t = times[i];
    m.y = t.shape === 'span' ? y(t.start) : ys[i];
    shapeMark(m, t.shape, m.y, y(t.start), y(t.end), { vertical: true, bar: BAR });
  });

  // Columns within each lane, where marks overlap in time.
  const byLane = group(marks, (m) => m.lane);
  const packed = new Map<string, { rows: number; rowOf: Map<TimelineMark, number> }>();
  for (const id of laneIds) {
    const list = [...(byLane.get(id) ?? [])].sort((p, q) => p.t0 - q.t0 || p.index - q.index);
    // Marks take a column by their glyph or bar; a whisker or an "after" arrow is a thin line drawn over.
    const extentOf = (m: TimelineMark) => (m.bar ? [m.t0, m.t1] : [m.y - R, m.y + R]);
    const { rows, placed } = packRows(list.map((m) => ({ a: extentOf(m)[0], b: extentOf(m)[1], options: [] })), { min: -Infinity, max: Infinity, gap: 0, pad: 2, maxRows: Infinity });
    packed.set(id, { rows, rowOf: new Map(list.map((m, j) => [m, placed[j].row])) });
  }
  const total = laneIds.reduce((n, id) => n + packed.get(id)!.rows, 0);
  if (total !== cols) {
    cols = total;
    options = optionsFor(width - labelX(cols) - 2);
  }
  const bottomOfMarks = Math.max(axis.end, ...marks.map((m) => m.t1));
  const lanes: TimelineLane[] = [];
  let x = lanesX0;
  for (const id of laneIds) {
    const { rows, rowOf } = packed.get(id)!;
    const w = rows * COLUMN;
    lanes.push({ id, label: humanizeLane(id), colour: colours.get(id)!, rows, band: { x, y: top - 4, width: w, height: 0 }, header: { x: x + COLUMN / 2 + 4, y: top - 8 } });
    for (const m of byLane.get(id) ?? []) {
      m.row = rowOf.get(m)!;
      m.x = x + m.row * COLUMN + COLUMN / 2;
    }
    x += w + LANE_SPACE;
  }

  // Labels in the right-hand column, each at its mark, pushed down only past the one above.
  const lx = labelX(cols);
  // In story order (by start; nested events, a day and a time that day, in the editor's order): the labels read as the list does.
  const order = marks.map((m, i) => ({ m, i, at: m.y }));
  const tops = stack(order.map(({ i, at }) => ({ at, size: (options[i][0]?.lines.length ?? 0) * LINE_HEIGHT })), 2);
  let bottom = bottomOfMarks;
  order.forEach(({ m, i }, j) => {
    const fit = options[i][0];
    if (!fit) return;
    const centre = tops[j] + (fit.lines.length * LINE_HEIGHT) / 2;
    const dy = centre - m.y;
    const from = (m.glyph ? R : BAR / 2) + 2;
    const to = lx - m.x - 3;
    m.label = {
      lines: fit.lines,
      short: fit.short,
      dx: round(lx - m.x),
      dy: round(dy + FONT_SIZE / 3 - ((fit.lines.length - 1) * LINE_HEIGHT) / 2),
      anchor: 'start',
      ...(to > from + 4 ? { leader: Math.abs(dy) < 1 ? `M${from},0H${round(to)}` : `M${from},0H${round(to - 8)}L${round(to)},${round(dy)}` } : {}),
    };
    bottom = Math.max(bottom, tops[j] + fit.lines.length * LINE_HEIGHT);
  });
  for (const l of lanes) l.band.height = bottom - top + 8;

  const drawn: TimelineBreak[] = axis.segments
    .filter((s) => s.kind !== 'scale')
    .map((s) =>
      s.kind === 'break'
        ? { kind: 'break' as const, r0: s.r0, r1: s.r1, path: `M${gutter - 6},${round(s.r0 + 8)}l6,-4l6,4l6,-4M${gutter - 6},${round(s.r1 - 4)}l6,-4l6,4l6,-4` }
        : { kind: 'enlarged' as const, r0: s.r0, r1: s.r1, path: `M${gutter + 2},${round(s.r0 + 2)}h4V${round(s.r1 - 2)}h-4` },
    );
  return {
    orientation: 'vertical',
    zoom: 1,
    width,
    height: round(bottom + 12),
    plot: { x: 0, y: top - 4, width, height: round(bottom - top + 8) },
    range: [axis.start, axis.end],
    lanes,
    ticks: axisTicks(axis, 'vertical', tickStep, storyEnds(times)),
    segments: axis.segments,
    breaks: drawn,
    marks,
    // A phone has no zoom to break a cluster up; its marks take columns instead (never on top of each other).
    clusters: [],
    gutter,
    zone,
  };
}

export { TICK_FONT };
