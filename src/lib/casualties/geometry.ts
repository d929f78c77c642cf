/**
 * The casualty chart's geometry: where rows sit (px) and where each mark of a bar starts and ends
 * (percent of the plot width, from scale.ts). Numbers only: every word is in words.ts.
 */
import type { Killed } from '../../schemas/figure.ts';
import { OPEN_END, type CountScale } from './scale.ts';
import { minimumOf } from './reports.ts';
import { sumQualifier, type ComparableSum } from './tolls.ts';

/** Vertical measures in px. Horizontal positions are percent of the plot width (see scale.ts). */
export const LINE = 18;
export const BAR = 18;
export const ROW_GAP = 18;
export const AXIS = 28;
/** Characters per label line: fits a 288 px phone column at the chart's 14 px text. */
export const WRAP = 34;
/** Length of a minimum's open end, percent of the width. */
export const OPEN_LENGTH = OPEN_END * 0.8;
/** How many incident colours the theme defines (--color-incident-1…); textures repeat with them. */
export const COLOURS = 5;

/** One part of an added-up bar: drawn in the colour (and texture) of that part's own bar. */
export interface Segment {
  x: number;
  width: number;
  /** The part's incident id and its colour index (0-based), the same as in its own row. */
  incident: string;
  colour: number;
  /** The part's minimum, written inside the segment when it is wide enough. */
  value: number;
}

/** The marks of one bar in one view. x and width are percent; nothing here is a DOM node. */
export interface Marks {
  /** Filled from zero to the minimum (a range's low end); empty for an added-up bar. */
  solid: { x: number; width: number };
  /** A lower bound: the fading, dashed continuation past the figure, ending in an arrowhead at `x + width`. */
  open?: { x: number; width: number };
  /** A range: the span from low to high, outlined, with end caps. */
  range?: { x: number; width: number };
  /** "about": a dotted tick across the end of the bar. */
  about?: { x: number };
  /** An exact count: a solid end cap. */
  exact?: { x: number };
  /** A bare figure (qualifier none): the bar just ends, claiming neither exactness nor a minimum. */
  plain?: { x: number };
  /** A total added up from its parts: one segment per part, in the parts' colours. */
  segments?: Segment[];
  /** A total: where the figure the source itself gives stands on the added-up bar. */
  stated?: { x: number };
  /** Latest view of a revised toll: where the first report stood, and the arrow from there to the latest. */
  revision?: { firstX: number; latestX: number };
}

/** The end of a bar at `at` (percent) for a toll of this kind. */
function endMarks(k: Pick<Killed, 'qualifier'>, at: number): Pick<Marks, 'open' | 'about' | 'exact' | 'plain'> {
  if (k.qualifier === 'at-least' || k.qualifier === 'more-than') return { open: { x: at, width: OPEN_LENGTH } };
  if (k.qualifier === 'about') return { about: { x: at } };
  if (k.qualifier === 'none') return { plain: { x: at } };
  return { exact: { x: at } };
}

/** The marks of one reported toll: filled to its minimum, then its kind of end. */
export function tollMarks(k: Killed, x: CountScale): Marks {
  const lo = x(minimumOf(k));
  if (k.qualifier === 'range') return { solid: { x: 0, width: lo }, range: { x: lo, width: x(k.high) - lo } };
  return { solid: { x: 0, width: lo }, ...endMarks(k, lo) };
}

/** The sum of the parts' minimums. */
export const sumOf = (parts: Killed[]) => parts.reduce((acc, k) => acc + minimumOf(k), 0);

/**
 * A total's bar. Set beside its parts (`cmp`, like with like: each part as it stood when the
 * total was reported): the parts' minimums end to end, each in its own colour, with the sum's end,
 * and a tick where the source's own total (`stated`) stands. Without a comparable sum (the total's
 * report has no time, or came before a part's first figure) the bar is the source's figure alone.
 */
export function sumMarks(parts: { incident: string; colour: number }[], cmp: ComparableSum | undefined, stated: Killed, x: CountScale): Marks {
  if (!cmp) return tollMarks(stated, x);
  let cursor = 0;
  const segments = cmp.reports.map((r, i) => {
    const width = x(minimumOf(r.killed)) - x(0);
    const seg = { x: cursor, width, incident: parts[i].incident, colour: parts[i].colour, value: minimumOf(r.killed) };
    cursor += width;
    return seg;
  });
  return { solid: { x: 0, width: 0 }, segments, ...endMarks({ qualifier: sumQualifier(cmp.reports.map((r) => r.killed)) }, cursor), stated: { x: x(minimumOf(stated)) } };
}

/** Vertical places of one row: baselines of its label and value lines, and its bar's top edge. */
export interface RowPlace {
  labelY: number[];
  valueY: number[];
  barY: number;
}

/** Stacks rows of `labelLines` + `valueLines` text lines above a bar; returns places, axis and height. */
export function stackRows(rows: { labelLines: number; valueLines: number }[]): { places: RowPlace[]; axisY: number; height: number } {
  let y = 4;
  const places = rows.map(({ labelLines, valueLines }) => {
    const labelY = Array.from({ length: labelLines }, (_, i) => y + 14 + i * LINE);
    const valueY = Array.from({ length: valueLines }, (_, i) => y + 14 + (labelLines + i) * LINE);
    const barY = y + (labelLines + valueLines) * LINE + 6;
    y = barY + BAR + ROW_GAP;
    return { labelY, valueY, barY };
  });
  const axisY = y - ROW_GAP + 8;
  return { places, axisY, height: axisY + AXIS };
}
