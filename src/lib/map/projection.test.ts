import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { fitMap, kmPerUnit, EARTH_RADIUS_KM } from './projection.ts';
import { SEED_PLACES, FAR_PLACES } from '../../../tests/helpers/map-fixtures.ts';
import type { MapPlace } from './types.ts';

const inside = (places: MapPlace[], pad: number) => {
  const frame = fitMap(places, { pad });
  return places.map((p) => {
    const [x, y] = frame.projection([p.lon, p.lat])!;
    return { id: p.id, x, y, ok: x >= pad - 0.5 && x <= frame.width - pad + 0.5 && y >= pad - 0.5 && y <= frame.height - pad + 0.5 };
  });
};

describe('fitMap', () => {
  it('fits every place of the seed inside the frame, keeping the margin free', () => {
    expect(inside(SEED_PLACES, 40).filter((p) => !p.ok)).toEqual([]);
  });

  it('touches the margin on at least one side: the places fill the frame (fitExtent), not a corner of it', () => {
    const frame = fitMap(SEED_PLACES, { pad: 40 });
    const xy = SEED_PLACES.map((p) => frame.projection([p.lon, p.lat])!);
    const xs = xy.map((p) => p[0]);
    const ys = xy.map((p) => p[1]);
    const fillsWidth = Math.abs(Math.min(...xs) - 40) < 1 && Math.abs(Math.max(...xs) - (frame.width - 40)) < 1;
    const fillsHeight = Math.abs(Math.min(...ys) - 40) < 1 && Math.abs(Math.max(...ys) - (frame.height - 40)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('centres an azimuthal projection on the seed region and keeps the frame between its aspect limits', () => {
    const frame = fitMap(SEED_PLACES);
    expect(frame.kind).toBe('regional');
    expect(frame.width).toBe(720);
    expect(frame.height / frame.width).toBeGreaterThanOrEqual(0.5);
    expect(frame.height / frame.width).toBeLessThanOrEqual(0.75);
    // Between Geneva and Iran, not at 0°, 0°.
    expect(frame.centre[0]).toBeGreaterThan(20);
    expect(frame.centre[0]).toBeLessThan(45);
  });

  it('switches to a world projection for places continents apart, and still fits them all', () => {
    expect(fitMap(FAR_PLACES).kind).toBe('world');
    expect(inside(FAR_PLACES, 40).filter((p) => !p.ok)).toEqual([]);
  });

  it('shows at least the minimum span around a single city instead of zooming to street level', () => {
    const frame = fitMap([SEED_PLACES[0]], { minSpanKm: 500, pad: 40 });
    const across = kmPerUnit(frame) * (Math.min(frame.width, frame.height) - 80);
    expect(across).toBeGreaterThan(480);
    expect(across).toBeLessThan(700);
  });

  it('measures the scale at the centre in km per unit, consistent with great-circle distance', () => {
    const frame = fitMap(SEED_PLACES);
    const damascus = SEED_PLACES.find((p) => p.id === 'damascus')!;
    const aleppo = SEED_PLACES.find((p) => p.id === 'aleppo')!;
    const [a, b] = [damascus, aleppo].map((p) => frame.projection([p.lon, p.lat])!);
    const km = geoDistance([damascus.lon, damascus.lat], [aleppo.lon, aleppo.lat]) * EARTH_RADIUS_KM;
    // An equal-area projection keeps local scale within a few per cent this near its centre.
    expect(Math.hypot(a[0] - b[0], a[1] - b[1]) * kmPerUnit(frame)).toBeCloseTo(km, -1.5);
  });

  it('refuses a map with no place', () => {
    expect(() => fitMap([])).toThrow(/at least one place/);
  });
});
