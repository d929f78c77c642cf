import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';

/**
 * A d3-geo path context that writes whole grid steps and keeps only points at least a step and a
 * half from the last one kept (radial-distance simplification): at the size a locator map is
 * drawn, finer detail is invisible, costs bytes, and rounded to the grid would draw staircases.
 */
class RoundedPath {
  private out: string[] = [];
  /** Last point written, in grid steps, and where it really was (map units / unit). */
  private x = NaN;
  private y = NaN;
  private fx = NaN;
  private fy = NaN;
  /** A point skipped as too close: written if the line ends on it. */
  private pending: [number, number] | null = null;
  private open = false;
  private start = '';
  constructor(private readonly unit = 1) {}
  moveTo(x: number, y: number) {
    this.flush();
    this.fx = x / this.unit;
    this.fy = y / this.unit;
    this.x = Math.round(this.fx);
    this.y = Math.round(this.fy);
    this.start = `M${this.x},${this.y}`;
    this.open = false;
  }
  lineTo(x: number, y: number) {
    const gx = x / this.unit;
    const gy = y / this.unit;
    if (Math.hypot(gx - this.fx, gy - this.fy) < 1.5) {
      this.pending = [gx, gy];
      return;
    }
    this.write(gx, gy);
  }
  private write(gx: number, gy: number) {
    this.pending = null;
    const rx = Math.round(gx);
    const ry = Math.round(gy);
    this.fx = gx;
    this.fy = gy;
    if (rx === this.x && ry === this.y) return;
    const dx = rx - this.x;
    // Relative steps are shorter (most are a few units); a repeated `l` may be left out.
    if (!this.open) {
      this.out.push(this.start, 'l');
      this.open = true;
    } else if (dx >= 0) {
      this.out.push(' ');
    }
    this.out.push(`${dx},${ry - this.y}`);
    this.x = rx;
    this.y = ry;
  }
  /** The end of an open line is kept even when it is close to the point before it. */
  private flush() {
    if (this.pending) this.write(...this.pending);
  }
  closePath() {
    // A ring closes on its start: a last point near it adds nothing.
    this.pending = null;
    if (this.open) this.out.push('z');
    this.open = false;
  }
  arc() {}
  toString() {
    this.flush();
    return this.out.join('');
  }
}

/**
 * The SVG path string of a GeoJSON object under `projection`, in whole steps of `unit` map units
 * (draw it under `transform="scale(unit)"`); see RoundedPath.
 */
export function pathString(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects, unit = 1): string {
  const ctx = new RoundedPath(unit);
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(object);
  return ctx.toString();
}
