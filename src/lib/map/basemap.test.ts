import { describe, expect, it } from 'vitest';
import { baseMap, atlasScale, countryKey, labelPoint } from './basemap.ts';
import { fitMap } from './projection.ts';
import { SEED_PLACES, FAR_PLACES, ATLASES } from '../../../tests/helpers/map-fixtures.ts';

/** Every absolute point a path visits, walking its relative steps (units of the grid). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, body] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const nums = (body.match(/-?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      if (cmd === 'M') [x, y] = [nums[i], nums[i + 1]];
      else [x, y] = [x + nums[i], y + nums[i + 1]];
      out.push([x, y]);
    }
  }
  return out;
}

describe('baseMap', () => {
  const frame = fitMap(SEED_PLACES);
  const scale = atlasScale(frame);
  const unit = scale === '50m' ? 2 : 1;
  const base = baseMap(frame, ATLASES[scale], unit, ['Syria', 'Turkey', 'Saudi Arabia', 'Iran', 'Russia']);

  it('draws the seed region from the 1:50m data', () => {
    expect(scale).toBe('50m');
    expect(atlasScale(fitMap(FAR_PLACES))).toBe('110m');
  });

  it('crops coast and borders to the frame: no point is drawn outside it', () => {
    const all = [base.land, base.borders, ...base.highlighted.map((h) => h.path)].flatMap(points);
    expect(all.length).toBeGreaterThan(500);
    const outside = all.filter(([x, y]) => x * unit < -1 || y * unit < -1 || x * unit > frame.width + 1 || y * unit > frame.height + 1);
    expect(outside).toEqual([]);
  });

  it("shades the story's countries, matched by name whatever the case and accents", () => {
    expect(base.highlighted.map((h) => h.name)).toEqual(['Syria', 'Turkey', 'Saudi Arabia', 'Iran', 'Russia']);
    expect(countryKey('  Côte d’Ivoire ')).toBe(countryKey("cote d'ivoire"));
  });

  it('reports a country name Natural Earth does not know', () => {
    expect(baseMap(frame, ATLASES[scale], unit, ['Syrai']).unknown).toEqual(['Syrai']);
  });
});

describe('labelPoint', () => {
  const frame = fitMap(SEED_PLACES);
  const atlas = ATLASES[atlasScale(frame)];

  it("puts a country's name inside the frame, the same point each time it is asked (the page and its embed)", () => {
    const first = labelPoint(frame, atlas, 'Jordan');
    expect(first).not.toBeNull();
    const [x, y] = first!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(frame.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(frame.height);
    // A caller changing its copy does not move the point for the next one.
    first![0] = -1;
    expect(labelPoint(frame, atlas, 'Jordan')).toEqual([x, y]);
  });

  it('names no point for a country outside the frame or too small in it', () => {
    expect(labelPoint(frame, atlas, 'Brazil')).toBeNull();
    expect(labelPoint(frame, atlas, 'Not a country')).toBeNull();
  });
});
