/**
 * Marks too dense to tell apart at a zoom level become one cluster with a count: in one lane, at
 * least CLUSTER_MIN marks whose centres lie within CLUSTER_CELL units of the first. Units are the
 * drawing's, so zooming in spreads the marks and the clusters break up; the deepest zoom level is
 * laid out without clusters, so every mark can be reached there. Pure.
 */
import { FONT_SIZE, textWidth } from './labels.ts';

/** Along the time axis, in SVG units: marks whose centres fall this close together are a crowd. */
export const CLUSTER_CELL = 28;
/** How many marks of one lane in one cell make a cluster. */
export const CLUSTER_MIN = 5;
/** The badge's height, and its padding on each side of the count. */
export const BADGE_HEIGHT = 18;
const BADGE_PAD = 6;

export interface Crowded {
  index: number;
  lane: string;
  t0: number;
  t1: number;
}

/**
 * Groups of mark indices (time order within a lane), each a cluster: a sliding window over each
 * lane's marks in the order of their centres. O(n log n).
 */
export function denseGroups(marks: readonly Crowded[], o: { cell?: number; min?: number } = {}): number[][] {
  const cell = o.cell ?? CLUSTER_CELL;
  const min = o.min ?? CLUSTER_MIN;
  const byLane = new Map<string, { index: number; c: number }[]>();
  for (const m of marks) {
    if (!byLane.has(m.lane)) byLane.set(m.lane, []);
    byLane.get(m.lane)!.push({ index: m.index, c: (m.t0 + m.t1) / 2 });
  }
  const groups: number[][] = [];
  for (const list of byLane.values()) {
    list.sort((p, q) => p.c - q.c || p.index - q.index);
    let i = 0;
    while (i < list.length) {
      let j = i;
      while (j + 1 < list.length && list[j + 1].c - list[i].c < cell) j++;
      if (j - i + 1 >= min) {
        groups.push(list.slice(i, j + 1).map((x) => x.index).sort((a, b) => a - b));
        i = j + 1;
      } else i++;
    }
  }
  return groups.sort((a, b) => a[0] - b[0]);
}

/** Width of the badge that shows `count`, in SVG units. */
export const badgeWidth = (count: number) => Math.max(BADGE_HEIGHT + 4, Math.ceil(textWidth(String(count), FONT_SIZE)) + 2 * BADGE_PAD);
