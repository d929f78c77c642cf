/**
 * For the timeline layout tests: the content explainers' events as the layout sees them, and the
 * boxes a layout draws (labels measured with the layout's own widths), to check collisions.
 */
import { readContentDir } from '../../src/content/folder-fs.ts';
import { toLayoutEvent, textWidth, LINE_HEIGHT, type LayoutEvent, type TimelineLayout } from '../../src/lib/timeline/index.ts';
import { ROOT } from './content-fixture.ts';
import { syntheticEvents } from './synthetic-events.ts';

/** Every explainer's events, seed and fixture site, by slug. */
export function contentTimelines(): Map<string, LayoutEvent[]> {
  const out = new Map<string, LayoutEvent[]>();
  for (const dir of ['content', 'tests/fixtures/site/content']) {
    const { input, entries } = readContentDir(ROOT, dir);
    const published = (id: string) => entries.sources.find((s) => s.id === id)?.data.published;
    for (const e of input.events) {
      if (!out.has(e.explainer!)) out.set(e.explainer!, []);
      out.get(e.explainer!)!.push(toLayoutEvent(e, published));
    }
  }
  return out;
}

/** n synthetic events, as layout events (known from a report of 21 February 2016). */
export const syntheticLayoutEvents = (n: number) =>
  syntheticEvents(n).map((e) => toLayoutEvent(e as Parameters<typeof toLayoutEvent>[0], () => '2016-12-31'));

export interface Box {
  id: string;
  what: 'label' | 'mark';
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Labels, point glyphs / bars and cluster badges of a layout, as absolute boxes in SVG units. */
export function boxes(layout: TimelineLayout): Box[] {
  const out: Box[] = [];
  for (const m of layout.marks) {
    // A mark drawn in a cluster has no box of its own: the cluster's badge stands for it.
    if (m.cluster !== undefined) continue;
    if (m.glyph) out.push({ id: m.id, what: 'mark', x0: m.x - 6, x1: m.x + 6, y0: m.y - 6, y1: m.y + 6 });
    if (m.bar) out.push({ id: m.id, what: 'mark', x0: m.x + m.bar.x, x1: m.x + m.bar.x + m.bar.width, y0: m.y + m.bar.y, y1: m.y + m.bar.y + m.bar.height });
    if (m.label) {
      const w = Math.max(...m.label.lines.map((l) => textWidth(l)));
      const x = m.x + m.label.dx;
      const y = m.y + m.label.dy;
      out.push({ id: m.id, what: 'label', x0: m.label.anchor === 'start' ? x : x - w, x1: m.label.anchor === 'start' ? x + w : x, y0: y - 9, y1: y + (m.label.lines.length - 1) * LINE_HEIGHT + 3 });
    }
  }
  layout.clusters.forEach((c, k) => out.push({ id: `cluster-${k}`, what: 'mark', x0: c.x - c.width / 2, x1: c.x + c.width / 2, y0: c.y - c.height / 2, y1: c.y + c.height / 2 }));
  return out;
}

/** Pairs of boxes of different events that overlap (a label over a label or over another mark). */
export function collisions(layout: TimelineLayout): string[] {
  const bs = boxes(layout);
  const hits: string[] = [];
  for (let i = 0; i < bs.length; i++) {
    for (let j = i + 1; j < bs.length; j++) {
      const [a, b] = [bs[i], bs[j]];
      if (a.id === b.id || (a.what === 'mark' && b.what === 'mark')) continue;
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) hits.push(`${a.what} ${a.id} × ${b.what} ${b.id}`);
    }
  }
  return hits;
}
