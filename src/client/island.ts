/**
 * The one loader of the kit's islands. Each island is a custom element `ek-<name>` wrapping complete,
 * server-written HTML + SVG that works without JavaScript. This small module (shipped with every page
 * that has an island) only decides *when* to fetch the island's behaviour: as it nears the viewport
 * once the reader has interacted with the page, at once when the address points into it (a deep
 * link), or when another island selects something it shows. It keeps the last selection another island announced, so none is lost
 * before the behaviour loads; once loaded, the behaviour sets `onLinked` to receive later ones.
 */

/**
 * The event islands dispatch on `document` when a reader selects something (see ./linked-view.ts).
 * Defined here, in the loader every island page already has, so linked-view imports it instead of
 * the loader importing linked-view (and the chunk it lands in) before interaction.
 */
export const SELECT_EVENT = 'explainer:select';

/** What a selection says (the contract: ./linked-view.ts). */
export interface SelectDetail {
  /** Slug of the explainer: a page may in future hold islands of several. */
  explainer: string;
  /** Which island sent it. */
  source: 'timeline' | 'casualties' | 'map';
  /** The timeline event selected, when the timeline sent it. */
  eventId?: string;
  /** Which island of its kind sent it (its data-island), when a page may hold several. */
  island?: string;
  /** The incident (content/figures id) the selection refers to, or null for none. */
  incident: string | null;
  /** The place (content/places.yaml id) selected, when the map sent it. */
  place?: string;
}

declare global {
  interface DocumentEventMap {
    [SELECT_EVENT]: CustomEvent<SelectDetail>;
  }
}

/** What counts as the reader's first interaction with the page. */
const INTERACTIONS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;
let interacted: Promise<void> | undefined;

/**
 * Resolves on the reader's first interaction with the page: a pointer moving or pressing, a key, a
 * touch, a wheel or a scroll, focus moving. An island already on screen when the page opens (the
 * chart under the key facts at 1280 px) fetches its behaviour then, not with the page (an embed's
 * island excepted, below): its static HTML and SVG are complete, and the behaviour (selecting,
 * keyboard, details) is only needed once the reader acts (issue 13: 40 KB before interaction). An
 * island reached by scrolling loads as it nears the viewport, as the scroll was an interaction.
 */
export function firstInteraction(): Promise<void> {
  return (interacted ??= new Promise((resolve) => {
    const done = (e: Event) => {
      // A pointer that did not move: the browser's own hover update when the page lays out under a
      // resting cursor (Chromium sends one about 150 ms after load), not the reader.
      if (e.type === 'pointermove' && !(e as PointerEvent).movementX && !(e as PointerEvent).movementY) return;
      for (const type of INTERACTIONS) removeEventListener(type, done, true);
      resolve();
    };
    for (const type of INTERACTIONS) addEventListener(type, done, { capture: true, passive: true });
  }));
}

/** An island's behaviour: enhances the host in place; may return a clean-up function. */
export type Enhance = (host: IslandElement) => unknown;

export interface IslandOptions {
  /** Custom element name, `ek-` prefixed. */
  tag: `ek-${string}`;
  /** This island's name in SelectDetail.source: selections it sent itself are ignored. */
  source: SelectDetail['source'];
  /** Fetches the behaviour (a dynamic import, so it becomes a lazy chunk). */
  load: () => Promise<{ enhance: Enhance }>;
  /**
   * An address `#<prefix><id>` naming an element `[<attr>="<id>"]` inside this island loads it at once.
   * A host's `data-hash-prefix` replaces `prefix` (a page's second timeline answers to its own addresses).
   */
  deepLink?: { prefix: string; attr: string };
}

/**
 * The id an address `#<prefix><id>` names, decoded; null for any other address, and for a malformed
 * one (`#event-%`, `#event-%E0%A4%A`): a bad link must never stop an island from loading.
 */
export function hashId(prefix: string, hash: string = location.hash): string | null {
  if (!hash.startsWith(`#${prefix}`) || hash.length <= prefix.length + 1) return null;
  try {
    return decodeURIComponent(hash.slice(prefix.length + 1));
  } catch {
    return null;
  }
}

export class IslandElement extends HTMLElement {
  /** Last selection made in another island, for the behaviour to apply when it loads. */
  linked: SelectDetail | null = null;
  /** Set by the behaviour: applies a selection made in another island. */
  onLinked?: (detail: SelectDetail) => void;
}

/** Defines the island's element (once). */
export function defineIsland({ tag, source, load, deepLink }: IslandOptions): void {
  if (customElements.get(tag)) return;
  // Listening from the start, so an interaction before any island is seen is not missed.
  const interaction = firstInteraction();
  class Island extends IslandElement {
    #cleanup: (() => void)[] = [];
    #started = false;

    connectedCallback() {
      const listener = ({ detail }: CustomEvent<SelectDetail>) => {
        // Its own selection comes back to no one; another island of the same kind (a second chart) hears it.
        if ((detail.source === source && detail.island === this.dataset.island) || detail.explainer !== this.dataset.explainer) return;
        this.linked = detail;
        if (this.onLinked) this.onLinked(detail);
        else this.#load();
      };
      document.addEventListener(SELECT_EVENT, listener);
      this.#cleanup.push(() => document.removeEventListener(SELECT_EVENT, listener));
      if (deepLink && this.#holdsHash(deepLink)) return this.#load();
      if (!('IntersectionObserver' in window)) return this.#load();
      // An embed (data-embed, src/components/pages/EmbedPage.astro) is the graphic alone, what its
      // reader came for: it loads as it comes into view, interaction or not.
      const ready = this.closest('[data-embed]') ? Promise.resolve() : interaction;
      const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && ready.then(() => this.#load()), {
        rootMargin: '200px',
      });
      io.observe(this);
      this.#cleanup.push(() => io.disconnect());
    }

    disconnectedCallback() {
      this.#cleanup.splice(0).forEach((f) => f());
    }

    /** Whether the address names an element inside this island; a malformed address names nothing. */
    #holdsHash({ prefix, attr }: { prefix: string; attr: string }): boolean {
      const id = hashId(this.dataset.hashPrefix ?? prefix);
      return id !== null && !!this.querySelector(`[${attr}="${CSS.escape(id)}"]`);
    }

    #load() {
      if (this.#started) return;
      this.#started = true;
      // Offline or a failed chunk: the complete HTML and static SVG stay, and nothing is thrown.
      load()
        .then(({ enhance }) => {
          const done = enhance(this);
          if (typeof done === 'function') this.#cleanup.push(done as () => void);
        })
        .catch((err: unknown) => {
          this.dataset.enhanceFailed = '';
          console.warn(`${tag}: the interactive version could not load; the static one stays.`, err);
        });
    }
  }
  customElements.define(tag, Island);
}
