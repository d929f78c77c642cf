/**
 * Pointer input on the horizontal drawing: drag to pan (a click after a drag is not a selection),
 * Ctrl/⌘ + wheel to zoom; and a tooltip with "date: title" while hovering a mark.
 */
import type { View } from './view.ts';

/** `zoomBy`: zooms by whole levels around a mark (the island's wrapper, which reports a level that failed to load). */
export function pointerPan(
  host: HTMLElement,
  view: View,
  markIndex: (t: EventTarget | null) => number,
  zoomBy: (steps: number, anchor?: number) => void,
): { dragged: () => boolean } {
  const pan = host.querySelector<HTMLElement>('[data-pan]')!;
  let pointer = -1;
  let startX = 0;
  let last = 0;
  let moved = false;
  let panning = false;
  pan.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || view.zoom === 1) return;
    pointer = e.pointerId;
    startX = last = e.clientX;
    moved = false;
  });
  pan.addEventListener('pointermove', (e) => {
    if (e.pointerId !== pointer) return;
    if (!panning && Math.abs(e.clientX - startX) < 4) return;
    if (!panning) {
      panning = moved = true;
      host.setAttribute('data-panning', '');
      pan.setPointerCapture(e.pointerId);
    }
    // Right to left the drawing is mirrored (timeline.css): the drawing follows the finger all the same.
    view.panBy((getComputedStyle(pan).direction === 'rtl' ? -1 : 1) * (last - e.clientX));
    last = e.clientX;
  });
  const end = (e: PointerEvent) => {
    if (e.pointerId !== pointer) return;
    pointer = -1;
    panning = false;
    host.removeAttribute('data-panning');
  };
  pan.addEventListener('pointerup', end);
  pan.addEventListener('pointercancel', end);
  pan.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const i = markIndex(document.activeElement);
      zoomBy(e.deltaY < 0 ? 1 : -1, i >= 0 ? i : undefined);
    },
    { passive: false },
  );
  return {
    dragged: () => {
      const was = moved;
      moved = false;
      return was;
    },
  };
}

export function tooltip(figure: HTMLElement, markOf: (t: EventTarget | null) => SVGAElement | null): void {
  const tip = document.createElement('div');
  tip.className = 'timeline-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  figure.append(tip);
  figure.addEventListener('pointerover', (e) => {
    const mark = markOf(e.target);
    if (!mark || figure.closest('[data-panning]')) return;
    mark.classList.add('is-hover');
    tip.textContent = mark.dataset.announce ?? '';
    tip.hidden = false;
    const box = (mark.querySelector('.shape, .bar') ?? mark).getBoundingClientRect();
    const base = figure.getBoundingClientRect();
    const left = Math.min(box.left - base.left, base.width - tip.offsetWidth);
    tip.style.insetInlineStart = `${Math.max(0, left)}px`;
    tip.style.insetBlockStart = `${box.bottom - base.top + 6}px`;
  });
  figure.addEventListener('pointerout', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    mark.classList.remove('is-hover');
    tip.hidden = true;
  });
}
