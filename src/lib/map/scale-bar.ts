import { kmPerUnit, type MapFrame } from './projection.ts';

export interface ScaleBar {
  /** Length on the ground, km: a round number (1, 2 or 5 times a power of ten). */
  km: number;
  /** Length on the map, map units. */
  length: number;
}

/**
 * A scale bar for the frame's centre: the round distance whose bar comes closest to `target` map
 * units without passing `max`. On a world map the scale changes across the frame: no bar (null).
 */
export function scaleBar(frame: MapFrame, target = 110, max = 170): ScaleBar | null {
  if (frame.kind === 'world') return null;
  const perUnit = kmPerUnit(frame);
  const rounds: number[] = [];
  for (let p = 0; p <= 5; p++) for (const m of [1, 2, 5]) rounds.push(m * 10 ** p);
  const fitting = rounds.filter((km) => km / perUnit <= max);
  if (fitting.length === 0) return null;
  const km = fitting.reduce((best, km) => (Math.abs(km / perUnit - target) < Math.abs(best / perUnit - target) ? km : best));
  return { km, length: Math.round((km / perUnit) * 10) / 10 };
}
