import { geoOrthographic } from 'd3-geo';
import { feature } from 'topojson-client';
import { frameKey, type Atlas } from './basemap.ts';
import type { MapFrame } from './projection.ts';
import { pathString } from './path.ts';

export interface Inset {
  /** Diameter of the globe, map units. */
  size: number;
  /** Grid step of its paths, in its units (draw them under scale(unit)): it is drawn small. */
  unit: number;
  /** The globe's land, and the map's frame drawn on it, in grid steps of the inset's own units (0…size; its disc is a circle of radius size / 2). */
  land: string;
  frame: string;
}

/**
 * A small globe centred on the map, with the map's frame outlined on it, so a reader sees where on
 * Earth the region is. A world map needs none (null).
 */
export function orientationInset(frame: MapFrame, land: Atlas['land'], size = 120, unit = 2): Inset | null {
  if (frame.kind === 'world') return null;
  // Projecting the land onto the globe is most of its cost, and a map's explainer and embed draw the same
  // inset: drawn once per process for a frame (frameKey).
  const key = JSON.stringify([frameKey(frame), size, unit]);
  let insets = insetCache.get(land);
  if (!insets) insetCache.set(land, (insets = new Map()));
  if (!insets.has(key)) insets.set(key, drawInset(frame, land, size, unit));
  return { ...insets.get(key)! };
}

const insetCache = new WeakMap<Atlas['land'], Map<string, Inset>>();

function drawInset(frame: MapFrame, land: Atlas['land'], size: number, unit: number): Inset {
  const r = size / 2;
  const globe = geoOrthographic()
    .rotate([-frame.centre[0], -frame.centre[1]])
    .translate([r, r])
    .scale(r - 1)
    .clipAngle(90);
  // The frame's edge, walked round in map units and carried back to longitude and latitude.
  const ring: [number, number][] = [];
  const { width: w, height: h } = frame;
  const n = 16;
  const edge = (x: number, y: number) => {
    const p = frame.projection.invert?.([x, y]);
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) ring.push([p[0], p[1]]);
  };
  for (let i = 0; i < n; i++) edge((w * i) / n, 0);
  for (let i = 0; i < n; i++) edge(w, (h * i) / n);
  for (let i = n; i > 0; i--) edge((w * i) / n, h);
  for (let i = n; i > 0; i--) edge(0, (h * i) / n);
  ring.push(ring[0]);
  return {
    size,
    unit,
    land: pathString(globe, feature(land, land.objects.land), unit),
    frame: pathString(globe, { type: 'LineString', coordinates: ring }, unit),
  };
}
