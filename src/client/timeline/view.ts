/**
 * Zoom and pan of the horizontal timeline. Each zoom level was laid out at build time (its own
 * ticks, rows and labels), so zooming swaps drawings and labels keep their size. Level 1 is in the
 * page; the closer ones are fetched, the first time the reader zooms, from the static SVG file the
 * build wrote for this timeline (`data-zoom-src`, see zoom-levels.ts), or taken from <template>s
 * where the page carries them (the editors' guide). Panning moves the drawing as one
 * composited layer (a CSS transform on the <svg>, clipped by its window): no mark is repainted,
 * none is removed, so marks out of view stay in the accessibility tree. Once a pan comes to rest,
 * labels the window's edges would cut are hidden (their marks keep their names), and while the
 * lanes' own names are panned away, a copy of them stays at the window's start.
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
  /** The window's width in CSS px. */
  readonly width: number;
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
  /** Labels were shown or hidden (a lane filter): measure them again. */
  remeasure(): void;
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

  // The window's width, read when it changes (ResizeObserver), not on every frame of a pan.
  let panWidth = pan.clientWidth || 1;
  const width = () => panWidth;
  /** CSS px per drawing unit at the level shown. */
  const unit = () => (zoom() * width()) / Number(svg.dataset.width);
  /** Each label's extent along the drawing, in its units: measured once per level, when first needed. */
  const labelBoxes = new Map<SVGSVGElement, Map<SVGTextElement, [number, number]>>();
  const boxesOf = (s: SVGSVGElement) => {
    let boxes = labelBoxes.get(s);
    if (!boxes) {
      boxes = new Map();
      // In the drawing's own units (getBBox, plus the mark's or tick's offset): a right-to-left
      // page's mirrored drawing measures the same.
      for (const l of s.querySelectorAll<SVGTextElement>('.mark .label, .tick text')) {
        const b = l.getBBox();
        const at = (l.parentElement as unknown as SVGGraphicsElement).transform.baseVal.consolidate()?.matrix.e ?? 0;
        // A label of a lane filtered out has no box: measured again once the lane is back (remeasure).
        if (b.width > 0) boxes.set(l, [at + b.x, at + b.x + b.width]);
      }
      labelBoxes.set(s, boxes);
    }
    return boxes;
  };
  /** Where the window is, in drawing units. */
  const windowUnits = (): [number, number] => [-tx / unit(), (width() - tx) / unit()];
  // The lanes' names, at the window's start while theirs are panned away (aria-hidden: drawing only).
  const names = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  names.classList.add('timeline-lane-names');
  names.setAttribute('aria-hidden', 'true');
  // Beside the window, not in it: the window holds the drawings only.
  pan.after(names);
  const drawNames = () => {
    const [, , , h] = (svg.getAttribute('viewBox') ?? '0 0 640 1').split(' ').map(Number);
    names.setAttribute('viewBox', `0 0 ${Number(svg.dataset.width) / zoom()} ${h}`);
    names.replaceChildren(
      ...[...svg.querySelectorAll<SVGTextElement>('.lane-name')].map((t) => {
        const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        g.setAttribute('class', t.parentElement!.getAttribute('class') ?? '');
        const copy = t.cloneNode(true) as SVGTextElement;
        g.append(copy);
        return g;
      }),
    );
  };
  /**
   * After a pan: labels the window's edges cut are hidden, until a pan brings them in whole; the
   * lanes' names show at the start while the drawing's own are out of view.
   */
  let resting = 0;
  const rest = () => {
    clearTimeout(resting);
    resting = window.setTimeout(() => {
      const [a, b] = windowUnits();
      for (const [label, [x0, x1]] of boxesOf(svg)) label.classList.toggle('is-cut', x0 < a - 0.5 || x1 > b + 0.5);
    }, host.hasAttribute('data-panning') ? 250 : 180);
    // The copy, or the drawing's own names: never both, half over each other.
    if (names.classList.contains('is-shown') !== tx < -1) {
      names.classList.toggle('is-shown', tx < -1);
      pan.classList.toggle('has-names', tx < -1);
    }
  };
  const zoom = () => levels[level];
  const clamp = (t: number) => Math.min(0, Math.max(width() - zoom() * width(), t));
  /** Mark i's extent in CSS px from the drawing's left edge. */
  const extent = (i: number) => {
    const m = elementAt(svg, i);
    if (!m) return null;
    const u = unit();
    // The mark and its label: a mark is in view only when what it says is whole too.
    const label = m.querySelector<SVGTextElement>('.label');
    const box = label ? boxesOf(svg).get(label) : undefined;
    const [t0, t1] = [Number(m.dataset.t0), Number(m.dataset.t1)];
    return box ? [Math.min(t0, box[0]) * u, Math.max(t1, box[1]) * u] : [t0 * u, t1 * u];
  };
  const apply = () => {
    svg.style.transform = tx ? `translate3d(${tx.toFixed(1)}px,0,0)` : '';
    if (host.hasAttribute('data-zoomed') !== zoom() > 1) host.toggleAttribute('data-zoomed', zoom() > 1);
    rest();
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
    get width() {
      return width();
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
        drawNames();
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
      // Centred, or, when the mark and its label are wider than half the window, its start in view.
      tx = clamp(e[1] - e[0] > w / 2 ? 8 - e[0] : w / 2 - (e[0] + e[1]) / 2);
      apply();
    },
    remeasure() {
      labelBoxes.clear();
      rest();
    },
    async reset() {
      await view.zoomTo(0);
      tx = 0;
      apply();
    },
  };
  // A resized window keeps the same place in time within the new bounds.
  new ResizeObserver(() => {
    const was = panWidth;
    panWidth = pan.clientWidth || 1;
    if (panWidth !== was) labelBoxes.clear();
    tx = clamp(tx);
    apply();
  }).observe(pan);
  drawNames();
  return view;
}
