/**
 * Row packing along the time axis: marks never overlap (same-day events take separate rows) and a
 * label is placed whole, after or before its mark, only where it runs into nothing. Pure.
 */
import type { LabelFit } from './labels.ts';

export interface PackItem {
  /** Extent of the mark alone along the time axis. */
  a: number;
  b: number;
  /** Label choices, preferred first (see labelOptions); empty for a mark without a label. */
  options: readonly LabelFit[];
}

export interface Placement {
  row: number;
  label: LabelFit | null;
  /** Label after the mark (end) or before it (start). */
  side: 'start' | 'end';
}

export interface PackOptions {
  /** The plot's ends: a label may not run past them. */
  min: number;
  max: number;
  /** Space between a mark and its label, and between two items of a row. */
  gap: number;
  pad: number;
  /** Rows a lane may open to give a label room; past that, marks are placed without one. */
  maxRows: number;
  /**
   * Where the lane's header strip (its name's line) is free from. The lane's last item, when it
   * would open a row of its own only for its label, takes that strip instead (row -1) with a
   * one-line label: a lone label at the end of the story does not make the lane taller.
   */
  head?: number;
}

/**
 * Places items (sorted by `a`) in rows: each takes the first row where its mark and one of its
 * labels fit (after the mark, else before it); if no row up to `maxRows` has room for any label,
 * the first row where the mark alone fits, without a label. O(n · rows · options).
 */
export function packRows(items: readonly PackItem[], o: PackOptions): { rows: number; placed: Placement[] } {
  const ends: number[] = [];
  const placed: Placement[] = [];
  /** The header strip for the lane's last item, with a one-line label, instead of a new row. */
  const inHead = (item: PackItem): Placement | null => {
    if (o.head === undefined || item !== items.at(-1) || item.a - o.pad < o.head) return null;
    // Only in the form it would take in a row (the title, on one line): the strip saves a row, not words.
    const opt = item.options[0];
    if (!opt || opt.lines.length > 1) return null;
    if (item.b + o.gap + opt.width <= o.max) return { row: -1, label: opt, side: 'end' };
    if (item.a - o.gap - opt.width >= o.head) return { row: -1, label: opt, side: 'start' };
    return null;
  };
  for (const item of items) {
    let done: Placement | null = null;
    for (let r = 0; r <= Math.min(ends.length, o.maxRows - 1) && !done; r++) {
      const end = ends[r] ?? -Infinity;
      if (r === ends.length && r > 0 && (done = inHead(item))) break;
      if (item.a - o.pad < end) continue;
      for (const opt of item.options) {
        if (item.b + o.gap + opt.width <= o.max) {
          done = { row: r, label: opt, side: 'end' };
          ends[r] = item.b + o.gap + opt.width + o.pad;
          break;
        }
        if (item.a - o.gap - opt.width >= Math.max(end + o.pad, o.min)) {
          done = { row: r, label: opt, side: 'start' };
          ends[r] = item.b + o.pad;
          break;
        }
      }
    }
    if (!done) {
      let r = ends.findIndex((end) => item.a - o.pad >= end);
      if (r < 0) r = ends.length;
      ends[r] = item.b + o.pad;
      done = { row: r, label: null, side: 'end' };
    }
    placed.push(done);
  }
  return { rows: Math.max(1, ends.length), placed };
}

/**
 * Stacks blocks along one axis (vertical labels): each wants to be centred on `at` and is pushed
 * down just enough not to overlap the one before. Blocks must come sorted by `at`.
 */
export function stack(blocks: readonly { at: number; size: number }[], gap: number, min = -Infinity): number[] {
  let bottom = min;
  return blocks.map(({ at, size }) => {
    const top = Math.max(at - size / 2, bottom + gap);
    bottom = top + size;
    return top;
  });
}
