/**
 * Zoom and pan of the horizontal timeline. Each zoom level was laid out at build time (its own
 * ticks, rows and labels; level 1 is in the page, the others in <template>s until first asked
 * for), so zooming swaps drawings and labels keep their size. Panning moves the drawing as one
 * composited layer (a CSS transform on the <svg>, clipped by its window): no mark is repainted,
 * none is removed, so marks out of view stay in the accessibility tree.
 */
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
  /** Steps to a zoom level index, keeping `anchor` (a mark index) or the centre in view. */
  zoomTo(level: number, anchor?: number): void;
  zoomBy(steps: number, anchor?: number): void;
  /** Pans by `dx` CSS px (positive: later). */
  panBy(dx: number): void;
  /** Pans so mark i is in view; centres it when `centre`. */
  reveal(i: number, centre?: boolean): void;
  reset(): void;
}

export function createView(
  host: HTMLElement,
  onSwap: (svg: SVGSVGElement) => void,
  onChange: () => void,
): View | null {
  const pan = host.querySelector<HTMLElement>('[data-pan]');
  const base = pan?.querySelector<SVGSVGElement>('svg');
  if (!pan || !base) return null;
  const templates = new Map([...host.querySelectorAll<HTMLTemplateElement>('template[data-zoom-level]')].map((t) => [Number(t.dataset.zoomLevel), t]));
  const levels = [1, ...[...templates.keys()].sort((a, b) => a - b)];
  const drawn = new Map<number, SVGSVGElement>([[1, base]]);
  let level = 0;
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
  const levelSvg = (z: number) => {
    let s = drawn.get(z);
    if (!s) {
      s = (templates.get(z)!.content.firstElementChild as SVGSVGElement).cloneNode(true) as SVGSVGElement;
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
    zoomTo(next, anchor) {
      next = Math.max(0, Math.min(levels.length - 1, next));
      if (next === level) return;
      const w = width();
      const centre = (w / 2 - tx) / (zoom() * w);
      const old = svg;
      level = next;
      svg = levelSvg(zoom());
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
      view.zoomTo(level + steps, anchor);
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
    reset() {
      view.zoomTo(0);
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
