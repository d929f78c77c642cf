import { geoBounds, geoContains, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { kmPerUnit, type MapFrame } from './projection.ts';
import { pathString } from './path.ts';

/** Natural Earth data as world-atlas ships it: `countries` (with names) and `land` objects. */
export interface Atlas {
  countries: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  land: Topology<{ land: GeometryCollection }>;
}

export interface BaseMap {
  /** Land, filled; its outline is the coast. */
  land: string;
  /** Borders between countries (each drawn once). */
  borders: string;
  /** The story's countries, filled a shade darker, in the order asked. */
  highlighted: { name: string; path: string }[];
  /** Natural Earth names asked for that the atlas does not have. */
  unknown: string[];
}

type Countries = FeatureCollection<Feature['geometry'], { name: string }>;
const featureCache = new WeakMap<Atlas, Countries>();
/** The atlas's countries as GeoJSON, converted once per atlas (the 1:50m set takes a moment). */
function countryFeatures(atlas: Atlas): Countries {
  let f = featureCache.get(atlas);
  if (!f) featureCache.set(atlas, (f = feature(atlas.countries, atlas.countries.objects.countries) as Countries));
  return f;
}

/** Which Natural Earth scale suits a frame: 1:50m for a region, 1:110m when a unit spans many km. */
export function atlasScale(frame: MapFrame): '50m' | '110m' {
  return kmPerUnit(frame) < 12 ? '50m' : '110m';
}

/** Normalised for matching an editor's country name against Natural Earth's ("Saudi Arabia" = "saudi arabia"). */
export const countryKey = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();

const baseMapCache = new WeakMap<Atlas, Map<string, BaseMap>>();

/** A frame as a key: it is fully given by its kind, size, centre and projection parameters. */
export function frameKey(frame: MapFrame): string {
  const p = frame.projection;
  return JSON.stringify([frame.kind, frame.width, frame.height, frame.centre, p.scale(), p.translate(), p.rotate(), p.center(), p.clipAngle(), p.precision()]);
}

/**
 * The base map of a frame as path strings, cropped to the frame (clipExtent), so only the region's
 * coast and borders are written, in whole units. Projecting the atlas is most of a map's build time
 * (about a second for 1:50m), and the same map is drawn on the explainer and in its embed, so each
 * is made once per build (frameKey).
 */
export function baseMap(frame: MapFrame, atlas: Atlas, unit = 1, highlight: readonly string[] = []): BaseMap {
  const key = JSON.stringify([frameKey(frame), unit, highlight]);
  let maps = baseMapCache.get(atlas);
  if (!maps) baseMapCache.set(atlas, (maps = new Map()));
  let map = maps.get(key);
  if (!map) maps.set(key, (map = drawBaseMap(frame, atlas, unit, highlight)));
  return { ...map, highlighted: map.highlighted.map((h) => ({ ...h })), unknown: [...map.unknown] };
}

function drawBaseMap(frame: MapFrame, atlas: Atlas, unit: number, highlight: readonly string[]): BaseMap {
  return clipped(frame, (projection) => {
    const countries = countryFeatures(atlas);
    const byName = new Map(countries.features.map((f) => [countryKey(f.properties.name), f]));
    const land = pathString(projection, feature(atlas.land, atlas.land.objects.land), unit);
    const borders = pathString(
      projection,
      mesh(atlas.countries, atlas.countries.objects.countries, (a, b) => a !== b),
      unit,
    );
    const highlighted: BaseMap['highlighted'] = [];
    const unknown: string[] = [];
    for (const name of highlight) {
      const f = byName.get(countryKey(name));
      if (!f) unknown.push(name);
      else highlighted.push({ name, path: pathString(projection, f, unit) });
    }
    return { land, borders, highlighted: highlighted.filter((h) => h.path), unknown };
  });
}

/** Runs `draw` with the frame's projection clipped to the frame (and restores it after). */
function clipped<T>(frame: MapFrame, draw: (projection: MapFrame['projection']) => T): T {
  const projection = frame.projection;
  const before = projection.clipExtent();
  projection.clipExtent([
    [0, 0],
    [frame.width, frame.height],
  ]);
  try {
    return draw(projection);
  } finally {
    projection.clipExtent(before);
  }
}

/** Natural Earth names of every country, for "did you mean" messages. */
export function countryNames(atlas: Atlas): string[] {
  return atlas.countries.objects.countries.geometries.map((g) => (g.properties as { name?: string } | undefined)?.name ?? '').filter(Boolean);
}

/**
 * The Natural Earth country each point lies in (undefined at sea), for "Amman (city, Jordan)" and
 * for naming, as context, the countries of the story's cities that are not places of the story.
 */
export function countriesOf(atlas: Atlas, points: readonly { lon: number; lat: number }[]): (string | undefined)[] {
  const countries = countryBounds(atlas);
  const found = (lon: number, lat: number) => countries.find(({ f, box }) => inBox(box, lon, lat) && geoContains(f, [lon, lat]))?.f.properties.name;
  let known = pointCountry.get(atlas);
  if (!known) pointCountry.set(atlas, (known = new Map()));
  return points.map((p) => {
    const key = `${p.lon},${p.lat}`;
    if (!known.has(key)) known.set(key, found(p.lon, p.lat));
    return known.get(key);
  });
}

type Box = [[number, number], [number, number]];
const boundsCache = new WeakMap<Atlas, { f: Countries['features'][number]; box: Box }[]>();
/** Each country with its spherical bounding box (d3's geoBounds), in the atlas's order, computed once per atlas. */
function countryBounds(atlas: Atlas) {
  let b = boundsCache.get(atlas);
  if (!b) boundsCache.set(atlas, (b = countryFeatures(atlas).features.map((f) => ({ f, box: geoBounds(f) as Box }))));
  return b;
}
/** The country of each point asked before, by "lon,lat" (a story's cities are drawn on its page and in its embed). */
const pointCountry = new WeakMap<Atlas, Map<string, string | undefined>>();
/**
 * Whether a point may lie in a country of these bounds: a quick test before the exact (and slow:
 * spherical) geoContains, so the answer is the same. A box whose west edge is east of its east edge
 * crosses the antimeridian; a small margin keeps points on an edge to the exact test.
 */
function inBox([[w, s], [e, n]]: Box, lon: number, lat: number): boolean {
  const m = 1e-6;
  if (!(lat >= s - m && lat <= n + m)) return false;
  // A longitude and its turns of 360° are the same meridian (geoContains reads 180.3 as -179.7).
  const x = ((((lon + 180) % 360) + 360) % 360) - 180;
  return [x, x - 360, x + 360].some((l) => (w <= e ? l >= w - m && l <= e + m : l >= w - m || l <= e + m));
}

/**
 * Where to write a country's name inside the frame: the centre of its part of the frame, when
 * that point is in the country itself (not in a bay of it) and the part is big enough to hold a name.
 */
export function labelPoint(frame: MapFrame, atlas: Atlas, name: string, minArea = 900): [number, number] | null {
  // Measuring a country at 1:50m is slow, and the explainer and its embed ask the same: once per frame.
  const key = JSON.stringify([frameKey(frame), name, minArea]);
  let points = labelPointCache.get(atlas);
  if (!points) labelPointCache.set(atlas, (points = new Map()));
  if (!points.has(key)) points.set(key, measureLabelPoint(frame, atlas, name, minArea));
  const at = points.get(key);
  return at ? [at[0], at[1]] : null;
}

const labelPointCache = new WeakMap<Atlas, Map<string, [number, number] | null>>();

function measureLabelPoint(frame: MapFrame, atlas: Atlas, name: string, minArea: number): [number, number] | null {
  const countries = countryFeatures(atlas);
  const f = countries.features.find((c) => countryKey(c.properties.name) === countryKey(name));
  if (!f) return null;
  return clipped(frame, (projection) => {
    const path = geoPath(projection);
    if (path.area(f) < minArea) return null;
    const c = path.centroid(f);
    const lonLat = projection.invert?.(c);
    return lonLat && Number.isFinite(c[0]) && geoContains(f, lonLat) ? [c[0], c[1]] : null;
  });
}
