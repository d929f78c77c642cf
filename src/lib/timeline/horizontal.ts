/**
 * The horizontal timeline (wide screens, print): time runs left to right, each lane a band of
 * rows, labels beside their marks. Laid out anew at each zoom level, so a zoomed-in timeline has
 * ticks for what is in view, 1-unit gridlines and labels at their size with more room. Pure.
 */
import { group } from 'd3-array';
import { FONT_SIZE, LINE_HEIGHT, labelOptions, textWidth } from './labels.ts';
import { humanizeLane } from './lanes.ts';
import { baseMark, GLYPHS, R, round, shapeMark } from './marks.ts';
import { packRows } from './pack.ts';
import { badgeWidth, BADGE_HEIGHT, denseGroups } from './clusters.ts';
import { timeAxis } from './scale.ts';
import { timelineSetup, type TimelineSetup } from './setup.ts';
import { axisTicks, storyEnds } from './ticks.ts';
import type { LayoutEvent, LayoutOptions, TimelineBreak, TimelineCluster, TimelineLane, TimelineLayout, TimelineMark } from './types.ts';

/** Width of the SVG at zoom 1, in units: 1 unit = 1 CSS px in the article's 640 px column (at 1280 px and wider), so 12-unit labels are drawn at 12 px. */
export const DESIGN_WIDTH = 640;
const EDGE = 8;
const GAP = 5;
const PAD = 8;
const ROW = 32;
const LANE_HEADER = 20;
/** Where a mark in the header strip sits: on the lane name's line (its baseline is at 15). */
const HEAD_ROW = 11;
const LANE_GAP = 6;
const AXIS = 36;
const BAR = 10;
/** A label no wider than this (so one long title does not take a whole row). */
const MAX_LABEL = 300;
const MAX_ROWS = 10;

export function horizontalLayout(events: readonly LayoutEvent[], laneIds: string[], o: LayoutOptions = {}): TimelineLayout {
  return placed(timelineSetup(events, laneIds, o), laneIds, o);
}

/** Where marks, cluster badges and labels are: x extent and y extent of each. */
function occupied(L: Pick<TimelineLayout, 'marks' | 'clusters'>): { x: [number, number]; y: [number, number] }[] {
  const out = L.clusters.map((c) => ({ x: [c.t0, c.t1] as [number, number], y: [c.y - BADGE_HEIGHT / 2 - 2, c.y + BADGE_HEIGHT / 2 + 2] as [number, number] }));
  for (const m of L.marks) {
    if (m.cluster !== undefined) continue;
    out.push({ x: [m.t0, m.t1], y: [m.y - R - 2, m.y + R + 2] });
    if (!m.label) continue;
    const w = Math.max(...m.label.lines.map((l) => textWidth(l, FONT_SIZE)));
    const at = m.x + m.label.dx;
    const half = (m.label.lines.length * LINE_HEIGHT) / 2 + 2;
    out.push({ x: m.label.anchor === 'start' ? [at, at + w] : [at - w, at], y: [m.y - half, m.y + half] });
  }
  return out;
}

function placed(setup: TimelineSetup, laneIds: string[], o: LayoutOptions): TimelineLayout {
  const zoom = o.zoom ?? 1;
  const width = DESIGN_WIDTH * zoom;
  const { sorted, times, colours, domain, breaks, tickStep, zone } = setup;
  const left = EDGE + R;
  const axis = timeAxis(domain, breaks, { start: left, length: width - EDGE - R - left });
  const x = (t: number) => axis.scale(new Date(t));
  const marks: TimelineMark[] = sorted.map((e, i) => {
    const time = times[i];
    const m = baseMark(e, i, colours.get(e.lane)!, time);
    m.x = time.shape === 'span' ? x(time.start) : x(time.at);
    shapeMark(m, time.shape, m.x, x(time.start), x(time.end), { vertical: false, bar: BAR });
    return m;
  });
  // Marks too dense to tell apart at this zoom are drawn as one badge with their count.
  const clusters: TimelineCluster[] = (o.cluster === false ? [] : denseGroups(marks)).map((members, k) => {
    const centres = members.map((i) => (marks[i].t0 + marks[i].t1) / 2);
    const c = (centres[0] + centres[centres.length - 1]) / 2;
    const w = badgeWidth(members.length);
    for (const i of members) marks[i].cluster = k;
    const lane = marks[members[0]].lane;
    return { lane, colour: colours.get(lane)!, members, x: round(c), y: 0, width: w, height: BADGE_HEIGHT, t0: round(c - w / 2), t1: round(c + w / 2) };
  });
  const byLane = group(marks.filter((m) => m.cluster === undefined), (m) => m.lane);
  const clustersOf = group(clusters, (c) => c.lane);
  const lanes: TimelineLane[] = [];
  let y = 4;
  for (const id of laneIds) {
    // The lane's marks and clusters, packed in rows together: a cluster is a mark without a label.
    const items = [
      ...(byLane.get(id) ?? []).map((m) => ({ a: m.t0, b: m.t1, at: m.index, options: labelOptions(sorted[m.index], MAX_LABEL), m })),
      ...(clustersOf.get(id) ?? []).map((c) => ({ a: c.t0, b: c.t1, at: c.members[0], options: [], c })),
    ].sort((p, q) => p.a - q.a || p.at - q.at);
    // The header strip is free after the lane's name (bold: wider than textWidth's regular metrics).
    const head = EDGE + textWidth(o.laneNames?.[id] ?? humanizeLane(id), FONT_SIZE) * 1.15 + PAD;
    const { rows, placed } = packRows(items, { min: EDGE, max: width - EDGE, gap: GAP, pad: PAD, maxRows: MAX_ROWS, head });
    const height = LANE_HEADER + rows * ROW;
    lanes.push({ id, label: humanizeLane(id), colour: colours.get(id)!, rows, band: { x: 0, y, width, height }, header: { x: EDGE, y: y + 15 } });
    items.forEach((item, j) => {
      const p = placed[j];
      // Row -1: the header strip, beside the lane's name (a lone trailing label, see packRows).
      const rowY = p.row < 0 ? y + HEAD_ROW : y + LANE_HEADER + p.row * ROW + ROW / 2;
      if ('c' in item) {
        item.c.y = rowY;
        for (const i of item.c.members) Object.assign(marks[i], { row: p.row, y: rowY });
        return;
      }
      const m = item.m;
      m.row = p.row;
      m.y = rowY;
      if (p.label) {
        const lines = p.label.lines.length;
        m.label = {
          lines: p.label.lines,
          short: p.label.short,
          dx: round(p.side === 'end' ? m.t1 - m.x + GAP : m.t0 - m.x - GAP),
          dy: round(FONT_SIZE / 3 - ((lines - 1) * LINE_HEIGHT) / 2),
          anchor: p.side === 'end' ? 'start' : 'end',
        };
      }
    });
    y += height + LANE_GAP;
  }
  const plotBottom = y - LANE_GAP;
  // The zigzags run from the top of the plot to the axis, but never through a mark, badge or label:
  // a label spilling over the compressed gap keeps its row, and the zigzag pauses there.
  const taken = occupied({ marks, clusters });
  const drawn: TimelineBreak[] = axis.segments
    .filter((s) => s.kind === 'break')
    .map((s) => {
      const blocked = taken.filter((b) => b.x[0] < s.r1 && b.x[1] > s.r0).map((b) => b.y);
      return { kind: 'break', r0: s.r0, r1: s.r1, path: zigzag(s.r0 + 8, s.r1 - 8, plotBottom + 8, blocked) };
    });
  return {
    orientation: 'horizontal',
    zoom,
    width,
    height: plotBottom + AXIS,
    plot: { x: 0, y: 0, width, height: plotBottom },
    range: [axis.start, axis.end],
    lanes,
    ticks: axisTicks(axis, 'horizontal', tickStep, storyEnds(times)),
    segments: axis.segments,
    breaks: drawn,
    marks,
    clusters,
    gutter: 0,
    zone,
  };
}

/**
 * Two zigzag lines from the top of the plot to the axis: the sign of a compressed gap. They pause
 * over `blocked` stretches (y ranges of marks and labels the gap's width crosses).
 */
export function zigzag(a: number, b: number, bottom: number, blocked: readonly [number, number][] = []): string {
  // A little clear of each label, and no stub between two labels: a run shorter than three steps
  // would read as a stray mark, not as the sign of a gap (but for the one on the axis).
  const free = (y0: number, y1: number) => !blocked.some(([t, u]) => t - 3 < y1 && u + 3 > y0);
  const line = (x: number) => {
    let d = '';
    let run: string[] = [];
    const flush = (atAxis = false) => {
      // The run that reaches the axis is the break's mark on the axis itself: always drawn.
      if (run.length > 3 || (atAxis && run.length > 1)) d += run.join('');
      run = [];
    };
    for (let y = 0, i = 0; y < bottom; y += 6, i++) {
      const y1 = Math.min(y + 6, bottom);
      if (!free(y, y1)) {
        flush();
        continue;
      }
      if (!run.length) run.push(`M${round(x + (i % 2 ? 3 : -3))},${y}`);
      run.push(`L${round(x + (i % 2 ? -3 : 3))},${y1}`);
    }
    flush(true);
    return d;
  };
  return `${line(a)}${line(b)}`;
}

export { GLYPHS };
