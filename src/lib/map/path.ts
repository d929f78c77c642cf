import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';

/**
 * A d3-geo path context that writes whole map units and drops a point that rounds onto the one
 * before it: at the size a locator map is drawn, sub-unit detail is invisible and costs bytes.
 */
class RoundedPath {
  private out: string[] = [];
  private x = NaN;
  private y = NaN;
  private open = false;
  private start = '';
  constructor(private readonly unit = 1) {}
  /** In grid steps of `unit` map units: the caller draws the path under `scale(unit)`. */
  private r(n: number) {
    return Math.round(n / this.unit);
  }
  moveTo(x: number, y: number) {
    this.x = this.r(x);
    this.y = this.r(y);
    this.start = `M${this.x},${this.y}`;
    this.open = false;
  }
  lineTo(x: number, y: number) {
    const rx = this.r(x);
    const ry = this.r(y);
    if (rx === this.x && ry === this.y) return;
    const dx = rx - this.x;
    // Relative steps are shorter (most are a few units); a repeated `l` may be left out.
    if (!this.open) {
      this.out.push(this.start, 'l');
      this.open = true;
    } else if (this.out[this.out.length - 1] !== 'z' && dx >= 0) {
      this.out.push(' ');
    }
    this.out.push(`${dx},${ry - this.y}`);
    this.x = rx;
    this.y = ry;
  }
  closePath() {
    if (this.open) this.out.push('z');
    this.open = false;
  }
  arc() {}
  toString() {
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
