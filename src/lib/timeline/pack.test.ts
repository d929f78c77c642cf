import { describe, expect, it } from 'vitest';
import { packRows, stack } from './pack.ts';
import type { LabelFit } from './labels.ts';

const label = (width: number): LabelFit => ({ lines: ['x'], width, short: false });
const o = { min: 0, max: 500, gap: 5, pad: 8, maxRows: 4 };

describe('packRows', () => {
  it('puts same-day marks in separate rows', () => {
    const { rows, placed } = packRows([{ a: 100, b: 114, options: [] }, { a: 100, b: 114, options: [] }], o);
    expect(rows).toBe(2);
    expect(placed.map((p) => p.row)).toEqual([0, 1]);
  });
  it('a label never runs into the next item of its row', () => {
    const { placed } = packRows([{ a: 0, b: 14, options: [label(200)] }, { a: 100, b: 114, options: [label(50)] }], o);
    expect(placed[0]).toMatchObject({ row: 0, side: 'end' });
    expect(placed[1].row).toBe(1);
  });
  it('puts a label before its mark when there is no room after it', () => {
    const { placed } = packRows([{ a: 480, b: 494, options: [label(100)] }], o);
    expect(placed[0]).toMatchObject({ side: 'start' });
  });
  it('leaves a label out rather than cut it, when no row up to the limit has room', () => {
    const items = Array.from({ length: 6 }, () => ({ a: 250, b: 264, options: [label(400)] }));
    const { placed } = packRows(items, o);
    expect(placed.every((p) => p.label === null)).toBe(true);
  });
});

describe('stack', () => {
  it('pushes a block down just past the one above', () => {
    expect(stack([{ at: 10, size: 20 }, { at: 12, size: 20 }, { at: 100, size: 10 }], 2)).toEqual([0, 22, 95]);
  });
});
