import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving.ts';

describe('rovingTarget()', () => {
  it('moves on with down and the forward arrow, back with up and the back arrow, clamped at the ends', () => {
    expect([rovingTarget('ArrowDown', 1, 3), rovingTarget('ArrowRight', 1, 3), rovingTarget('ArrowUp', 1, 3), rovingTarget('ArrowLeft', 1, 3)]).toEqual([2, 2, 0, 0]);
    expect([rovingTarget('ArrowDown', 2, 3), rovingTarget('ArrowUp', 0, 3)]).toEqual([2, 0]);
    expect([rovingTarget('Home', 2, 3), rovingTarget('End', 0, 3)]).toEqual([0, 2]);
  });
  it('mirrors the horizontal arrows right to left, not the vertical ones', () => {
    expect([rovingTarget('ArrowLeft', 1, 3, true), rovingTarget('ArrowRight', 1, 3, true), rovingTarget('ArrowDown', 1, 3, true)]).toEqual([2, 0, 2]);
  });
  it('leaves other keys alone', () => {
    expect(rovingTarget('Enter', 1, 3)).toBeUndefined();
    expect(rovingTarget('a', 1, 3)).toBeUndefined();
  });
});
