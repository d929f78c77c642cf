import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { format } from 'd3-format';

/**
 * The chart's horizontal scale: people killed → percent of the plot width. Positions are in
 * percent so the SVG stretches to any column width while its text keeps the page's font size.
 * The last `openEnd` percent is kept free for the open end of a minimum ("at least 68").
 */
export interface CountScale {
  (value: number): number;
  domain: [number, number];
  ticks: { value: number; x: number; label: string }[];
}

/** Room (in percent of the width) after the largest figure for its open end. */
export const OPEN_END = 10;

const tickFormat = format(',d');

/** A linear scale from 0 to a nice number at or above `max`, ticks labelled "1,000". */
export function countScale(max: number, tickCount = 5): CountScale {
  const s: ScaleLinear<number, number> = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([0, 100 - OPEN_END])
    // Rounded to a step of about a tenth of the domain: less empty space than rounding to a tick.
    .nice(tickCount * 2);
  const scale = ((v: number) => s(v)) as CountScale;
  const [d0, d1] = s.domain();
  scale.domain = [d0, d1];
  // Counts are whole people: never a tick at 2.5.
  scale.ticks = s
    .ticks(tickCount)
    .filter(Number.isInteger)
    .map((value) => ({ value, x: s(value), label: tickFormat(value) }));
  return scale;
}
