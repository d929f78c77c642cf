// Behaviour of <ek-locator-map>, loaded lazily. The map reads without it (drawing + list of places);
// this adds the links: places with events become buttons that Arrow keys move between (roving
// tabindex); selecting one highlights it and its list entry and tells the other islands
// (../linked-view.ts); their selections (an event, a toll) highlight the places they happened in.
// Text comes from the server-written HTML (data-label): no innerHTML.
import { dispatchSelect, type SelectDetail } from '../linked-view.ts';
import type { IslandElement } from '../island.ts';
import { listeners } from '../listeners.ts';
import { rovingTarget } from '../../lib/roving.ts';

export function enhance(root: IslandElement): () => void {
  const explainer = root.dataset.explainer ?? '';
  const svg = root.querySelector<SVGSVGElement>('.lm-marks');
  if (!svg || svg.dataset.enhanced) return () => {};
  svg.dataset.enhanced = 'true';
  const all = [...svg.querySelectorAll<SVGGElement>('.lm-place')];
  const buttons = all.filter((g) => g.dataset.label);
  const entries = [...root.querySelectorAll<HTMLElement>('.lm-entry[data-place]')];
  const live = root.querySelector<HTMLElement>('[data-lm-live]');
  const keys = root.querySelector<HTMLElement>('.lm-keys');
  const words = (list?: string) => (list ? list.split(' ') : []);

  root.dataset.enhanced = '';
  if (buttons.length === 0) return () => {};
  // The drawing keeps its text alternative as its name; the places become its controls.
  svg.setAttribute('role', 'group');
  if (keys) {
    keys.removeAttribute('data-pending');
    svg.setAttribute('aria-describedby', keys.id);
  }
  buttons.forEach((g, i) => {
    g.setAttribute('role', 'button');
    g.setAttribute('aria-pressed', 'false');
    g.setAttribute('aria-label', g.dataset.label ?? '');
    g.tabIndex = i === 0 ? 0 : -1;
  });

  /** Marks the given places as linked (a selection elsewhere) or pressed (selected here). */
  const show = (places: Set<string>, pressed: string | null) => {
    all.forEach((g) => {
      const id = g.dataset.place ?? '';
      g.classList.toggle('is-linked', places.has(id));
      if (g.hasAttribute('aria-pressed')) g.setAttribute('aria-pressed', String(id === pressed));
    });
    entries.forEach((li) => li.classList.toggle('is-linked', places.has(li.dataset.place ?? '')));
  };

  const move = (to: SVGGElement) => {
    buttons.forEach((b) => (b.tabIndex = b === to ? 0 : -1));
    to.focus();
  };
  const select = (g: SVGGElement) => {
    const wasPressed = g.getAttribute('aria-pressed') === 'true';
    const place = wasPressed ? null : (g.dataset.place ?? null);
    show(place ? new Set([place]) : new Set(), place);
    // The toll that stands for the place (written at build time), for the chart and the timeline to show.
    dispatchSelect({ explainer, source: 'map', place: place ?? undefined, incident: place ? (g.dataset.incident ?? null) : null });
    if (live) live.textContent = place ? `${g.dataset.label}.` : (live.dataset.cleared ?? '');
  };

  const placeOf = (e: Event) => (e.target as Element).closest?.<SVGGElement>('.lm-place[role="button"]') ?? null;
  const { on, signal, off } = listeners();

  on(svg, 'keydown', (e) => {
    const g = placeOf(e);
    if (!g) return;
    // Reading order of the list; in a right-to-left page the horizontal arrows mirror.
    const to = rovingTarget(e.key, buttons.indexOf(g), buttons.length, getComputedStyle(root).direction === 'rtl');
    if (to !== undefined) {
      e.preventDefault();
      move(buttons[to]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(g);
    }
  });
  on(svg, 'click', (e) => {
    const g = placeOf(e);
    if (!g) return;
    move(g);
    select(g);
  });

  // Selections made in the other islands: the places of that event, or of that toll.
  root.onLinked = (d: SelectDetail) => {
    const hit = new Set<string>();
    for (const g of all) {
      const id = g.dataset.place ?? '';
      if ((d.eventId && words(g.dataset.events).includes(d.eventId)) || (d.incident && words(g.dataset.incidents).includes(d.incident)) || d.place === id) hit.add(id);
    }
    show(hit, null);
  };
  if (root.linked) root.onLinked(root.linked);

  // An address naming a place (#place-<id>, from the list) selects it.
  const fromHash = () => {
    if (!location.hash.startsWith('#place-')) return;
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice('#place-'.length));
    } catch {
      return;
    }
    const g = buttons.find((b) => b.dataset.place === id);
    if (g && g.getAttribute('aria-pressed') !== 'true') select(g);
  };
  fromHash();
  addEventListener('hashchange', fromHash, { signal });

  return () => {
    off();
    root.onLinked = undefined;
  };
}
