import { baseMap, atlasScale, countriesOf, countryKey, labelPoint, type Atlas, type BaseMap } from './basemap.ts';
import { fitMap, type FitOptions } from './projection.ts';
import { orientationInset, type Inset } from './inset.ts';
import { scaleBar, type ScaleBar } from './scale-bar.ts';
import { placeLabels, labelSize, DOT_RADIUS, type LabelBand, type LabelInput, type PlacedLabel } from './labels.ts';
import { pxBox, unitBox } from './boxes.ts';
import type { MapPlace, MixedBox } from './types.ts';

/** Width of the map in map units; it is drawn at most this many CSS px wide. */
export const MAP_WIDTH = 720;

/**
 * The two label placements: one for narrow columns (a phone: 288–503 px wide), one for wide ones.
 * The stylesheet switches at the same width (a container query on the figure).
 */
export const MAP_BANDS: readonly (LabelBand & { minWidth: number })[] = [
  { name: 'narrow', scale: [288 / MAP_WIDTH, 503 / MAP_WIDTH], minWidth: 0 },
  { name: 'wide', scale: [504 / MAP_WIDTH, 1], minWidth: 504 },
];

/** Grid step of the base map's paths, map units per Natural Earth scale (see path.ts). */
const UNIT = { '50m': 2, '110m': 1 } as const;
/** Space between the frame's edge and the inset or scale bar, map units. */
const MARGIN = 10;

export interface MapMark {
  id: string;
  name: string;
  kind: MapPlace['kind'];
  /** A country named for orientation only (a story city lies in it): drawn lighter, not in the list. */
  context?: boolean;
  /** Anchor, map units, and as percentages of the frame (for the overlay drawn in CSS px). */
  x: number;
  y: number;
  xPct: number;
  yPct: number;
  /** The label's placement per band (MAP_BANDS), or null where it had no room. */
  labels: Record<string, PlacedLabel | null>;
}

export interface MapLayout {
  width: number;
  height: number;
  kind: 'regional' | 'world';
  /** Natural Earth scale drawn, and the grid step of its paths (draw them under scale(unit)). */
  atlas: '50m' | '110m';
  unit: number;
  base: BaseMap;
  /** Orientation globe at its corner, map units. */
  inset: (Inset & { x: number; y: number }) | null;
  /** Scale bar: where it starts (map units) and its length. */
  scaleBar: (ScaleBar & { x: number; y: number; xPct: number; yPct: number; lengthPct: number; textAt: 'left' | 'right' }) | null;
  marks: MapMark[];
  /** The Natural Earth country each city lies in, by place id (for the list: "Amman (city, Jordan)"). */
  countryOf: Map<string, string>;
}

export interface MapLayoutOptions extends FitOptions {
  dir?: 'ltr' | 'rtl';
  /** Places placed first get the best label spots: by default cities, then countries and regions. */
  priority?: (place: MapPlace) => number;
  /** Width of the scale bar's text, px (its words come from the caller's locale). */
  scaleText?: (km: number) => string;
}

type Corner = 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';

/**
 * The whole locator map, computed at build time from the story's places: projection, cropped base
 * map, orientation inset, scale bar, and label placements that never overlap or leave the frame.
 */
export function locatorMapLayout(places: readonly MapPlace[], atlases: Record<'50m' | '110m', Atlas>, options: MapLayoutOptions = {}): MapLayout {
  const { dir = 'ltr', priority = (p) => (p.kind === 'city' ? 0 : 1), scaleText = (km) => `${km} km` } = options;
  const frame = fitMap(places, { width: MAP_WIDTH, ...options });
  const { width, height, projection } = frame;
  const atlas = atlasScale(frame);
  const unit = UNIT[atlas];
  const base = baseMap(
    frame,
    atlases[atlas],
    unit,
    places.filter((p) => p.kind === 'country').map((p) => p.naturalEarth ?? p.name),
  );
  const anchors: { place: MapPlace; x: number; y: number; context?: boolean }[] = places.map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) throw new Error(`locatorMapLayout: "${p.id}" cannot be projected`);
    return { place: p, x: xy[0], y: xy[1] };
  });
  // The countries the story's cities lie in, named for orientation when they are not places of the story.
  const cities = places.filter((p) => p.kind === 'city');
  const countryOf = new Map<string, string>();
  countriesOf(atlases[atlas], cities).forEach((name, i) => name && countryOf.set(cities[i].id, name));
  const named = new Set(places.filter((p) => p.kind !== 'city').map((p) => countryKey(p.naturalEarth ?? p.name)));
  for (const name of new Set(countryOf.values())) {
    if (named.has(countryKey(name))) continue;
    const at = labelPoint(frame, atlases[atlas], name);
    if (at) anchors.push({ place: { id: `country-${countryKey(name).replace(/ /g, '-')}`, name, kind: 'country', lon: NaN, lat: NaN }, x: at[0], y: at[1], context: true });
  }

  // Corners for the inset and the scale bar: those with the fewest places.
  const physical = (c: Corner) => (dir === 'rtl' ? (c.replace('start', 'E').replace('end', 'start').replace('E', 'end') as Corner) : c);
  const cornerBox = (c: Corner, w: number, h: number) => {
    const p = physical(c);
    const x = p.endsWith('end') ? width - MARGIN - w : MARGIN;
    const y = p.startsWith('bottom') ? height - MARGIN - h : MARGIN;
    return { x, y, w, h };
  };
  const crowd = (b: { x: number; y: number; w: number; h: number }) =>
    anchors.filter((a) => a.x > b.x - 20 && a.x < b.x + b.w + 20 && a.y > b.y - 20 && a.y < b.y + b.h + 20).length;
  const pick = (corners: Corner[], w: number, h: number) => corners.map((c) => ({ c, b: cornerBox(c, w, h) })).sort((p, q) => crowd(p.b) - crowd(q.b))[0];

  const obstacles: MixedBox[] = [];
  const globe = orientationInset(frame, atlases['110m'].land);
  let inset: MapLayout['inset'] = null;
  let used: Corner | undefined;
  if (globe) {
    const best = pick(['top-end', 'top-start', 'bottom-end', 'bottom-start'], globe.size, globe.size);
    if (crowd(best.b) === 0) {
      inset = { ...globe, x: best.b.x, y: best.b.y };
      used = best.c;
      obstacles.push(unitBox(best.b.x, best.b.y, best.b.x + globe.size, best.b.y + globe.size));
    }
  }
  const bar = scaleBar(frame);
  let scale: MapLayout['scaleBar'] = null;
  if (bar) {
    const corners = (['bottom-start', 'bottom-end'] as Corner[]).filter((c) => c !== used);
    const best = pick(corners, bar.length, 14);
    const x = best.b.x;
    const y = height - MARGIN;
    // Its words sit above the end nearer the frame's edge, so they never run out of the frame.
    const textAt = physical(best.c).endsWith('end') ? 'right' : 'left';
    scale = { ...bar, x, y, xPct: (x / width) * 100, yPct: (y / height) * 100, lengthPct: (bar.length / width) * 100, textAt };
    const text = labelSize(scaleText(bar.km), 'country');
    obstacles.push(unitBox(x, y - 4, x + bar.length, y + 1));
    const tx = textAt === 'left' ? x : x + bar.length;
    obstacles.push(pxBox(tx, y, textAt === 'left' ? text.width / 2 : -text.width / 2, -10, text.width, text.height));
  }

  const inputs: LabelInput[] = anchors.map(({ place, x, y, context }) => ({
    id: place.id,
    text: place.name,
    kind: place.kind,
    x,
    y,
    hint: place.label,
    // Context names come last: they give way to every place of the story.
    priority: context ? 9 : priority(place),
  }));
  const placement = placeLabels(inputs, { width, height, bands: MAP_BANDS, obstacles, dir });
  const marks: MapMark[] = anchors.map(({ place, x, y, context }) => ({
    id: place.id,
    name: place.name,
    kind: place.kind,
    ...(context ? { context } : {}),
    x,
    y,
    xPct: (x / width) * 100,
    yPct: (y / height) * 100,
    labels: Object.fromEntries(MAP_BANDS.map((b) => [b.name, placement[b.name].get(place.id) ?? null])),
  }));
  return { width, height, kind: frame.kind, atlas, unit, base, inset, scaleBar: scale, marks, countryOf };
}

export { DOT_RADIUS };
