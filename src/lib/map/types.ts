/** What the map needs of a place: the `places` content schema's output fits. */
export interface MapPlace {
  id: string;
  name: string;
  kind: 'city' | 'country' | 'region';
  /** Degrees, WGS 84: latitude north positive, longitude east positive. */
  lat: number;
  lon: number;
  /** Which side of its dot the editor wants the label on (a hint: taken when there is room). */
  label?: LabelSide;
  /** A country's name in Natural Earth, when it differs from `name` (for shading it). */
  naturalEarth?: string;
}

/** Compass sides a label may sit on, from its dot. */
export const LABEL_SIDES = ['e', 'w', 'n', 's', 'ne', 'nw', 'se', 'sw'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** A size in two parts: `a` map units, which scale with the drawing, plus `b` CSS pixels, which do not. */
export interface Mixed {
  a: number;
  b: number;
}

/** An axis-aligned box whose edges are Mixed lengths: its size in pixels at drawing scale s is a·s + b. */
export interface MixedBox {
  x0: Mixed;
  x1: Mixed;
  y0: Mixed;
  y1: Mixed;
}
