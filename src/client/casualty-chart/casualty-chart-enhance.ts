// Behaviour of <ek-casualty-chart>, loaded lazily: every bar becomes a button that the arrow keys,
// Home and End move between (roving tabindex), announced with its figure and source. Focusing,
// hovering or selecting a bar shows its reports under the chart (never over a bar). The page has
// one selection: selecting a bar tells the timeline (../linked-view.ts), which drops its own; a
// selection made in the timeline selects the matching bar here or clears ours. When the linked
// timeline mark is off screen, a "shown on the timeline ↓" link appears with the details.
// Text comes from the server-written HTML: no innerHTML.
import { dispatchSelect } from '../linked-view.ts';
import type { IslandElement } from '../island.ts';
import { listeners } from '../listeners.ts';
import { rovingTarget } from '../../lib/roving.ts';

export function enhance(root: IslandElement): () => void {
  const explainer = root.dataset.explainer ?? '';
  const svg = root.querySelector<SVGSVGElement>('.cc-svg');
  const figure = root.querySelector<HTMLElement>('.cc-figure');
  if (!svg || !figure || svg.dataset.enhanced) return () => {};
  svg.dataset.enhanced = 'true';
  const bars = [...svg.querySelectorAll<SVGGElement>('.cc-row[data-incident]')];
  const live = root.querySelector<HTMLElement>('[data-cc-live]');
  const keys = root.querySelector<HTMLElement>('.cc-keys');
  const radios = [...root.querySelectorAll<HTMLInputElement>('.cc-views input')];
  const details = (bar: SVGGElement) => root.querySelector<HTMLElement>(`.cc-details[data-incident="${CSS.escape(bar.dataset.incident ?? '')}"]`);
  const view = () => (radios.find((r) => r.checked)?.value === 'first' ? 'first' : 'latest');

  // The bars are controls now: the SVG is a group of buttons named by the figure, not an image.
  svg.removeAttribute('aria-hidden');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', figure.getAttribute('aria-label') ?? '');
  if (keys) {
    keys.removeAttribute('data-pending');
    svg.setAttribute('aria-describedby', keys.id);
  }
  // One name per bar (data-label), or one per view when the chart has revisions.
  const label = () => bars.forEach((b) => b.setAttribute('aria-label', b.dataset.label ?? b.dataset[view() === 'first' ? 'labelFirst' : 'labelLatest'] ?? ''));
  bars.forEach((bar, i) => {
    bar.setAttribute('role', 'button');
    bar.setAttribute('aria-pressed', 'false');
    bar.tabIndex = i === 0 ? 0 : -1;
    const d = details(bar);
    if (d) bar.setAttribute('aria-controls', d.id);
  });
  label();

  let selected: SVGGElement | null = null;
  let shown: HTMLElement | null = null;
  /** Shows the reports of `bar` (or of the selected bar, or none) under the chart. */
  const show = (bar: SVGGElement | null) => {
    const d = bar ? details(bar) : null;
    if (d === shown) return;
    if (shown) shown.hidden = true;
    if (d) d.hidden = false;
    shown = d;
    if (d) updateTimelineLink(d);
  };
  /**
   * The link to the timeline shows whenever the page draws the linked mark. (Hiding it while the mark
   * is on screen made it a tab stop by Tab and not by Shift+Tab, as the viewport differs.)
   */
  const updateTimelineLink = (d: HTMLElement) => {
    const link = d.querySelector<HTMLAnchorElement>('.cc-on-timeline');
    if (!link) return;
    const marks = [...document.querySelectorAll<HTMLElement>(`ek-timeline [data-event="${CSS.escape(link.dataset.event ?? '')}"]`)].filter(
      (m) => m.getClientRects().length > 0,
    );
    link.hidden = !marks.length;
  };

  const move = (to: SVGGElement) => {
    bars.forEach((b) => (b.tabIndex = b === to ? 0 : -1));
    to.focus();
  };
  /** Marks `incident`'s bar as the page's selection (null: none). */
  const highlight = (incident: string | null) => {
    selected = bars.find((b) => b.dataset.incident === incident) ?? null;
    bars.forEach((b) => b.setAttribute('aria-pressed', String(b === selected)));
  };
  const select = (bar: SVGGElement) => {
    const incident = bar === selected ? null : (bar.dataset.incident ?? null);
    highlight(incident);
    show(selected ?? bar);
    dispatchSelect({ explainer, source: 'casualties', island: root.dataset.island, incident });
  };

  const barOf = (e: Event) => (e.target as Element).closest?.<SVGGElement>('.cc-row[data-incident]') ?? null;
  const { on, off } = listeners();

  on(svg, 'keydown', (e) => {
    const bar = barOf(e);
    if (!bar) return;
    // Left and right follow the reading direction: in a right-to-left page ArrowLeft goes on.
    const to = rovingTarget(e.key, bars.indexOf(bar), bars.length, getComputedStyle(svg).direction === 'rtl');
    if (to !== undefined) {
      e.preventDefault();
      move(bars[to]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(bar);
    } else if (e.key === 'Escape') {
      show(selected);
    }
  });
  on(svg, 'click', (e) => {
    const bar = barOf(e);
    if (!bar) return;
    move(bar);
    select(bar);
    // A tap on a phone: the details are under the chart, maybe below the fold; bring them into view,
    // as little as needed (the bar tapped stays on screen when both fit), without animation.
    if (shown && shown.getBoundingClientRect().bottom > innerHeight) shown.scrollIntoView({ block: 'nearest' });
  });
  on(svg, 'focusin', (e) => show(barOf(e)));
  // Focus may move from a bar into its details (the timeline link): they stay until focus leaves both.
  const area = root.querySelector<HTMLElement>('[data-cc-details]');
  const inChart = (el: EventTarget | null) => el instanceof Node && (svg.contains(el) || !!area?.contains(el));
  // Leaving the chart keeps the last bar's reports open (or the selection's), so its timeline link is
  // reached by Shift+Tab as by Tab.
  const kept = () => selected ?? bars.find((b) => b.tabIndex === 0) ?? null;
  on(svg, 'focusout', (e) => !inChart(e.relatedTarget) && show(kept()));
  if (area) on(area, 'focusout', (e) => !inChart(e.relatedTarget) && show(kept()));
  on(svg, 'pointerover', (e) => {
    const bar = barOf(e);
    if (bar) show(bar);
  });
  on(svg, 'pointerleave', () => {
    if (!svg.contains(document.activeElement)) show(selected);
  });
  on(window, 'scroll', () => shown && updateTimelineLink(shown));
  radios.forEach((r) =>
    on(r, 'change', () => {
      label();
      if (live) live.textContent = r.closest('fieldset')?.dataset[view() === 'first' ? 'announceFirst' : 'announceLatest'] ?? '';
    }),
  );

  // Selections made in the other islands of this explainer (the loader filters them): one selection
  // per page, so theirs replaces ours (or clears it when it is about no bar of this chart).
  root.onLinked = (d) => {
    highlight(d.incident);
    show(selected);
  };
  if (root.linked) root.onLinked(root.linked);

  return () => {
    off();
    root.onLinked = undefined;
  };
}
