import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { pathString } from './path.ts';

const line = (coordinates: [number, number][]) => ({ type: 'LineString' as const, coordinates });

describe('pathString', () => {
  it('writes whole units as relative steps, leaving out repeated "l"', () => {
    expect(pathString(geoIdentity(), line([[0, 0], [3.2, 4.4], [1, 1]]))).toBe('M0,0l3,4-2,-3');
  });

  it('drops a point that rounds onto the one before it', () => {
    expect(pathString(geoIdentity(), line([[0, 0], [0.2, 0.3], [5, 0]]))).toBe('M0,0l5,0');
  });

  it('counts in grid steps of the unit (the caller draws it under scale(unit))', () => {
    expect(pathString(geoIdentity(), line([[0, 0], [4, 6], [10, 6]]), 2)).toBe('M0,0l2,3 3,0');
  });

  it('keeps a point only a step and a half from the last one kept, so a fine diagonal is not a staircase', () => {
    const diagonal = line(Array.from({ length: 11 }, (_, i) => [i * 0.6, i * 0.6] as [number, number]));
    expect(pathString(geoIdentity(), diagonal)).toBe('M0,0l1,1 1,1 2,2 1,1 1,1');
  });

  it('writes nothing for a line that never moves a whole step', () => {
    expect(pathString(geoIdentity(), line([[0, 0], [0.4, 0.1]]))).toBe('');
  });
});
