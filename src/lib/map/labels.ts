// Label placement for the locator map. The same rules as the timeline's labels: a label is whole
// (never cut), never overlaps another label, a dot or a fixed element, and never leaves the frame.
// Labels keep their pixel size while the map scales with the column, so a placement is computed for
// a band of scales and checked at both ends of it (see boxes.ts: every test is linear in the scale).
import { apartOver, insideOver, pxBox, segmentHitsBox, boxAt } from './boxes.ts';
import type { LabelSide, MixedBox } from './types.ts';

/** Width of an average character of the system sans, in em (the old timeline's 6.6 units at 12). */
const AVERAGE_CHAR_EM = 0.55;

/** Label text sizes, CSS px (the stylesheet uses the same: src/components/mdx/LocatorMap/locator-map.css). */
export const LABEL_FONT = { city: 13, country: 11, region: 11 } as const;
/** Radius of a place's dot, CSS px. */
export const DOT_RADIUS = 4.5;
const LINE_HEIGHT = 1.25;
/** Space kept between a label and anything else, px. */
const GAP = 2;
/** Distance from a dot to its label, px; further steps add a leader line. */
const NEAR = 3;
const STEP = 14;
const STEPS = 4;

export interface LabelInput {
  id: string;
  text: string;
  kind: 'city' | 'country' | 'region';
  /** The anchor, map units. */
  x: number;
  y: number;
  /** The editor's preferred side (cities only). */
  hint?: LabelSide;
  /** Lower is placed first and gets the better spot. */
  priority: number;
}

export interface LabelBand {
  name: string;
  /** CSS px per map unit, smallest and largest, over which this placement holds. */
  scale: readonly [number, number];
}

export interface PlacedLabel {
  id: string;
  /** Side of the dot, or "c" for a label centred on its anchor (countries, regions). */
  side: LabelSide | 'c';
  /** Centre of the text box from the anchor, px. */
  dx: number;
  dy: number;
  width: number;
  height: number;
  /** A line from the dot's edge to the label, px from the anchor, when the label sits away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LabelOptions {
  /** Frame, map units. */
  width: number;
  height: number;
  bands: readonly LabelBand[];
  /** Fixed elements labels must not cover (inset, scale bar). */
  obstacles?: readonly MixedBox[];
  /** Reading direction: the first choice of side follows it (east in ltr, west in rtl). */
  dir?: 'ltr' | 'rtl';
}

/** Per band, each label's placement, or null when it has no room (the list below the map names every place). */
export type LabelPlacement = Record<string, Map<string, PlacedLabel | null>>;

/** Width of a label, px: the timeline's average character width, scaled; capitals are wider. */
export function labelSize(text: string, kind: LabelInput['kind']): { width: number; height: number } {
  const px = LABEL_FONT[kind];
  const em = AVERAGE_CHAR_EM;
  // Cities are semibold; countries and regions are set in spaced capitals.
  const perChar = kind === 'city' ? em * 1.06 : em * 1.3 + 0.08;
  return { width: Math.ceil(text.length * perChar * px) + 2, height: Math.ceil(px * LINE_HEIGHT) };
}

const DIAGONAL = Math.SQRT1_2;
const unitOf: Record<LabelSide, [number, number]> = {
  e: [1, 0],
  w: [-1, 0],
  n: [0, -1],
  s: [0, 1],
  ne: [DIAGONAL, -DIAGONAL],
  nw: [-DIAGONAL, -DIAGONAL],
  se: [DIAGONAL, DIAGONAL],
  sw: [-DIAGONAL, DIAGONAL],
};

/** Sides in order of preference: the hint, then the reading direction's side, its opposite, diagonals, above, below. */
function sideOrder(hint: LabelSide | undefined, dir: 'ltr' | 'rtl'): LabelSide[] {
  const base: LabelSide[] = dir === 'rtl' ? ['w', 'e', 'nw', 'sw', 'ne', 'se', 'n', 's'] : ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's'];
  return hint ? [hint, ...base.filter((s) => s !== hint)] : base;
}

interface Candidate {
  label: PlacedLabel;
  cost: number;
}

/** Where a city's label may go: every side, next to the dot or a few steps out along a leader. */
function cityCandidates(w: number, h: number, hint: LabelSide | undefined, dir: 'ltr' | 'rtl', id: string): Candidate[] {
  const out: Candidate[] = [];
  sideOrder(hint, dir).forEach((side, rank) => {
    const [ux, uy] = unitOf[side];
    for (let step = 0; step < STEPS; step++) {
      // The box's nearest edge (or, on a diagonal, corner) sits d px from the dot's centre.
      const d = (ux && uy ? DOT_RADIUS * 0.75 + NEAR : DOT_RADIUS + NEAR) + step * STEP;
      const dx = Math.sign(ux) * (d + w / 2);
      const dy = Math.sign(uy) * (d + h / 2);
      const end = d - NEAR + 1;
      const leader = step === 0 ? undefined : { x1: ux * DOT_RADIUS, y1: uy * DOT_RADIUS, x2: Math.sign(ux) * end, y2: Math.sign(uy) * end };
      out.push({ label: { id, side, dx, dy, width: w, height: h, leader }, cost: step * 10 + rank + (hint && side === hint ? -1 : 0) });
    }
  });
  return out.sort((a, b) => a.cost - b.cost);
}

/** Where a country's or region's name may go: centred on its anchor, or nudged a little. */
function areaCandidates(w: number, h: number, id: string): Candidate[] {
  const nudges: [number, number][] = [];
  for (const fx of [0, -1 / 3, 1 / 3, -2 / 3, 2 / 3, -1, 1]) for (const fy of [0, -1, 1, -2, 2, -3, 3]) nudges.push([fx * w, fy * h]);
  // Nearest first, measured in label heights: the name stays over its country.
  nudges.sort((p, q) => Math.hypot(p[0] / h, p[1] / h) - Math.hypot(q[0] / h, q[1] / h));
  return nudges.map(([dx, dy], i) => ({ label: { id, side: 'c', dx, dy, width: w, height: h }, cost: i }));
}

const boxOf = (input: LabelInput, l: PlacedLabel) => pxBox(input.x, input.y, l.dx, l.dy, l.width, l.height);
const dotOf = (input: LabelInput) => pxBox(input.x, input.y, 0, 0, DOT_RADIUS * 2, DOT_RADIUS * 2);

/** Samples of a band's scales for the leader test (a leader is thin; the boxes are tested exactly). */
const samples = ([s0, s1]: readonly [number, number]) => [s0, (s0 + s1) / 2, s1];

function leaderHits(input: LabelInput, l: PlacedLabel, box: MixedBox, scale: readonly [number, number]): boolean {
  if (!l.leader) return false;
  const { x1, y1, x2, y2 } = l.leader;
  return samples(scale).some((s) => segmentHitsBox(input.x * s + x1, input.y * s + y1, input.x * s + x2, input.y * s + y2, boxAt(box, s)));
}

/** Whether, at some scale of the band, another city's dot is nearer the label's box than its own dot (plus a margin). */
function ambiguous(input: LabelInput, l: PlacedLabel, cities: readonly LabelInput[], scale: readonly [number, number]): boolean {
  const gapTo = (b: { x0: number; y0: number; x1: number; y1: number }, x: number, y: number) =>
    Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
  return scale.some((s) => {
    const b = boxAt(boxOf(input, l), s);
    const own = l.leader ? 0 : gapTo(b, input.x * s, input.y * s);
    return cities.some((c) => c !== input && gapTo(b, c.x * s, c.y * s) < own + 4);
  });
}

/** Attempts at a band before giving up on a label: each moves the labels left out so far to the front. */
const ATTEMPTS = 6;

interface Attempt {
  out: Map<string, PlacedLabel | null>;
  missing: LabelInput[];
  cost: number;
}

/** One greedy pass over the labels in `order`, each at its cheapest free candidate. */
function greedy(order: readonly LabelInput[], band: LabelBand, options: LabelOptions, cities: readonly LabelInput[], dots: Map<string, MixedBox>): Attempt {
  const { width, height, obstacles = [], dir = 'ltr' } = options;
  const placed: { input: LabelInput; label: PlacedLabel; box: MixedBox }[] = [];
  const out = new Map<string, PlacedLabel | null>();
  const missing: LabelInput[] = [];
  let cost = 0;
  for (const input of order) {
    const { width: w, height: h } = labelSize(input.text, input.kind);
    const candidates = input.kind === 'city' ? cityCandidates(w, h, input.hint, dir, input.id) : areaCandidates(w, h, input.id);
    // Its own dot is kept clear by the candidate's geometry; every other dot and obstacle by the tests below.
    const others = [...obstacles, ...[...dots].filter(([id]) => id !== input.id).map(([, d]) => d)];
    const free = candidates.filter(({ label }) => {
      const box = boxOf(input, label);
      if (!insideOver(box, width, height, band.scale, 1)) return false;
      if (others.some((f) => !apartOver(box, f, band.scale, GAP))) return false;
      if (placed.some((p) => !apartOver(box, p.box, band.scale, GAP))) return false;
      // Its leader crosses no label, dot or obstacle, and no leader already drawn crosses it.
      if (placed.some((p) => leaderHits(input, label, p.box, band.scale) || leaderHits(p.input, p.label, box, band.scale))) return false;
      return !others.some((f) => leaderHits(input, label, f, band.scale));
    });
    // A label nearer another dot than its own reads as that dot's name: it costs as much as a leader does.
    const ok = free
      .map((c) => ({ ...c, cost: c.cost + (input.kind === 'city' && ambiguous(input, c.label, cities, band.scale) ? 2 * 10 : 0) }))
      .reduce<Candidate | undefined>((best, c) => (!best || c.cost < best.cost ? c : best), undefined);
    out.set(input.id, ok?.label ?? null);
    if (ok) {
      placed.push({ input, label: ok.label, box: boxOf(input, ok.label) });
      cost += ok.cost;
    } else missing.push(input);
  }
  return { out, missing, cost };
}

/**
 * Places every label, per band: greedily in priority order (then the most crowded first), each at
 * its cheapest candidate that stays inside the frame and clear of every dot, obstacle, label and
 * leader already placed. When some find no room, the pass is run again with those first, and the
 * best pass kept. A label with no room in any pass is left out (null), never drawn over another.
 */
export function placeLabels(inputs: readonly LabelInput[], options: LabelOptions): LabelPlacement {
  // Pure, and asked twice per map (its explainer and its embed draw the same one): placed once per process.
  const key = JSON.stringify([inputs, options]);
  let placement = placements.get(key);
  if (!placement) placements.set(key, (placement = place(inputs, options)));
  return structuredClone(placement);
}

const placements = new Map<string, LabelPlacement>();

function place(inputs: readonly LabelInput[], options: LabelOptions): LabelPlacement {
  const cities = inputs.filter((i) => i.kind === 'city');
  const dots = new Map(cities.map((c) => [c.id, dotOf(c)]));
  const result: LabelPlacement = {};
  for (const band of options.bands) {
    const [s0] = band.scale;
    const crowd = (p: LabelInput) => inputs.filter((q) => q !== p && Math.hypot((q.x - p.x) * s0, (q.y - p.y) * s0) < 80).length;
    let order = [...inputs].sort((a, b) => a.priority - b.priority || crowd(b) - crowd(a) || a.id.localeCompare(b.id));
    // A pass is better when it leaves out fewer labels of the first priority, then of the next, …
    const loss = (a: Attempt) => a.missing.reduce((sum, p) => sum + 1000 / 10 ** Math.min(p.priority, 3), 0);
    let best = greedy(order, band, options, cities, dots);
    let last = best;
    for (let i = 1; i < ATTEMPTS && last.missing.length; i++) {
      const front = new Set(last.missing);
      order = [...last.missing, ...order.filter((p) => !front.has(p))];
      last = greedy(order, band, options, cities, dots);
      if (loss(last) < loss(best) || (loss(last) === loss(best) && last.cost < best.cost)) best = last;
    }
    result[band.name] = best.out;
  }
  return result;
}
