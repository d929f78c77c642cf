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
    /** What the mark is drawn on: the last structural shape painted before it under its centre, else the page. */
    const drawnOn = (el: SVGGraphicsElement): number[] => {
      const page = backgroundOf(el);
      const r = el.getBoundingClientRect();
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      let bg = page;
      for (const s of el.ownerSVGElement?.querySelectorAll<SVGGraphicsElement>('rect, path, circle, ellipse, polygon') ?? []) {
        if (s === el || !(s.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || !isStructure(s)) continue;
        const b = s.getBoundingClientRect();
        if (cx < b.left || cx > b.right || cy < b.top || cy > b.bottom || !s.checkVisibility()) continue;
        const f = getComputedStyle(s).fill;
        if (!f || f === 'none') continue;
        const c = rgba(f);
        const a = c[3] * Number(getComputedStyle(s).fillOpacity);
        if (a > 0) bg = over(c, a, page);
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
      const bg = drawnOn(el);
      const opacity = opacityOf(el);
      const name = `<${el.localName} class="${el.getAttribute('class') ?? ''}"> in ${el.closest('[id]')?.id ?? el.ownerSVGElement?.getAttribute('class') ?? 'svg'}`;
      for (const paint of ['fill', 'stroke'] as const) {
        const value = cs[paint];
        if (!value || value === 'none' || value.startsWith('url(')) continue;
        if (paint === 'stroke' && parseFloat(cs.strokeWidth) === 0) continue;
        const c = rgba(value);
        const a = c[3] * Number(paint === 'fill' ? cs.fillOpacity : cs.strokeOpacity) * opacity;
        if (a === 0) continue; // an invisible hit area, not a mark
        out.push({ name, paint, color: value, background: `rgb(${bg.join(',')})`, ratio: Math.round(contrast(over(c, a, bg), bg) * 100) / 100 });
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

