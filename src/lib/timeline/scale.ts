/**
 * The time axis: a d3 `scaleUtc` with a multi-point domain, i.e. a piecewise-linear scale. Time is
 * to scale within each segment; a gap much longer than the usual spacing is compressed into a
 * break of fixed size, and (vertical layout) a day crowded with events may be enlarged to fit its
 * labels. Every place the scale changes is returned, so it is drawn, not hidden. Pure.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { quantile } from 'd3-array';
import { DAY } from './interval.ts';

/**
 * A gap this many times the usual spacing of events (and at least MIN_BREAK_GAP) is compressed. The
 * usual spacing is the lower quartile of the gaps, not the median: in a story of a few events the
 * long gaps would otherwise raise the median and hide each other.
 */
export const BREAK_RATIO = 4;
export const MIN_BREAK_GAP = 3 * DAY;
/** A break leaves out at least 1/MIN_BREAK_SHARE of the axis' time: a small one would only cut the drawing up. */
export const MIN_BREAK_SHARE = 12;
/** At most this many breaks on one axis (the longest gaps): more would read as noise. */
export const MAX_BREAKS = 3;
/** Size of a drawn break, in SVG units. */
export const BREAK_SIZE = 28;

/** A stretch of the axis: to scale, compressed (a break) or enlarged (a crowded day). */
export interface AxisSegment {
  kind: 'scale' | 'break' | 'enlarged';
  /** Time, UTC ms, [from, to). */
  from: number;
  to: number;
  /** Position along the axis, SVG units. */
  r0: number;
  r1: number;
}

export interface TimeAxis {
  scale: ScaleTime<number, number>;
  segments: AxisSegment[];
  /** Length of the axis (r1 of the last segment) and its first position. */
  start: number;
  end: number;
}

export interface AxisOptions {
  /** First position of the axis. */
  start: number;
  /** Horizontal: the axis length is fixed; time to scale fills what the breaks leave. */
  length?: number;
  /** Vertical: units per day instead (the axis grows as long as the story needs). */
  unitsPerDay?: number;
  /** Fixed range, UTC ms (the <Timeline from to> props). */
  from?: number;
  to?: number;
  /** Days that need at least this many units (vertical: crowded days), start of day → units. */
  minDay?: ReadonlyMap<number, number>;
}

/** [first day's start, last day's end) around the intervals: the axis runs over whole days. */
export function axisDomain(intervals: readonly { start: number; end: number }[], from?: number, to?: number): [number, number] {
  const lo = from ?? Math.min(...intervals.map((d) => d.start));
  const hi = to ?? Math.max(...intervals.map((d) => d.end));
  const a = Math.floor(lo / DAY) * DAY;
  return [a, Math.max(Math.ceil(hi / DAY) * DAY, a + DAY)];
}

/**
 * The gaps to compress: stretches with no event time longer than BREAK_RATIO × the usual spacing
 * of the events' times. A day is kept on either side, so marks never touch the break.
 */
export function axisBreaks(intervals: readonly { start: number; end: number }[], domain: [number, number], maxBreaks = MAX_BREAKS): [number, number][] {
  // Covered stretches (spans merged), in time order.
  const runs: [number, number][] = [];
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = runs.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else runs.push([start, end]);
  }
  const gaps = runs.slice(1).map((r, i) => r[0] - runs[i][1]);
  const typical = quantile(gaps.filter((g) => g > 0), 0.25) ?? 0;
  const threshold = Math.max(BREAK_RATIO * typical, MIN_BREAK_GAP);
  const out: [number, number][] = [];
  runs.slice(1).forEach((r, i) => {
    if (gaps[i] <= threshold) return;
    const from = Math.ceil(runs[i][1] / DAY) * DAY + DAY;
    const to = Math.floor(r[0] / DAY) * DAY - DAY;
    if (to - from >= Math.max(DAY, (domain[1] - domain[0]) / MIN_BREAK_SHARE) && from > domain[0] && to < domain[1]) out.push([from, to]);
  });
  // At most a few: the longest gaps, back in time order.
  return out
    .sort((a, b) => b[1] - b[0] - (a[1] - a[0]))
    .slice(0, maxBreaks)
    .sort((a, b) => a[0] - b[0]);
}

/**
 * Builds the piecewise axis over `domain`: to-scale segments, breaks, enlarged days. Horizontal
 * (`length`): the to-scale segments share what the breaks leave. Vertical (`unitsPerDay`): each
 * to-scale segment is that long, and a crowded day gets at least the room it asks for.
 */
export function timeAxis(domain: [number, number], breaks: readonly [number, number][], o: AxisOptions): TimeAxis {
  // Stretches in time order, each with its kind.
  const pieces: { kind: AxisSegment['kind']; from: number; to: number }[] = [];
  let t = domain[0];
  const enlarged = [...(o.minDay?.keys() ?? [])].sort((a, b) => a - b);
  const cut = (until: number) => {
    // Between two breaks: to-scale time, with crowded days cut out as enlarged segments.
    for (const day of enlarged) {
      if (day < t || day + DAY > until) continue;
      if (day > t) pieces.push({ kind: 'scale', from: t, to: day });
      pieces.push({ kind: 'enlarged', from: day, to: day + DAY });
      t = day + DAY;
    }
    if (until > t) pieces.push({ kind: 'scale', from: t, to: until });
    t = until;
  };
  for (const [a, b] of breaks) {
    cut(a);
    pieces.push({ kind: 'break', from: a, to: b });
    t = b;
  }
  cut(domain[1]);

  let perMs: number;
  if (o.length !== undefined) {
    const scaled = pieces.filter((p) => p.kind !== 'break').reduce((n, p) => n + p.to - p.from, 0);
    perMs = Math.max(0, o.length - BREAK_SIZE * breaks.length) / scaled;
  } else perMs = (o.unitsPerDay ?? 24) / DAY;

  const segments: AxisSegment[] = [];
  let r = o.start;
  for (const p of pieces) {
    const natural = (p.to - p.from) * perMs;
    const size = p.kind === 'break' ? BREAK_SIZE : p.kind === 'enlarged' ? Math.max(natural, o.minDay!.get(p.from)!) : natural;
    // An enlarged day that needs no more room than it has is just time to scale.
    const kind = p.kind === 'enlarged' && size <= natural + 0.5 ? 'scale' : p.kind;
    segments.push({ kind, from: p.from, to: p.to, r0: r, r1: r + size });
    r += size;
  }
  const domainPoints = [segments[0].from, ...segments.map((s) => s.to)];
  const rangePoints = [segments[0].r0, ...segments.map((s) => s.r1)];
  const scale = scaleUtc()
    .domain(domainPoints.map((d) => new Date(d)))
    .range(rangePoints)
    .clamp(true);
  return { scale, segments, start: o.start, end: r };
}
