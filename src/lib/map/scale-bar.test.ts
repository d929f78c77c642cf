import { describe, expect, it } from 'vitest';
import { scaleBar } from './scale-bar.ts';
import { fitMap, kmPerUnit } from './projection.ts';
import { SEED_PLACES, FAR_PLACES } from '../../../tests/helpers/map-fixtures.ts';

describe('scaleBar', () => {
  it('gives a round distance drawn to the scale at the centre of the map', () => {
    const frame = fitMap(SEED_PLACES);
    const bar = scaleBar(frame)!;
    expect(String(bar.km)).toMatch(/^[125]0*$/);
    expect(bar.length * kmPerUnit(frame)).toBeCloseTo(bar.km, -1);
    expect(bar.length).toBeLessThanOrEqual(170);
  });

  it('is left out of a world map, whose scale changes across the frame', () => {
    expect(scaleBar(fitMap(FAR_PLACES))).toBeNull();
  });
});
