import { describe, expect, it } from 'vitest';
import { locatorMapLayout, MAP_BANDS, type MapLayout } from './layout.ts';
import { placeLabels, labelSize, DOT_RADIUS, type LabelInput } from './labels.ts';
import { SEED_PLACES, FAR_PLACES, ATLASES } from '../../../tests/helpers/map-fixtures.ts';
import type { MapPlace } from './types.ts';

type Box = { id: string; x0: number; y0: number; x1: number; y1: number };

/** Every drawn label's box in px at scale s, computed afresh from the layout (not with the module's own tests). */
function labelBoxes(layout: MapLayout, band: string, s: number): Box[] {
  return layout.marks.flatMap((m) => {
    const l = m.labels[band];
    if (!l) return [];
    const cx = m.x * s + l.dx;
    const cy = m.y * s + l.dy;
    return [{ id: m.id, x0: cx - l.width / 2, x1: cx + l.width / 2, y0: cy - l.height / 2, y1: cy + l.height / 2 }];
  });
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** Scales across each band: its ends and points between. */
const scalesOf = ([s0, s1]: readonly [number, number]) => Array.from({ length: 9 }, (_, i) => s0 + ((s1 - s0) * i) / 8);

function problems(layout: MapLayout) {
  const found: string[] = [];
  for (const band of MAP_BANDS) {
    for (const s of scalesOf(band.scale)) {
      const boxes = labelBoxes(layout, band.name, s);
      for (const [i, a] of boxes.entries()) {
        if (a.x0 < 0 || a.y0 < 0 || a.x1 > layout.width * s || a.y1 > layout.height * s) found.push(`${band.name}@${s.toFixed(2)}: ${a.id} leaves the frame`);
        for (const b of boxes.slice(i + 1)) if (overlap(a, b)) found.push(`${band.name}@${s.toFixed(2)}: ${a.id} overlaps ${b.id}`);
        for (const m of layout.marks) {
          if (m.kind !== 'city' || m.id === a.id) continue;
          const dot = { id: m.id, x0: m.x * s - DOT_RADIUS, x1: m.x * s + DOT_RADIUS, y0: m.y * s - DOT_RADIUS, y1: m.y * s + DOT_RADIUS };
          if (overlap(a, dot)) found.push(`${band.name}@${s.toFixed(2)}: ${a.id} covers the dot of ${m.id}`);
        }
        if (layout.inset) {
          const { x, y, size } = layout.inset;
          if (overlap(a, { id: 'inset', x0: x * s, y0: y * s, x1: (x + size) * s, y1: (y + size) * s })) found.push(`${band.name}@${s.toFixed(2)}: ${a.id} covers the inset`);
        }
      }
    }
  }
  return found;
}

/** Places of the story left without a label (names given only for orientation may give way). */
const missing = (layout: MapLayout) => MAP_BANDS.flatMap((b) => layout.marks.filter((m) => !m.context && !m.labels[b.name]).map((m) => `${b.name}: ${m.id}`));

describe('locator map labels', () => {
  const seed = locatorMapLayout(SEED_PLACES, ATLASES);
  const far = locatorMapLayout(FAR_PLACES, ATLASES);

  it('label every place of the seed, at phone and desktop widths', () => {
    expect(seed.marks.filter((m) => !m.context).map((m) => m.id)).toEqual(SEED_PLACES.map((p) => p.id));
    expect(SEED_PLACES.length).toBeGreaterThanOrEqual(11);
    expect(missing(seed)).toEqual([]);
  });

  it('never overlap each other, another dot or the inset, and never leave the frame, on the seed', () => {
    expect(problems(seed)).toEqual([]);
  });

  it('keep clear of the scale bar, whose words stay inside the frame in either direction', () => {
    for (const layout of [seed, locatorMapLayout(SEED_PLACES, ATLASES, { dir: 'rtl' })]) {
      const bar = layout.scaleBar!;
      const { width: tw, height: th } = labelSize('500 km', 'country');
      for (const band of MAP_BANDS) {
        for (const s of scalesOf(band.scale)) {
          const x0 = bar.textAt === 'left' ? bar.x * s : (bar.x + bar.length) * s - tw;
          const words = { id: 'scale', x0, x1: x0 + tw, y0: bar.y * s - 10 - th / 2, y1: bar.y * s - 10 + th / 2 };
          expect(words.x0 >= 0 && words.x1 <= layout.width * s, `scale words inside at ${s}`).toBe(true);
          for (const b of labelBoxes(layout, band.name, s)) expect(overlap(b, words), `${b.id} over the scale bar at ${s}`).toBe(false);
        }
      }
    }
  });

  it('label every place of a story continents apart, without overlap, inside the frame', () => {
    expect(missing(far)).toEqual([]);
    expect(problems(far)).toEqual([]);
  });

  it('name, for orientation, the countries the cities lie in that are not places of the story', () => {
    const context = seed.marks.filter((m) => m.context).map((m) => m.name);
    expect(context).toEqual(expect.arrayContaining(['Jordan', 'Switzerland', 'Germany']));
    expect(context).not.toContain('Syria');
    expect(seed.countryOf.get('amman')).toBe('Jordan');
  });

  it('sit right next to an isolated dot, on the reading side', () => {
    const l = seed.marks.find((m) => m.id === 'munich')!.labels.wide!;
    expect(l.side).toBe('e');
    expect(l.leader).toBeUndefined();
  });

  it('start on the west side in a right-to-left edition', () => {
    const one: LabelInput[] = [{ id: 'a', text: 'Amman', kind: 'city', x: 100, y: 100, priority: 0 }];
    const side = (dir: 'ltr' | 'rtl') => placeLabels(one, { width: 200, height: 200, bands: [{ name: 'one', scale: [1, 1] }], dir }).one.get('a')?.side;
    expect([side('ltr'), side('rtl')]).toEqual(['e', 'w']);
    expect(problems(locatorMapLayout(SEED_PLACES, ATLASES, { dir: 'rtl' }))).toEqual([]);
  });

  it("follow the editor's hint when there is room for it", () => {
    const hinted: MapPlace[] = SEED_PLACES.map((p) => (p.id === 'munich' ? { ...p, label: 'n' } : p));
    expect(locatorMapLayout(hinted, ATLASES).marks.find((m) => m.id === 'munich')!.labels.wide!.side).toBe('n');
  });

  it('leave a label out rather than draw it over another when there is no room at all', () => {
    // Twelve cities on one spot in a frame too small to name them all.
    const inputs: LabelInput[] = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, text: `City ${i}`, kind: 'city', x: 60 + i * 0.1, y: 60, priority: 0 }));
    const out = placeLabels(inputs, { width: 120, height: 120, bands: [{ name: 'one', scale: [1, 1] }] }).one;
    const placed = [...out.values()].filter((l) => l !== null);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(12);
    const boxes = [...out.entries()].flatMap(([id, l]) => {
      if (!l) return [];
      const i = inputs.find((p) => p.id === id)!;
      return [{ id, x0: i.x + l.dx - l.width / 2, x1: i.x + l.dx + l.width / 2, y0: i.y + l.dy - l.height / 2, y1: i.y + l.dy + l.height / 2 }];
    });
    for (const [k, a] of boxes.entries()) for (const b of boxes.slice(k + 1)) expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
  });

  it('size capitals wider than lower case of the same length', () => {
    expect(labelSize('Syria', 'country').width / 11).toBeGreaterThan(labelSize('Syria', 'city').width / 13);
  });
});
