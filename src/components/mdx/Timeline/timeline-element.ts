/**
 * <diplomacy-timeline>: the loader. The timeline is complete HTML + SVG without JavaScript; this
 * small script only decides *when* to fetch the interactive part (enhance.ts): as the timeline
 * nears the viewport, or at once when the address points at one of its events (a deep link).
 * It also keeps the last selection another island announced, so none is lost before enhance loads.
 */
import type { SelectDetail } from '../../../lib/linked-view';

// The event name of src/lib/linked-view.ts (SELECT_EVENT), written out so this loader does not pull
// the module, and the chunk it lands in, into what every page loads before interaction.
const SELECT_EVENT = 'explainer:select';

export class DiplomacyTimeline extends HTMLElement {
  /** Last selection made in another island (e.g. the casualty chart), for the enhancer to apply. */
  linked: SelectDetail | null = null;
  /** Set by enhance.ts: applies a selection made in another island. */
  onLinked?: (detail: SelectDetail) => void;
  private cleanup: (() => void)[] = [];

  connectedCallback() {
    const listener = ({ detail }: CustomEvent<SelectDetail>) => {
      if (detail.source === 'timeline' || detail.explainer !== this.dataset.explainer) return;
      this.linked = detail;
      this.onLinked?.(detail);
    };
    document.addEventListener(SELECT_EVENT, listener);
    this.cleanup.push(() => document.removeEventListener(SELECT_EVENT, listener));
    let started = false;
    const load = () => {
      if (started) return;
      started = true;
      io?.disconnect();
      // Offline or a failed chunk: the complete HTML and static SVG stay, and nothing is thrown.
      import('./enhance')
        .then((m) => m.enhance(this))
        .catch((err: unknown) => {
          this.dataset.enhanceFailed = '';
          console.warn('diplomacy-timeline: the interactive timeline could not load; the static one stays.', err);
        });
    };
    const id = /^#event-(.+)$/.exec(location.hash)?.[1];
    let io: IntersectionObserver | undefined;
    if (id && this.querySelector(`[data-event="${CSS.escape(decodeURIComponent(id))}"]`)) return load();
    if (!('IntersectionObserver' in window)) return load();
    io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '200px' });
    io.observe(this);
    this.cleanup.push(() => io?.disconnect());
  }

  disconnectedCallback() {
    this.cleanup.splice(0).forEach((f) => f());
  }
}

if (!customElements.get('diplomacy-timeline')) customElements.define('diplomacy-timeline', DiplomacyTimeline);
