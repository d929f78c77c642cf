import { describe, expect, it } from 'vitest';
import { packRows, stack } from './pack.ts';
import type { LabelFit } from './labels.ts';

const label = (width: number): LabelFit => ({ lines: ['x'], width, short: false });
const o = { min: 0, max: 500, gap: 5, pad: 8, maxRows: 4 };

describe('packRows', () => {
  it("gives the lane's last label the header strip rather than a row of its own", () => {
    const items = [{ a: 300, b: 314, options: [label(100)] }, { a: 400, b: 414, options: [label(300)] }];
    expect(packRows(items, o)).toMatchObject({ rows: 2, placed: [{ row: 0 }, { row: 1, side: 'start' }] });
    const { rows, placed } = packRows(items, { ...o, head: 60 });
    expect(rows).toBe(1);
    expect(placed[1]).toMatchObject({ row: -1, side: 'start', label: { width: 300 } });
    // Not an item in the middle, nor a label running into the lane's name.
    expect(packRows([...items, { a: 480, b: 494, options: [] }], { ...o, head: 60 }).placed[1].row).not.toBe(-1);
    expect(packRows(items, { ...o, head: 120 }).placed[1].row).not.toBe(-1);
  });
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
