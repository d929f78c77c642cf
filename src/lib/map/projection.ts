import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoDistance, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint, Polygon } from 'geojson';
import type { MapPlace } from './types.ts';

/** Mean radius of the Earth, km (the sphere d3-geo works on). */
export const EARTH_RADIUS_KM = 6371;

export interface FitOptions {
  /** Width of the drawing in map units (1 unit = 1 CSS px at this width). */
  width?: number;
  /** Margin kept free around the places, map units (room for labels and dots). */
  pad?: number;
  /** The smallest area shown, km across: one city alone is not drawn at street level. */
  minSpanKm?: number;
  /** Height / width limits of the frame. */
  minAspect?: number;
  maxAspect?: number;
}

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  /** "regional": azimuthal equal-area centred on the places; "world": Equal Earth, for places a hemisphere apart. */
  kind: 'regional' | 'world';
  /** Centre of the places, [lon, lat]. */
  centre: [number, number];
}

/** Places this far (degrees of arc) from their centre need a world projection: an azimuthal one would tear. */
const WORLD_BEYOND_DEG = 70;

const multiPoint = (places: readonly MapPlace[]): MultiPoint => ({ type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) });

/**
 * A projection fitted to the story's places (d3-geo `fitExtent`): centred on them, so the region is
 * drawn without skew, with `pad` units free on every side and at least `minSpanKm` shown.
 */
export function fitMap(places: readonly MapPlace[], options: FitOptions = {}): MapFrame {
  if (places.length === 0) throw new Error('fitMap: a map needs at least one place');
  const { width = 720, pad = 40, minSpanKm = 500, minAspect = 0.5, maxAspect = 0.75 } = options;
  const points = multiPoint(places);
  const centre = geoCentroid(points) as [number, number];
  // Places spread evenly round the globe have no centroid (NaN): fall back to the first place.
  if (!Number.isFinite(centre[0]) || !Number.isFinite(centre[1])) centre.splice(0, 2, places[0].lon, places[0].lat);
  const farthest = Math.max(...places.map((p) => geoDistance(centre, [p.lon, p.lat]))) * (180 / Math.PI);
  const kind = farthest > WORLD_BEYOND_DEG ? 'world' : 'regional';
  const projection = kind === 'world' ? geoEqualEarth().rotate([-centre[0], 0]) : geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]);
  const circle: Polygon = geoCircle()
    .center(centre)
    .radius(((minSpanKm / 2) / EARTH_RADIUS_KM) * (180 / Math.PI))();
  const shown: FeatureCollection = {
    type: 'FeatureCollection',
    features: [points, circle].map((geometry): Feature => ({ type: 'Feature', properties: {}, geometry })),
  };
  // The frame's shape follows the places' spread, within limits.
  const [[x0, y0], [x1, y1]] = geoPath(projection.fitWidth(width, shown)).bounds(shown);
  const aspect = Math.min(maxAspect, Math.max(minAspect, (y1 - y0 + 2 * pad) / Math.max(1, x1 - x0 + 2 * pad)));
  const height = Math.round(width * aspect);
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    shown,
  );
  return { width, height, projection, kind, centre };
}

/** Km per map unit at the centre of the frame, measured along a short east–west line. */
export function kmPerUnit(frame: MapFrame): number {
  const [cx, cy] = [frame.width / 2, frame.height / 2];
  const a = frame.projection.invert?.([cx - 10, cy]);
  const b = frame.projection.invert?.([cx + 10, cy]);
  if (!a || !b) throw new Error('kmPerUnit: the projection cannot be inverted at the centre');
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / 20;
}
