/**
 * Ticks of a piecewise time axis: d3's UTC ticks within each to-scale segment, as many as their
 * labels leave room for, labelled to their spacing (never finer than `minStep`: a day, unless events
 * have a time of day); an enlarged day gets one tick naming it. Pure.
 */
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { DAY } from './interval.ts';
import { textWidth } from './labels.ts';
import type { TimeAxis } from './scale.ts';

/** Tick labels, like every label of the drawing, at least 12 px (issue 12). */
export const TICK_FONT = 12;

export interface Tick {
  /** The tick's time, ISO (UTC). */
  date: string;
  /** Position along the time axis. */
  at: number;
  /** "21 Feb", "Mar 2016", "2016" or "14:00", by the spacing; a two-line label for months. */
  label: string[];
  /** Where the label sits: centred on the tick, or an enlarged day's name across its segment. */
  kind: 'tick' | 'day';
}

const isoDay = utcFormat('%Y-%m-%dT%H:%MZ');
const dayLabel = utcFormat('%-d %b');
const formats: [number, (d: Date) => string[]][] = [
  [DAY, (d) => [utcFormat('%H:%M')(d)]],
  [28 * DAY, (d) => [utcFormat('%-d %b')(d)]],
  [365 * DAY, (d) => [utcFormat('%b')(d), utcFormat('%Y')(d)]],
  [Infinity, (d) => [utcFormat('%Y')(d)]],
];

/** The tick label for a spacing of `step` ms. */
export function tickFormat(step: number): (d: Date) => string[] {
  return formats.find(([max]) => step < max)![1];
}

/** Width a tick label needs along a horizontal axis. */
const labelWidth = (lines: string[]) => Math.max(...lines.map((l) => textWidth(l, TICK_FONT)));

/** The instants of the first and last events known to the day (or the minute), for `axisTicks(…, ends)`. */
export function storyEnds(times: readonly { at: number; kind: string }[]): number[] {
  const at = times.filter((t) => t.kind === 'day' || t.kind === 'time').map((t) => t.at).filter(Number.isFinite);
  return at.length ? [Math.min(...at), Math.max(...at)] : [];
}

/** A vertical tick's year line, above its label (yeared): it needs room above the tick, not below. */
const yearAbove = (l: string[]) => l.length > 1 && /^\d{4}$/.test(l[0]);
/** Room along a vertical axis between two tick labels: a line, or two for a two-line label, and b's year above it. */
const verticalRoom = (a: string[], b: string[] = []) =>
  (a.length - +yearAbove(a) > 1 || b.length - +yearAbove(b) > 1 ? 26 : 16) + (yearAbove(b) ? 12 : 0);

/**
 * Ticks for the axis. `spacing` is the room along the axis one label needs (horizontal: its
 * width plus a gap; vertical: a line or two); ticks closer than that to a break are dropped.
 * `ends`: the instants of the first and last events — their days are always labelled (a reader
 * looks for where the story starts and stops), their neighbours give way.
 */
export function axisTicks(axis: TimeAxis, orientation: 'horizontal' | 'vertical', minStep = DAY, ends: number[] = []): Tick[] {
  const out: Tick[] = [];
  for (const s of axis.segments) {
    if (s.kind === 'enlarged') {
      out.push({ date: isoDay(new Date(s.from)), at: (s.r0 + s.r1) / 2, label: [utcFormat('%-d %b')(new Date(s.from))], kind: 'day' });
      continue;
    }
    if (s.kind !== 'scale') continue;
    const local = scaleUtc().domain([new Date(s.from), new Date(s.to)]).range([s.r0, s.r1]);
    // Fewer ticks until their labels fit: "21 Feb" needs ~40 units, "Sep / 2014" as much.
    for (let count = Math.max(1, Math.floor((s.r1 - s.r0) / 40)); count >= 1; count = Math.floor(count / 1.5)) {
      // Dates without a time of day get no ticks between midnights: "06:00" would say more than the data.
      const ticks = local.ticks(count).filter((d) => d.getTime() >= s.from && d.getTime() < s.to && d.getTime() % minStep === 0);
      const step = ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : Math.max(DAY, s.to - s.from);
      const format = tickFormat(step);
      const labels = ticks.map((d) => format(d));
      const need = orientation === 'horizontal' ? Math.max(0, ...labels.map(labelWidth)) + 10 : Math.max(0, ...labels.map((l) => verticalRoom(l)));
      const gap = ticks.length > 1 ? local(ticks[1]) - local(ticks[0]) : Infinity;
      if (gap >= need || count === 1) {
        ticks.forEach((d, i) => out.push({ date: isoDay(d), at: local(d), label: labels[i], kind: 'tick' }));
        break;
      }
    }
  }
  const room = (a: Tick, b: Tick) => (orientation === 'horizontal' ? (labelWidth(a.label) + labelWidth(b.label)) / 2 + 8 : verticalRoom(a.label, b.label));
  // The first and last events' days are named, whether or not a tick fell there; others give way.
  const dayOf = (t: Tick) => t.date.slice(0, 10);
  const endTicks = new Set<Tick>();
  for (const at of ends) {
    const day = Math.floor(at / DAY) * DAY;
    const date = isoDay(new Date(day));
    const has = out.find((t) => dayOf(t) === date.slice(0, 10) && (t.kind === 'day' || t.date === date));
    if (has) endTicks.add(has);
    else if (axis.segments.some((s) => s.kind !== 'break' && day >= s.from && day < s.to)) {
      endTicks.add({ date, at: axis.scale(new Date(day)), label: [dayLabel(new Date(day))], kind: 'tick' });
    }
  }
  const ranked = (t: Tick) => (endTicks.has(t) ? 2 : t.kind === 'day' ? 1 : 0);
  // Keep labels apart across segment ends (a tick next to a break or an enlarged day): of two too
  // close, an end of the story wins, then an enlarged day's name.
  const keep = (all: Tick[]) => {
    const kept: Tick[] = [];
    for (const t of all) {
      const prev = kept.at(-1);
      if (prev && t.at - prev.at < room(prev, t)) {
        if (ranked(t) > ranked(prev)) {
          kept[kept.length - 1] = t;
          // The tick before the one replaced may now be too close to this one.
          while (kept.length > 1 && t.at - kept[kept.length - 2].at < room(kept[kept.length - 2], t) && ranked(kept[kept.length - 2]) < ranked(t)) kept.splice(kept.length - 2, 1);
        }
        continue;
      }
      kept.push(t);
    }
    return kept;
  };
  // The dates and years a tick gains (dated, yeared) make its label longer: spaced again with them,
  // and named again where a tick that carried them gave way.
  const label = (ticks: Tick[]) => yeared(dated(ticks), orientation);
  const relabel = (ticks: Tick[]) => {
    const out = label(ticks);
    out.forEach((t, i) => endTicks.has(ticks[i]) && endTicks.add(t));
    return out;
  };
  return label(keep(relabel(keep(relabel(keep([...new Set([...out, ...endTicks])].sort((a, b) => a.at - b.at)))))));
}

/**
 * The year, where an axis of days or hours would otherwise never say it: on the first tick and
 * on the first tick of each new year ("11 Feb / 2016", "06:00 / 14 Mar 2016"; on a vertical axis,
 * whose labels end at a narrow gutter, a line of its own above: "2016 / 11 Feb"). Month ticks say
 * theirs already.
 */
export function yeared(ticks: Tick[], orientation: 'horizontal' | 'vertical' = 'horizontal'): Tick[] {
  let year: number | undefined;
  return ticks.map((t) => {
    const y = new Date(t.date).getUTCFullYear();
    const changed = y !== year;
    year = y;
    if (!changed || t.label.some((l) => /\b\d{4}\b/.test(l))) return t;
    if (orientation === 'vertical') return { ...t, label: [String(y), ...t.label] };
    return { ...t, label: t.label.length > 1 ? [...t.label.slice(0, -1), `${t.label.at(-1)} ${y}`] : [t.label[0], String(y)] };
  });
}

/**
 * Hour ticks name their day, as d3's multi-scale format does: the first tick of each day, and the
 * axis' first tick, carry the date ("14 Mar" at midnight, "06:00 / 14 Mar" otherwise), so an
 * axis of hours never reads "00:00 12:00 00:00" without saying which day.
 */
export function dated(ticks: Tick[]): Tick[] {
  let day: number | undefined;
  return ticks.map((t) => {
    const d = new Date(t.date);
    const thisDay = Math.floor(d.getTime() / DAY);
    const first = thisDay !== day;
    day = thisDay;
    if (!first || t.kind !== 'tick' || !/^\d\d:\d\d$/.test(t.label[0]) || t.label.length > 1) return t;
    const midnight = d.getTime() % DAY === 0;
    return { ...t, label: midnight ? [dayLabel(d)] : [t.label[0], dayLabel(d)] };
  });
}
