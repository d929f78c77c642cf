import { describe, expect, it } from 'vitest';
import { countScale, OPEN_END } from './scale.ts';

describe('countScale(max)', () => {
  it('maps 0 to the left edge and a nice number at or above max to the end of the plot, leaving room for the open end', () => {
    const x = countScale(127);
    expect(x(0)).toBe(0);
    expect(x.domain).toEqual([0, 130]);
    expect(x(130)).toBeCloseTo(100 - OPEN_END, 6);
    expect(x(65)).toBeCloseTo((100 - OPEN_END) / 2, 6);
  });

  it('labels ticks with thousands separators and only at whole numbers', () => {
    expect(countScale(1234).ticks.map((t) => t.label)).toEqual(['0', '200', '400', '600', '800', '1,000', '1,200']);
    expect(countScale(3).ticks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  it('never divides by zero when every toll is 0', () => {
    const x = countScale(0);
    expect(x.domain).toEqual([0, 1]);
    expect(Number.isFinite(x(0))).toBe(true);
  });
});
