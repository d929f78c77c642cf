// Geometry of boxes whose size is part map units (scaling with the drawing) and part CSS pixels
// (text, dots: the same size at any width). At drawing scale s (CSS px per map unit) a length
// {a, b} is a·s + b pixels. Every test below is linear in s, so one that holds at both ends of a
// range of scales holds at every scale between them.
import type { Mixed, MixedBox } from './types.ts';

export const at = (m: Mixed, s: number) => m.a * s + m.b;

/** A box of `w` × `h` pixels centred `dx`, `dy` pixels from the map point (x, y). */
export function pxBox(x: number, y: number, dx: number, dy: number, w: number, h: number): MixedBox {
  return {
    x0: { a: x, b: dx - w / 2 },
    x1: { a: x, b: dx + w / 2 },
    y0: { a: y, b: dy - h / 2 },
    y1: { a: y, b: dy + h / 2 },
  };
}

/** A box in map units only (it scales with the drawing). */
export function unitBox(x0: number, y0: number, x1: number, y1: number): MixedBox {
  return { x0: { a: x0, b: 0 }, x1: { a: x1, b: 0 }, y0: { a: y0, b: 0 }, y1: { a: y1, b: 0 } };
}

/** The box at scale s, in pixels. */
export function boxAt(box: MixedBox, s: number) {
  return { x0: at(box.x0, s), x1: at(box.x1, s), y0: at(box.y0, s), y1: at(box.y1, s) };
}

/**
 * True when the boxes are kept `gap` px apart on one axis at both scales, hence at every scale
 * between (a separation that changed axis midway could let them touch, so it does not count).
 */
export function apartOver(p: MixedBox, q: MixedBox, [s0, s1]: readonly [number, number], gap = 0): boolean {
  const sides: [Mixed, Mixed][] = [
    [p.x1, q.x0],
    [q.x1, p.x0],
    [p.y1, q.y0],
    [q.y1, p.y0],
  ];
  return sides.some(([end, start]) => at(start, s0) - at(end, s0) >= gap && at(start, s1) - at(end, s1) >= gap);
}

/** True when the box stays inside a frame of width × height map units at every scale of the range. */
export function insideOver(box: MixedBox, width: number, height: number, [s0, s1]: readonly [number, number], margin = 0): boolean {
  return [s0, s1].every((s) => {
    const b = boxAt(box, s);
    return b.x0 >= margin && b.y0 >= margin && b.x1 <= width * s - margin && b.y1 <= height * s - margin;
  });
}

/** Whether the segment from (x1, y1) to (x2, y2) crosses the box (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: { x0: number; y0: number; x1: number; y1: number }): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - b.x0],
    [dx, b.x1 - x1],
    [-dy, y1 - b.y0],
    [dy, b.y1 - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}
