// Behaviour of <ek-casualty-chart>, loaded lazily: bars become buttons that Arrow keys move between
// (roving tabindex), each announced with its figure and source; hovering, focusing or tapping one
// shows its reports; selecting one tells the other islands (../linked-view.ts), and their
// selections highlight the matching bar. Text comes from the server-written HTML: no innerHTML.
import { dispatchSelect } from '../linked-view';
import type { IslandElement } from '../island';

export function enhance(root: IslandElement): () => void {
  const explainer = root.dataset.explainer ?? '';
  const svg = root.querySelector<SVGSVGElement>('.cc-svg');
  const plot = root.querySelector<HTMLElement>('.cc-plot');
  if (!svg || !plot || svg.dataset.enhanced) return () => {};
  svg.dataset.enhanced = 'true';
  const bars = [...svg.querySelectorAll<SVGGElement>('.cc-row[data-incident]')];
  const live = root.querySelector<HTMLElement>('[data-cc-live]');
  const keys = root.querySelector<HTMLElement>('.cc-keys');
  const radios = [...root.querySelectorAll<HTMLInputElement>('.cc-views input')];
  const details = (bar: Element) => root.querySelector<HTMLElement>(`.cc-details[data-incident="${(bar as SVGGElement).dataset.incident}"]`);
  const view = () => (radios.find((r) => r.checked)?.value === 'first' ? 'first' : 'latest');

  // The picture as a whole keeps its generated description; its bars become the controls.
  svg.setAttribute('role', 'group');
  if (keys) {
    keys.removeAttribute('data-pending');
    svg.setAttribute('aria-describedby', keys.id);
  }
  const label = () => bars.forEach((b) => b.setAttribute('aria-label', b.dataset[view() === 'first' ? 'labelFirst' : 'labelLatest'] ?? ''));
  bars.forEach((bar, i) => {
    bar.setAttribute('role', 'button');
    bar.setAttribute('aria-pressed', 'false');
    bar.tabIndex = i === 0 ? 0 : -1;
    const d = details(bar);
    if (d) bar.setAttribute('aria-describedby', d.id);
  });
  label();

  let shown: HTMLElement | null = null;
  const hide = () => {
    if (shown) shown.hidden = true;
    shown = null;
  };
  const show = (bar: SVGGElement) => {
    const d = details(bar);
    if (!d || d === shown) return;
    hide();
    const b = bar.getBoundingClientRect();
    d.style.top = `${b.bottom - plot.getBoundingClientRect().top + 4}px`;
    d.hidden = false;
    shown = d;
  };

  const move = (to: SVGGElement) => {
    bars.forEach((b) => (b.tabIndex = b === to ? 0 : -1));
    to.focus();
  };
  const highlight = (incident: string | null) => {
    bars.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.incident === incident)));
  };
  const select = (bar: SVGGElement) => {
    const incident = bar.getAttribute('aria-pressed') === 'true' ? null : (bar.dataset.incident ?? null);
    highlight(incident);
    dispatchSelect({ explainer, source: 'casualties', incident });
  };

  const barOf = (e: Event) => (e.target as Element).closest?.<SVGGElement>('.cc-row[data-incident]') ?? null;
  const ac = new AbortController();
  const on = <K extends keyof HTMLElementEventMap>(el: EventTarget, type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
    el.addEventListener(type, fn as EventListener, { signal: ac.signal });

  on(svg, 'keydown', (e) => {
    const bar = barOf(e);
    if (!bar) return;
    const i = bars.indexOf(bar);
    const next: Record<string, number> = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: bars.length - 1 };
    if (e.key in next) {
      e.preventDefault();
      move(bars[Math.max(0, Math.min(bars.length - 1, next[e.key]))]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(bar);
    } else if (e.key === 'Escape') {
      hide();
    }
  });
  on(svg, 'click', (e) => {
    const bar = barOf(e);
    if (!bar) return;
    move(bar);
    select(bar);
    show(bar);
  });
  on(svg, 'focusin', (e) => {
    const bar = barOf(e);
    if (bar) show(bar);
  });
  on(svg, 'focusout', hide);
  on(svg, 'pointerover', (e) => {
    const bar = barOf(e);
    if (bar) show(bar);
  });
  on(svg, 'pointerleave', () => {
    if (!svg.contains(document.activeElement)) hide();
  });
  radios.forEach((r) =>
    on(r, 'change', () => {
      label();
      if (live) live.textContent = r.closest('fieldset')?.dataset[view() === 'first' ? 'announceFirst' : 'announceLatest'] ?? '';
    }),
  );

  // Selections made in the other islands of this explainer (the loader filters them).
  root.onLinked = (d) => highlight(d.incident);
  if (root.linked) highlight(root.linked.incident);

  return () => {
    ac.abort();
    root.onLinked = undefined;
  };
}
