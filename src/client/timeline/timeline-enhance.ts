/**
 * The interactive timeline, loaded lazily by element.ts (<ek-timeline>). Positions were laid out at
 * build time for every zoom level, so no D3 ships. This module ties the parts together: the marks'
 * state (current, selected, filtered, linked) across drawings, the keys (keys.ts), zoom and pan
 * (view.ts), pointer (pointer.ts), the details panel (panel.ts), links from the address and from
 * the other islands.
 */
import { dispatchSelect, type SelectDetail } from '../linked-view.ts';
import { hashId, type IslandElement } from '../island.ts';
import { keyAction } from './keys.ts';
import { createPanel } from './panel.ts';
import { pointerPan, tooltip } from './pointer.ts';
import { createView, elementAt, membersOf, type View } from './view.ts';

export interface TimelineApi {
  select(id: string): void;
  panBy(dx: number): void;
  /** Resolves once the level is shown (or could not be loaded: zoom 1 stays, with a message). */
  zoomTo(level: number): Promise<void>;
  readonly zoom: number;
  readonly tx: number;
}

type Host = IslandElement & { timeline?: TimelineApi };

export function enhance(host: Host): TimelineApi | undefined {
  if (host.timeline) return host.timeline;
  const $ = <T extends Element>(sel: string) => host.querySelector<T>(sel);
  const vertical = $<SVGSVGElement>('svg.timeline-svg--vertical');
  const figure = $<HTMLElement>('[data-figure]');
  const list = host.closest('section')?.querySelector<HTMLDetailsElement>('[data-list]') ?? null;
  if (!vertical || !figure) return;
  // Each drawing's marks in time order, read once: the drawings never change (a zoom level is swapped whole).
  const marksCache = new WeakMap<SVGSVGElement, SVGAElement[]>();
  const marksOf = (svg: SVGSVGElement) => {
    let marks = marksCache.get(svg);
    if (!marks) marksCache.set(svg, (marks = [...svg.querySelectorAll<SVGAElement>('a.mark')].sort((a, b) => +a.dataset.index! - +b.dataset.index!)));
    return marks;
  };
  /** Sets an attribute only when it changes: at 1,000 marks, unchanged writes still cost a style pass. */
  const attr = (el: Element, name: string, value: string | null) => {
    if (el.getAttribute(name) === value) return;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  };
  const vMarks = marksOf(vertical);
  const ids = vMarks.map((m) => m.dataset.event!);
  const narrow = matchMedia('(width < 640px)');
  const live = $<HTMLElement>('[data-live]')!;
  const hidden = new Set<string>();
  let current = 0;
  let selected = -1;
  let linked: SelectDetail | null = null;

  // `event-` in a page's first timeline (the permalinks readers share), its own prefix in a later one.
  const prefix = host.dataset.hashPrefix ?? 'event-';
  const linkTo = (id: string) => `${host.dataset.linkBase ?? `${location.origin}${location.pathname}`}#${prefix}${id}`;
  const panel = createPanel(host, linkTo, (id) => document.getElementById(`${prefix}${id}`));

  /** Marks' state, applied to any drawing: after a change, and to a zoom level when it is swapped in. */
  const decorate = (svg: SVGSVGElement) => {
    for (const m of marksOf(svg)) {
      const i = +m.dataset.index!;
      const members = membersOf(m);
      attr(m, 'tabindex', members.includes(current) ? '0' : '-1');
      m.classList.toggle('is-selected', members.includes(selected));
      attr(m, 'aria-current', i === selected ? 'true' : null);
      m.classList.toggle('is-filtered', hidden.has(m.dataset.lane!));
      m.classList.toggle('is-linked', !!linked?.incident && m.dataset.incident === linked.incident);
    }
  };
  const view = createView(host, decorate, () => updateButtons());
  const drawings = () => (view ? [view.svg, vertical] : [vertical]);
  const active = () => (narrow.matches || !view ? vertical : view.svg);
  /** Event i's mark in the drawing shown, or the cluster that holds it at this zoom. */
  const markAt = (i: number) => elementAt(active(), i)!;
  const refresh = () => drawings().forEach(decorate);
  const visible = (i: number) => !hidden.has(vMarks[i].dataset.lane!);
  /** The next event in time order that is shown, past those drawn in the same cluster as `from`. */
  const step = (from: number, dir: 1 | -1) => {
    const here = from >= 0 && from < ids.length ? markAt(from) : null;
    for (let i = from + dir; i >= 0 && i < ids.length; i += dir) if (visible(i) && (!here || markAt(i) !== here)) return i;
    return from;
  };

  const focusMark = (i: number) => {
    current = i;
    refresh();
    if (!narrow.matches) view?.reveal(i);
    const m = markAt(i);
    m.focus({ preventScroll: true });
    keepInView(m);
  };
  /** `fromMark`: chosen on its mark, whose name (date and title) was just read: not said again. */
  const select = (i: number, opts: { url?: boolean; announce?: boolean; dispatch?: boolean; fromMark?: boolean } = {}) => {
    selected = current = i;
    refresh();
    panel.show(ids[i]);
    if (opts.announce !== false) live.textContent = opts.fromMark ? (live.dataset.shown ?? '') : (vMarks[i].dataset.announce ?? '');
    if (opts.url !== false) history.replaceState(history.state, '', `#${prefix}${ids[i]}`);
    if (!narrow.matches) view?.reveal(i);
    if (opts.dispatch !== false) dispatchSelect({ explainer: host.dataset.explainer!, source: 'timeline', island: host.dataset.island, eventId: ids[i], incident: vMarks[i].dataset.incident ?? null });
  };

  /**
   * Scrolls the page (never the drawing's pan window) just enough that a focused mark, its label and
   * its focus ring are whole on screen, below the sticky header (WCAG 2.4.11): the page's
   * scroll-padding-top is the header's room.
   */
  const keepInView = (m: Element) => {
    const box = m.getBoundingClientRect();
    const top = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0) + 8;
    const bottom = innerHeight - 8;
    const by = box.top < top ? box.top - top : box.bottom > bottom ? Math.min(box.bottom - bottom, box.top - top) : 0;
    if (by) window.scrollBy({ top: by, behavior: 'instant' });
  };

  const key = $<HTMLElement>('.timeline-key');
  /**
   * The keyboard comes into the drawing (Tab, or the contents list's link to the section): the
   * key with its hint and the drawing, axis and all, are brought whole into view when the window
   * has room for them.
   */
  const showDrawing = () => {
    if (narrow.matches || !view || !key) return;
    const from = key.getBoundingClientRect().top;
    const to = host.querySelector<HTMLElement>('[data-pan]')!.getBoundingClientRect().bottom;
    const top = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0) + 8;
    const bottom = innerHeight - 8;
    if (to - from > bottom - top) return;
    const by = from < top ? from - top : to > bottom ? to - bottom : 0;
    if (by) window.scrollBy({ top: by, behavior: 'instant' });
  };
  const hint = $<HTMLElement>('[data-hint]');
  figure.addEventListener('focusin', (e) => {
    const keyboard = !!markOf(e.target)?.matches(':focus-visible');
    // The hint shows while a mark has keyboard focus.
    hint?.toggleAttribute('data-shown', keyboard);
    // Keyboard focus only: a scroll under a pointer pressing a mark would move the click off it.
    if (keyboard && !figure.contains(e.relatedTarget as Node | null)) showDrawing();
  });
  figure.addEventListener('focusout', (e) => {
    if (!markOf(e.relatedTarget)) hint?.removeAttribute('data-shown');
  });
  /** The panel, on a phone, where it is seen: after a tap on a mark, or an address naming an event. */
  const showPanel = (block: ScrollLogicalPosition) => {
    if (!narrow.matches) return;
    const details = host.querySelector<HTMLElement>('[data-details]')!;
    const box = details.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= innerHeight) return;
    details.scrollIntoView({ block, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
  };
  // The contents list's entry for this timeline lands on it: the keyboard's place is its current mark.
  const headingId = host.closest('section')?.getAttribute('aria-labelledby');
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    if (!a || !headingId || a.getAttribute('href') !== `#${headingId}`) return;
    requestAnimationFrame(() => markAt(current).focus({ preventScroll: true }));
  });

  const markOf = (t: EventTarget | null) => (t as Element | null)?.closest?.<SVGAElement>('a.mark') ?? null;
  const indexOf = (t: EventTarget | null) => {
    const m = markOf(t);
    if (!m) return -1;
    // A cluster stands for the event the keyboard reached it by, else its first.
    return membersOf(m).includes(current) ? current : +m.dataset.index!;
  };
  const isCluster = (t: EventTarget | null) => !!markOf(t)?.classList.contains('mark--cluster');
  /** Enter, Space or a click on a cluster zoom in on it (the deepest zoom has none). */
  const openCluster = async (i: number) => {
    await zoom((v) => v.zoomBy(1, i));
    focusMark(i);
  };
  /**
   * Runs a zoom; when the closer levels could not be loaded, says so in the controls (zoom 1 stays,
   * and works) and leaves the next try to the reader.
   */
  const zoomStatus = $<HTMLElement>('[data-zoom-status]');
  const zoom = async (step: (v: View) => Promise<void>) => {
    if (!view) return;
    try {
      await step(view);
      if (zoomStatus) zoomStatus.textContent = '';
    } catch (err) {
      if (zoomStatus) zoomStatus.textContent = zoomStatus.dataset.failed ?? '';
      console.warn('ek-timeline: the closer zoom levels could not load; the whole timeline stays.', err);
    }
  };

  // ---- keys, on whichever drawing has focus --------------------------------------------------------
  figure.addEventListener('keydown', (e) => {
    const i = indexOf(e.target);
    const action = i < 0 ? null : keyAction(e, getComputedStyle(figure).direction === 'rtl');
    if (!action) return;
    e.preventDefault();
    switch (action.kind) {
      case 'move': {
        const to = { next: step(i, 1), previous: step(i, -1), first: step(-1, 1), last: step(ids.length, -1) }[action.to];
        return focusMark(to);
      }
      case 'select':
        return isCluster(e.target) ? void openCluster(i) : select(i, { fromMark: true });
      case 'zoom':
        if (narrow.matches || !view) return;
        return void zoom((v) => v.zoomBy(action.by, i)).then(() => focusMark(i));
      case 'pan':
        return view && !narrow.matches ? panPage(action.by) : undefined;
      case 'reset':
        if (!view || narrow.matches) return;
        return void view.reset().then(() => focusMark(i));
    }
  });
  figure.addEventListener('click', (e) => {
    const i = indexOf(e.target);
    if (i < 0) return;
    e.preventDefault();
    if (drag?.dragged()) return;
    if (isCluster(e.target)) return void openCluster(i);
    select(i, { fromMark: true });
    markAt(i).focus({ preventScroll: true });
    showPanel('nearest');
  });
  tooltip(figure, markOf);
  const drag = view ? pointerPan(host, view, indexOf, (steps, at) => void zoom((v) => v.zoomBy(steps, at))) : null;

  // ---- buttons --------------------------------------------------------------------------------------
  const panPage = (dir: 1 | -1) => view?.panBy(dir * 0.75 * (host.querySelector<HTMLElement>('[data-pan]')!.clientWidth || 600));
  const zoomIn = $<HTMLButtonElement>('[data-zoom="in"]');
  const zoomOut = $<HTMLButtonElement>('[data-zoom="out"]');
  const earlier = $<HTMLButtonElement>('[data-pan-by="-1"]');
  const later = $<HTMLButtonElement>('[data-pan-by="1"]');
  const levelText = $<HTMLElement>('[data-zoom-level-text]');
  function updateButtons() {
    if (!view) return;
    const w = view.width;
    // Written only when they change: this runs on every frame of a pan.
    const set = (b: HTMLButtonElement | null, off: boolean) => b && b.disabled !== off && (b.disabled = off);
    set(zoomIn, view.zoom === view.levels.at(-1));
    set(zoomOut, view.zoom === 1);
    set(earlier, view.tx >= 0);
    set(later, view.tx <= w - view.zoom * w + 0.5);
    const text = (levelText?.dataset.template ?? '').replace('{zoom}', String(view.zoom));
    if (levelText && levelText.textContent !== text) levelText.textContent = text;
  }
  const anchor = () => (selected >= 0 ? selected : undefined);
  host.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      if (!view) return;
      if (b.dataset.zoom === 'reset') void view.reset();
      else void zoom((v) => v.zoomBy(b.dataset.zoom === 'in' ? 1 : -1, anchor()));
    }),
  );
  host.querySelectorAll<HTMLButtonElement>('[data-pan-by]').forEach((b) => b.addEventListener('click', () => panPage(b.dataset.panBy === '1' ? 1 : -1)));
  host.querySelectorAll<HTMLInputElement>('[data-lane-filter]').forEach((box) =>
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(box.dataset.laneFilter!);
      else hidden.add(box.dataset.laneFilter!);
      list?.querySelectorAll<HTMLElement>('.timeline-event').forEach((li) => li.classList.toggle('is-filtered', hidden.has(li.dataset.lane ?? '')));
      if (!visible(current)) current = step(current, 1) !== current ? step(current, 1) : step(current, -1);
      refresh();
      view?.remeasure();
    }),
  );

  // ---- links between islands and from the address ----------------------------------------------------
  host.onLinked = (d: SelectDetail) => {
    linked = d;
    // One selection per page: one made in another island replaces ours (its marks show as linked).
    selected = -1;
    refresh();
    list?.querySelectorAll<HTMLElement>('.timeline-event').forEach((li) => li.classList.toggle('is-linked', !!d.incident && li.dataset.incident === d.incident));
  };
  if (host.linked) host.onLinked(host.linked);

  /** An address naming one of our events selects it (a malformed one names nothing). */
  const fromHash = (scroll: boolean) => {
    const id = hashId(prefix);
    const i = id === null ? -1 : ids.indexOf(id);
    if (i < 0) return false;
    if (list && !list.open) list.open = true;
    select(i, { url: false });
    if (!narrow.matches) view?.reveal(i, true);
    if (scroll) markAt(i).scrollIntoView({ block: 'center', behavior: 'instant' });
    // On a phone the panel, under the long drawing, is what the link is for: its words in view.
    showPanel('start');
    return true;
  };
  window.addEventListener('hashchange', () => fromHash(false));

  // The controls kept their place while pending (no layout shift): now they work, show them.
  const controls = $<HTMLElement>('[data-controls]')!;
  controls.removeAttribute('data-pending');
  controls.inert = false;
  current = step(-1, 1);
  // The panel was written with the first event: it is the selection until the reader picks another.
  selected = current;
  refresh();
  updateButtons();
  host.dataset.enhanced = '';
  fromHash(true);

  const api: TimelineApi = {
    select: (id) => {
      const i = ids.indexOf(id);
      if (i >= 0) select(i);
    },
    panBy: (dx) => view?.panBy(dx),
    zoomTo: (level) => zoom((v) => v.zoomTo(level)),
    get zoom() {
      return view?.zoom ?? 1;
    },
    get tx() {
      return view?.tx ?? 0;
    },
  };
  host.timeline = api;
  return api;
}
