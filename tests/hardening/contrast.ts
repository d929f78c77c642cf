import type { Page } from '@playwright/test';

export interface Mark {
  name: string;
  paint: 'fill' | 'stroke';
  color: string;
  background: string;
  ratio: number;
}

/**
 * Every data mark (SVG shape in the page's charts, gridlines and invisible hit areas aside) with the
 * contrast of its computed fill and stroke against the background it is drawn on. Colours are read
 * through a canvas, so any CSS colour syntax (oklch, color-mix, system colours) is resolved.
 */
export const marks = (page: Page) =>
  page.evaluate((): Mark[] => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (fg: number[], a: number, bg: number[]) => fg.slice(0, 3).map((c, i) => c * a + bg[i] * (1 - a));
    const lum = (c: number[]) =>
      c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a: number[], b: number[]) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const backgroundOf = (el: Element): number[] => {
      for (let n: Element | null = el; n; n = n.parentElement) {
        if (n instanceof SVGElement && !(n instanceof SVGSVGElement)) continue;
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0.99) return c.slice(0, 3);
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let n: Element | null = el; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
      return o;
    };
    // Structure, not data: lane bands and backgrounds, gridlines, axis and tick lines, invisible hit areas.
    const STRUCTURE = /\b(band|bands|grid|gridline|tick|ticks|axis|domain|background|bg|hit|hit-area|halo)\b/;
    const isStructure = (el: Element) => {
      for (let n: Element | null = el; n && !(n instanceof SVGSVGElement); n = n.parentElement) if (STRUCTURE.test(n.getAttribute('class') ?? '')) return true;
      return false;
    };
    /**
     * The colour next to the mark at a point: every shape of the same SVG painted before it whose fill or stroke
     * covers that point (isPointInFill / isPointInStroke: a halo counts), composited over the
     * page background. A shape of the mark's own colour underneath is part of the same mark (a bar
     * drawn in pieces), so what lies under that counts instead.
     */
    const drawnOn = (el: SVGGraphicsElement, own: string, centre: DOMPoint): number[] => {
      let bg = backgroundOf(el);
      const ownRgb = rgba(own).slice(0, 3).join();
      for (const s of el.ownerSVGElement?.querySelectorAll<SVGGeometryElement>('rect, path, circle, ellipse, polygon, polyline, line') ?? []) {
        if (s === el || !(s.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || s.contains(el)) continue;
        if (s.closest('defs, clipPath, mask, marker, pattern, symbol') || !s.checkVisibility()) continue;
        const cs = getComputedStyle(s);
        const ctm = s.getScreenCTM();
        if (!ctm) continue;
        const p = centre.matrixTransform(ctm.inverse());
        const layers: [string, number, boolean][] = [
          [cs.fill, Number(cs.fillOpacity), s.localName !== 'line' && s.isPointInFill(p)],
          [cs.stroke, Number(cs.strokeOpacity), parseFloat(cs.strokeWidth) > 0 && s.isPointInStroke(p)],
        ];
        for (const [paint, alpha, hit] of layers) {
          if (!hit || !paint || paint === 'none' || paint.startsWith('url(')) continue;
          const c = rgba(paint);
          if (c.slice(0, 3).join() === ownRgb) continue;
          const a = c[3] * alpha * opacityOf(s);
          if (a > 0) bg = over(c, a, bg);
        }
      }
      return bg;
    };
    const out: Mark[] = [];
    const shapes = document.querySelectorAll<SVGGraphicsElement>('main svg :is(path, rect, circle, ellipse, line, polyline, polygon)');
    for (const el of shapes) {
      if (el.closest('defs, clipPath, mask, marker, pattern, symbol')) continue;
      if (isStructure(el)) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const cs = getComputedStyle(el);
      const opacity = opacityOf(el);
      const name = `<${el.localName} class="${el.getAttribute('class') ?? ''}"> in ${el.closest('[id]')?.id ?? el.ownerSVGElement?.getAttribute('class') ?? 'svg'}`;
      for (const paint of ['fill', 'stroke'] as const) {
        const value = cs[paint];
        if (!value || value === 'none' || value.startsWith('url(')) continue;
        if (paint === 'fill' && el.localName === 'line') continue; // a line has no fill area
        if (paint === 'stroke' && parseFloat(cs.strokeWidth) === 0) continue;
        const c = rgba(value);
        const a = c[3] * Number(paint === 'fill' ? cs.fillOpacity : cs.strokeOpacity) * opacity;
        if (a === 0) continue; // an invisible hit area, not a mark
        // Adjacent colours: just outside each side of the mark. It is perceivable when it stands out
        // from at least one of them (a cap crossing a bar still meets the page above and below it).
        const sides = [
          new DOMPoint(box.left + box.width / 2, box.top - 2),
          new DOMPoint(box.left + box.width / 2, box.bottom + 2),
          new DOMPoint(box.left - 2, box.top + box.height / 2),
          new DOMPoint(box.right + 2, box.top + box.height / 2),
        ].map((p) => {
          const bg = drawnOn(el, value, p);
          return { bg, ratio: Math.round(contrast(over(c, a, bg), bg) * 100) / 100 };
        });
        const best = sides.reduce((x, y) => (y.ratio > x.ratio ? y : x));
        out.push({ name, paint, color: value, background: `rgb(${best.bg.join(',')})`, ratio: best.ratio });
      }
    }
    return out;
  });

/** A mark passes when its fill or its stroke reaches 3:1 (WCAG 1.4.11: one visible edge is enough). */
export const failing = (list: Mark[]) => {
  const grouped = new Map<string, Mark[]>();
  for (const m of list) grouped.set(m.name, [...(grouped.get(m.name) ?? []), m]);
  return [...grouped.values()].filter((ms) => ms.every((m) => m.ratio < 3)).map((ms) => ms.map((m) => `${m.name} ${m.paint} ${m.color} on ${m.background}: ${m.ratio}:1`).join('; '));
};

