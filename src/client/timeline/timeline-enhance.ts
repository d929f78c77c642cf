/**
 * The interactive timeline, loaded lazily by element.ts (<ek-timeline>). Positions were computed at build
 * time, so no D3 ships: zoom and pan are one transform on the plot group (time axis only) plus a
 * CSS variable that scales glyphs and text back. Keyboard model: one tab stop (roving tabindex
 * over the marks), arrows move in time order, Home/End jump to the ends, Enter/Space select.
 */
import { dispatchSelect, type SelectDetail } from '../linked-view';
import type { IslandElement } from '../island';

const MAX_ZOOM = 32;
const ZOOM_STEP = 2;
const DURATION = 200;

export interface TimelineApi {
  select(id: string): void;
  panBy(dx: number): void;
  zoomTo(k: number): void;
  readonly k: number;
  readonly tx: number;
}

export function enhance(host: IslandElement & { timeline?: TimelineApi }): TimelineApi | undefined {
  if (host.timeline) return host.timeline;
  const $ = <T extends Element>(sel: string, root: ParentNode = host) => root.querySelector<T>(sel);
  const $$ = <T extends Element>(sel: string, root: ParentNode = host) => [...root.querySelectorAll<T>(sel)];
  const svgs = $$<SVGSVGElement>('svg.timeline-svg');
  const horizontal = svgs.find((s) => s.dataset.orientation === 'horizontal');
  const vertical = svgs.find((s) => s.dataset.orientation === 'vertical');
  const plot = horizontal && $<SVGGElement>('[data-plot]', horizontal);
  if (!horizontal || !vertical || !plot) return;
  const marksOf = (svg: SVGSVGElement) => $$<SVGAElement>('a.mark', svg).sort((a, b) => +a.dataset.index! - +b.dataset.index!);
  const hMarks = marksOf(horizontal);
  const vMarks = marksOf(vertical);
  const ids = hMarks.map((m) => m.dataset.event!);
  const items = ids.map((id) => document.getElementById(`event-${id}`));
  const live = $<HTMLElement>('[data-live]')!;
  const details = $<HTMLElement>('[data-details]')!;
  const detailsBody = $<HTMLElement>('[data-details-body]')!;
  const copyStatus = $<HTMLElement>('[data-copy-status]')!;
  const figure = $<HTMLElement>('.timeline-figure')!;
  const narrow = matchMedia('(width < 640px)');
  const reduced = matchMedia('(prefers-reduced-motion: reduce)');
  const [r0, r1] = horizontal.dataset.range!.split(',').map(Number);
  const viewWidth = horizontal.viewBox.baseVal.width;

  let current = 0;
  let selected = -1;
  let k = 1;
  let tx = 0;
  let frame = 0;
  const hidden = new Set<string>();

  const activeMarks = () => (narrow.matches ? vMarks : hMarks);
  const visible = (i: number) => !hidden.has(hMarks[i].dataset.lane!);

  // ---- zoom and pan: x' = k·x + tx along time; glyphs are scaled back by 1/k --------------------
  const clampTx = (t: number, kk: number) => Math.min(r0 - kk * r0, Math.max(r1 - kk * r1, t));
  // Marks panned out of view are not drawn (display: none): panning 1,000 marks would otherwise
  // repaint all of them every frame. The focused and the selected mark always stay.
  const bounds = hMarks.map((m) => [+m.dataset.t0!, +m.dataset.t1!]);
  const culled = hMarks.map(() => false);
  const cull = () => {
    const margin = 280 / k; // a label's width, in plot units
    const lo = (r0 - tx) / k - margin;
    const hi = (r1 - tx) / k + margin;
    bounds.forEach(([a, b], i) => {
      const out = k > 1 && (b < lo || a > hi) && i !== current && i !== selected;
      if (out !== culled[i]) hMarks[i].classList.toggle('is-offscreen', (culled[i] = out));
    });
  };
  const apply = () => {
    plot.setAttribute('transform', `translate(${tx.toFixed(2)},0) scale(${k.toFixed(4)},1)`);
    horizontal.style.setProperty('--timeline-unzoom', String(1 / k));
    cull();
  };
  const view = (nk: number, ntx: number, animate = !reduced.matches) => {
    nk = Math.min(MAX_ZOOM, Math.max(1, nk));
    ntx = clampTx(ntx, nk);
    cancelAnimationFrame(frame);
    if (!animate) {
      k = nk;
      tx = ntx;
      return apply();
    }
    const [k0, tx0, start] = [k, tx, performance.now()];
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / DURATION);
      const e = p * (2 - p);
      k = k0 + (nk - k0) * e;
      tx = tx0 + (ntx - tx0) * e;
      apply();
      if (p < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  };
  const zoomAround = (nk: number, cx: number) => {
    nk = Math.min(MAX_ZOOM, Math.max(1, nk));
    view(nk, cx - ((cx - tx) * nk) / k);
  };
  /** Pans the horizontal view so mark i is inside the plot. */
  const reveal = (i: number) => {
    const m = hMarks[i];
    const a = k * +m.dataset.t0! + tx;
    const b = k * +m.dataset.t1! + tx;
    if (a >= r0 && b <= r1) return;
    view(k, (r0 + r1) / 2 - (k * (+m.dataset.t0! + +m.dataset.t1!)) / 2);
  };

  // ---- focus and selection ----------------------------------------------------------------------
  const setTabStop = (i: number) => {
    if (culled[i]) hMarks[i].classList.remove('is-offscreen');
    culled[i] = false;
    for (const list of [hMarks, vMarks]) list.forEach((m, j) => m.setAttribute('tabindex', j === i ? '0' : '-1'));
    current = i;
  };
  const focusMark = (i: number) => {
    setTabStop(i);
    if (!narrow.matches) reveal(i);
    activeMarks()[i].focus();
  };
  const select = (i: number, opts: { url?: boolean } = {}) => {
    selected = i;
    setTabStop(i);
    for (const list of [hMarks, vMarks]) {
      list.forEach((m, j) => {
        m.classList.toggle('is-selected', j === i);
        if (j === i) m.setAttribute('aria-current', 'true');
        else m.removeAttribute('aria-current');
      });
    }
    const m = hMarks[i];
    const item = items[i];
    detailsBody.replaceChildren(...(item ? [...item.children].filter((c) => !c.matches('[data-copy-row]')).map((c) => c.cloneNode(true)) : []));
    copyStatus.textContent = '';
    details.hidden = false;
    live.textContent = m.dataset.announce ?? '';
    if (opts.url !== false) history.replaceState(history.state, '', `#event-${ids[i]}`);
    if (!narrow.matches) reveal(i);
    dispatchSelect({ explainer: host.dataset.explainer!, source: 'timeline', eventId: ids[i], incident: m.dataset.incident ?? null });
  };
  const step = (from: number, dir: 1 | -1) => {
    for (let i = from + dir; i >= 0 && i < ids.length; i += dir) if (visible(i)) return i;
    return from;
  };
  const first = () => step(-1, 1);
  const last = () => step(ids.length, -1);

  const indexOf = (target: EventTarget | null) => {
    const mark = (target as Element | null)?.closest?.<SVGAElement>('a.mark');
    return mark ? +mark.dataset.index! : -1;
  };

  for (const svg of svgs) {
    svg.addEventListener('keydown', (e) => {
      const i = indexOf(e.target);
      if (i < 0) return;
      let next = -1;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = step(i, 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          next = step(i, -1);
          break;
        case 'Home':
          next = first();
          break;
        case 'End':
          next = last();
          break;
        case 'Enter':
        case ' ':
          e.preventDefault();
          return select(i);
        default:
          return;
      }
      e.preventDefault();
      focusMark(next);
    });
    svg.addEventListener('click', (e) => {
      const i = indexOf(e.target);
      if (i < 0) return;
      e.preventDefault();
      if (suppressClick) return;
      select(i);
      activeMarks()[i].focus({ preventScroll: true });
    });
  }

  // ---- hover: a tooltip with "date: title" for pointers ------------------------------------------
  const tooltip = document.createElement('div');
  tooltip.className = 'timeline-tooltip';
  tooltip.setAttribute('aria-hidden', 'true');
  tooltip.hidden = true;
  figure.append(tooltip);
  figure.addEventListener('pointerover', (e) => {
    const i = indexOf(e.target);
    if (i < 0 || panning) return;
    const mark = activeMarks()[i];
    mark.classList.add('is-hover');
    tooltip.textContent = mark.dataset.announce ?? '';
    tooltip.hidden = false;
    const box = (mark.querySelector('.shape, .bar') ?? mark).getBoundingClientRect();
    const base = figure.getBoundingClientRect();
    const left = Math.min(box.left - base.left, base.width - tooltip.offsetWidth);
    tooltip.style.insetInlineStart = `${Math.max(0, left)}px`;
    tooltip.style.insetBlockStart = `${box.bottom - base.top + 6}px`;
  });
  figure.addEventListener('pointerout', (e) => {
    const i = indexOf(e.target);
    if (i < 0) return;
    activeMarks()[i].classList.remove('is-hover');
    tooltip.hidden = true;
  });

  // ---- pointer pan on the horizontal timeline, ctrl/⌘ + wheel zoom ------------------------------
  let panning = false;
  let suppressClick = false;
  let startX = 0;
  let startTx = 0;
  let pointer = -1;
  horizontal.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    pointer = e.pointerId;
    startX = e.clientX;
    startTx = tx;
    suppressClick = false;
  });
  horizontal.addEventListener('pointermove', (e) => {
    if (e.pointerId !== pointer) return;
    const dx = ((e.clientX - startX) * viewWidth) / horizontal.clientWidth;
    if (!panning && Math.abs(dx) < 4) return;
    if (!panning) {
      panning = true;
      host.setAttribute('data-panning', '');
      horizontal.setPointerCapture(e.pointerId);
      tooltip.hidden = true;
    }
    view(k, startTx + dx, false);
  });
  const endPan = (e: PointerEvent) => {
    if (e.pointerId !== pointer) return;
    pointer = -1;
    if (panning) suppressClick = true;
    panning = false;
    host.removeAttribute('data-panning');
  };
  horizontal.addEventListener('pointerup', endPan);
  horizontal.addEventListener('pointercancel', endPan);
  horizontal.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const box = horizontal.getBoundingClientRect();
    zoomAround(k * (e.deltaY < 0 ? 1.25 : 0.8), ((e.clientX - box.left) * viewWidth) / box.width);
  }, { passive: false });

  // ---- buttons: zoom, lane filter, copy link ----------------------------------------------------
  const centre = () => (r0 + r1) / 2;
  const zoomCentre = () => (selected >= 0 ? k * ((+hMarks[selected].dataset.t0! + +hMarks[selected].dataset.t1!) / 2) + tx : centre());
  $$<HTMLButtonElement>('[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      const what = b.dataset.zoom;
      if (what === 'reset') view(1, 0);
      else zoomAround(what === 'in' ? k * ZOOM_STEP : k / ZOOM_STEP, zoomCentre());
    }),
  );
  $$<HTMLInputElement>('[data-lane-filter]').forEach((box) =>
    box.addEventListener('change', () => {
      const lane = box.dataset.laneFilter!;
      if (box.checked) hidden.delete(lane);
      else hidden.add(lane);
      for (const list of [hMarks, vMarks]) list.forEach((m) => m.classList.toggle('is-filtered', hidden.has(m.dataset.lane!)));
      items.forEach((li) => li?.classList.toggle('is-filtered', hidden.has(li.dataset.lane ?? '')));
      if (!visible(current)) {
        const next = step(current, 1) !== current ? step(current, 1) : step(current, -1);
        setTabStop(next);
      }
    }),
  );

  const linkTo = (id: string) => `${location.origin}${location.pathname}#event-${id}`;
  const copy = (id: string, status: HTMLElement) => {
    const url = linkTo(id);
    const done = (ok: boolean) => {
      status.textContent = ok ? host.dataset.copied ?? '' : (host.dataset.copyFailed ?? '').replace('{url}', url);
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(() => done(true), () => done(false));
    else done(false);
  };
  $<HTMLButtonElement>('[data-copy]')?.addEventListener('click', () => selected >= 0 && copy(ids[selected], copyStatus));
  items.forEach((li, i) => {
    if (!li) return;
    const row = document.createElement('p');
    row.dataset.copyRow = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'timeline-copy';
    button.textContent = host.querySelector('[data-copy]')?.textContent ?? 'Copy link';
    button.setAttribute('aria-label', (host.dataset.copyLabel ?? '').replace('{title}', hMarks[i].dataset.announce?.split(': ').slice(1).join(': ') ?? ''));
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'timeline-details__status';
    button.addEventListener('click', () => copy(ids[i], status));
    row.append(button, status);
    li.append(row);
  });

  // ---- links between islands and from the address -----------------------------------------------
  host.onLinked = (d: SelectDetail) => {
    const on = (el: Element | null) => !!d.incident && (el as HTMLElement | null)?.dataset.incident === d.incident;
    for (const list of [hMarks, vMarks]) list.forEach((m) => m.classList.toggle('is-linked', on(m)));
    items.forEach((li) => li?.classList.toggle('is-linked', on(li)));
  };
  if (host.linked) host.onLinked(host.linked);

  /**
   * An address naming one of our events selects it. On arrival (a deep link) the drawing is scrolled
   * to it; a later in-page link keeps the browser's jump to the list entry the reader asked for.
   */
  const fromHash = (scroll: boolean) => {
    const id = /^#event-(.+)$/.exec(location.hash)?.[1];
    const i = id ? ids.indexOf(decodeURIComponent(id)) : -1;
    if (i < 0) return false;
    select(i, { url: false });
    if (!narrow.matches) view(k, (r0 + r1) / 2 - (k * (+hMarks[i].dataset.t0! + +hMarks[i].dataset.t1!)) / 2, false);
    if (scroll) activeMarks()[i].scrollIntoView({ block: 'center', behavior: 'instant' });
    return true;
  };
  window.addEventListener('hashchange', () => fromHash(false));

  // The controls kept their place while pending (no layout shift): now they work, show them.
  const controls = $<HTMLElement>('[data-controls]')!;
  controls.removeAttribute('data-pending');
  controls.inert = false;
  setTabStop(first());
  apply();
  host.dataset.enhanced = '';
  fromHash(true);

  const api: TimelineApi = {
    select: (id) => {
      const i = ids.indexOf(id);
      if (i >= 0) select(i);
    },
    panBy: (dx) => view(k, tx + dx, false),
    zoomTo: (nk) => view(nk, centre() - ((centre() - tx) * nk) / k, false),
    get k() {
      return k;
    },
    get tx() {
      return tx;
    },
  };
  host.timeline = api;
  return api;
}
