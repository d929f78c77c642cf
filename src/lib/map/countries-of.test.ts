import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import { countriesOf } from './basemap.ts';
import { ATLASES } from '../../../tests/helpers/map-fixtures.ts';

/** Points all over the globe, edges included: the antimeridian (and longitudes past it), the poles, the seed's cities. */
const grid = Array.from({ length: 12 }, (_, i) => -88 + i * 16).flatMap((lat) => Array.from({ length: 26 }, (_, j) => ({ lon: -190 + j * 15 + 0.3, lat })));
const named = [
  { lon: 36.29, lat: 33.51 },
  { lon: 35.93, lat: 31.95 },
  { lon: 179.99, lat: -16.5 },
  { lon: -179.99, lat: 65 },
  { lon: 0, lat: -89.99 },
];

describe('countriesOf', () => {
  for (const scale of ['110m', '50m'] as const) {
    it(`names the same country as testing every country of the ${scale} atlas in turn (its quick test by bounding box leaves no country out)`, () => {
      const atlas = ATLASES[scale];
      // The 1:50m reference (every country tested in turn) is slow: one point in 16 of the grid, the named ones kept.
      const points = scale === '50m' ? grid.filter((_, i) => i % 16 === 0).concat(named) : [...grid, ...named];
      const all = feature(atlas.countries, atlas.countries.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
      const expected = points.map((p) => all.features.find((f) => geoContains(f, [p.lon, p.lat]))?.properties.name);
      expect(expected.filter(Boolean).length).toBeGreaterThan(5);
      expect(countriesOf(atlas, points)).toEqual(expected);
      // Asked again (the page, then its embed): the same answers.
      expect(countriesOf(atlas, points)).toEqual(expected);
    }, 120_000);
  }
});
