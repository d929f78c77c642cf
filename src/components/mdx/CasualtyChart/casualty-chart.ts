// <casualty-chart>: wraps the complete, server-written chart. This loader is all that runs at
// page load; the behaviour (keyboard, details, linked view) is fetched only once the chart comes
// near the viewport, or when another island selects one of its incidents.
import type { SelectDetail } from '../../../lib/linked-view';

// SELECT_EVENT of src/lib/linked-view.ts, written out so this loader does not pull that module (and
// the chunk it lands in) into what every page loads before interaction.
const SELECT_EVENT = 'explainer:select';

class CasualtyChartElement extends HTMLElement {
  #pending: SelectDetail | null = null;
  #loading?: Promise<unknown>;
  #cleanup: (() => void)[] = [];

  connectedCallback() {
    const onSelect = (e: CustomEvent<SelectDetail>) => {
      if (e.detail.source === 'casualties' || e.detail.explainer !== this.dataset.explainer) return;
      this.#pending = e.detail;
      this.#load();
    };
    document.addEventListener(SELECT_EVENT, onSelect);
    this.#cleanup.push(() => document.removeEventListener(SELECT_EVENT, onSelect));
    if (!('IntersectionObserver' in window)) {
      this.#load();
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          this.#load();
        }
      },
      { rootMargin: '200px 0px' },
    );
    io.observe(this);
    this.#cleanup.push(() => io.disconnect());
  }

  disconnectedCallback() {
    this.#cleanup.forEach((f) => f());
    this.#cleanup = [];
  }

  #load() {
    this.#loading ??= import('./casualty-chart-enhance').then(({ enhance }) => {
      // The enhanced chart listens for selections itself from now on.
      this.#cleanup.forEach((f) => f());
      this.#cleanup = [enhance(this, this.#pending)];
    });
  }
}

if (!customElements.get('casualty-chart')) customElements.define('casualty-chart', CasualtyChartElement);
