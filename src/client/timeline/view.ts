/**
 * Zoom and pan of the horizontal timeline. Each zoom level was laid out at build time (its own
 * ticks, rows and labels), so zooming swaps drawings and labels keep their size. Level 1 is in the
 * page; the closer ones are fetched, the first time the reader zooms, from the static SVG file the
 * build wrote for this timeline (`data-zoom-src`, see zoom-levels.ts), or taken from <template>s
 * where the page carries them (the editors' guide). Panning moves the drawing as one
 * composited layer (a CSS transform on the <svg>, clipped by its window): no mark is repainted,
 * none is removed, so marks out of view stay in the accessibility tree.
 */
import { zoomLevels } from './zoom-levels.ts';

/** The events a mark stands for: its own, or all of a cluster's (data-members). */
export const membersOf = (a: SVGElement): number[] => (a.dataset.members ? a.dataset.members.split(' ').map(Number) : [Number(a.dataset.index)]);

/** What stands for event i in a drawing: its mark, or the cluster it is drawn in at that zoom. */
export function elementAt(svg: SVGSVGElement, i: number): SVGAElement | null {
  return (
    svg.querySelector<SVGAElement>(`a.mark[data-index="${i}"]`) ??
    [...svg.querySelectorAll<SVGAElement>('a.mark--cluster')].find((c) => membersOf(c).includes(i)) ??
    null
  );
}

export interface View {
  /** The drawing now shown (horizontal). */
  readonly svg: SVGSVGElement;
  readonly zoom: number;
  readonly levels: readonly number[];
  /** Offset of the drawing in CSS px (≤ 0). */
  readonly tx: number;
  /**
   * Steps to a zoom level index, keeping `anchor` (a mark index) or the centre in view; resolves once
   * that level is shown (after fetching it, the first time), or rejects when it could not be loaded.
   */
  zoomTo(level: number, anchor?: number): Promise<void>;
  zoomBy(steps: number, anchor?: number): Promise<void>;
  /** Pans by `dx` CSS px (positive: later). */
  panBy(dx: number): void;
  /** Pans so mark i is in view; centres it when `centre`. */
  reveal(i: number, centre?: boolean): void;
  /** Back to the whole timeline (zoom 1, nothing panned). */
  reset(): Promise<void>;
}

export function createView(
  host: HTMLElement,
  onSwap: (svg: SVGSVGElement) => void,
  onChange: () => void,
): View | null {
  const pan = host.querySelector<HTMLElement>('[data-pan]');
  const base = pan?.querySelector<SVGSVGElement>('svg');
  if (!pan || !base) return null;
  const levels = (pan.dataset.zoomLevels ?? '1').split(' ').map(Number);
  const closer = zoomLevels(host, pan.dataset.zoomSrc);
  const drawn = new Map<number, SVGSVGElement>([[1, base]]);
  let level = 0;
  /** The level asked for last: keys pressed while a level loads add up, and only the last one is shown. */
  let wanted = 0;
  let svg = base;
  let tx = 0;

  const width = () => pan.clientWidth || 1;
  const zoom = () => levels[level];
  const clamp = (t: number) => Math.min(0, Math.max(width() - zoom() * width(), t));
  /** Mark i's extent in CSS px from the drawing's left edge. */
  const extent = (i: number) => {
    const m = elementAt(svg, i);
    const unit = (zoom() * width()) / Number(svg.dataset.width);
    return m ? [Number(m.dataset.t0) * unit, Number(m.dataset.t1) * unit] : null;
  };
  const apply = () => {
    svg.style.transform = tx ? `translate3d(${tx.toFixed(1)}px,0,0)` : '';
    host.toggleAttribute('data-zoomed', zoom() > 1);
    onChange();
  };
  const levelSvg = async (z: number) => {
    let s = drawn.get(z);
    if (!s) {
      s = (await closer()).get(z);
      if (!s) throw new Error(`zoom level ${z} is missing`);
      s.style.inlineSize = `${z * 100}%`;
      drawn.set(z, s);
    }
    return s;
  };

  const view: View = {
    get svg() {
      return svg;
    },
    get zoom() {
      return zoom();
    },
    levels,
    get tx() {
      return tx;
    },
    async zoomTo(next, anchor) {
      next = wanted = Math.max(0, Math.min(levels.length - 1, next));
      if (next === level) return;
      let shown: SVGSVGElement;
      try {
        shown = await levelSvg(levels[next]);
      } finally {
        if (wanted === next && !drawn.has(levels[next])) wanted = level;
      }
      if (wanted !== next) return; // another level was asked for meanwhile
      const w = width();
      const centre = (w / 2 - tx) / (zoom() * w);
      const old = svg;
      level = next;
      svg = shown;
      if (svg !== old) {
        if (old === base) base.classList.add('is-away');
        else old.remove();
        if (svg === base) base.classList.remove('is-away');
        else pan.append(svg);
        onSwap(svg);
      }
      const e = anchor !== undefined ? extent(anchor) : null;
      tx = clamp(e ? w / 2 - (e[0] + e[1]) / 2 : w / 2 - centre * zoom() * w);
      apply();
    },
    zoomBy(steps, anchor) {
      return view.zoomTo(wanted + steps, anchor);
    },
    panBy(dx) {
      tx = clamp(tx - dx);
      apply();
    },
    reveal(i, centre = false) {
      const e = extent(i);
      if (!e) return;
      const w = width();
      if (!centre && e[0] + tx >= 0 && e[1] + tx <= w) return;
      tx = clamp(w / 2 - (e[0] + e[1]) / 2);
      apply();
    },
    async reset() {
      await view.zoomTo(0);
      tx = 0;
      apply();
    },
  };
  // A resized window keeps the same place in time within the new bounds.
  new ResizeObserver(() => {
    tx = clamp(tx);
    apply();
  }).observe(pan);
  return view;
}
