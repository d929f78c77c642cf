/**
 * Element ids on a page, unique by construction. The kit's own elements use ids from a namespace —
 * the exact ids and prefixes below — and an editor's headings never take an id in it: a heading whose
 * slug falls in the namespace gets `section-` in front (`## Sources` → `#section-sources`), so it can
 * neither steal the kit's id nor take a permalink target such as `#event-munich-deal`. Islands of the
 * same kind on one page get their own ids: the first keeps the plain ids (the permalinks readers
 * share), each later one is scoped under `ek-<kind><n>-`.
 */

/** Ids of the kit's page chrome (and of Markdown's footnotes section), used exactly. */
export const KIT_IDS = ['main', 'sources', 'cite-this-page', 'embed-this', 'site-search', 'file-formats', 'footnote-label'] as const;

/**
 * Prefixes of the kit's ids: its islands and components (`ek-` is the custom-element prefix), the
 * anchors of content entries (events, incidents, actors, terms, source paragraphs, citations) and the
 * index and guide pages. A new component's ids start with one of these, or this list grows.
 */
export const KIT_ID_PREFIXES = [
  'ek-',
  'event-',
  'incident-',
  'actor-',
  'term-',
  'define-',
  'source-',
  'sources-',
  'citation-',
  'timeline-',
  'cc-',
  'map-',
  'place-',
  'who-',
  'terms-',
  'key-facts-',
  'toc-',
  'explainer-',
  'embed-',
  'card-',
  'component-',
  'format-',
  'guide-',
  // GFM footnotes (`[^1]`): their heading is `footnote-label`, notes and back-links `user-content-fn-1`, `user-content-fnref-1`.
  'user-content-',
] as const;

/** Whether `id` is in the kit's namespace. */
export function isKitId(id: string): boolean {
  return (KIT_IDS as readonly string[]).includes(id) || KIT_ID_PREFIXES.some((p) => id.startsWith(p));
}

/** What a heading's slug becomes when it falls in the kit's namespace. */
export const HEADING_ESCAPE = 'section-';

/**
 * The id of an editor's heading: its slug, moved out of the kit's namespace if it falls in it, and
 * numbered (`-1`, `-2`…) if an earlier heading of the page already has it. Records the id in `used`.
 */
export function headingId(slug: string, used: Set<string>): string {
  const base = isKitId(slug) || slug === '' ? `${HEADING_ESCAPE}${slug || 'heading'}` : slug;
  let id = base;
  for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Per-page tally of islands by kind, kept where the page's components can all reach it (Astro.locals). */
export interface IslandTally {
  islands?: Record<string, number>;
}

/** The ids of one island on a page. */
export interface IslandIds {
  /** 1 for the first island of its kind on the page, 2 for the next… */
  index: number;
  /** A page-unique id for one of the island's own ids (element ids, radio group names, ARIA references). */
  id: (local: string) => string;
}

/**
 * Claims the next island of `kind` (e.g. "timeline") on the page whose tally is `page`. The first
 * keeps its ids as they are (`event-munich-deal`, the permalink), a second gets
 * `ek-timeline2-event-munich-deal`, and so on: two timelines never share an id or a radio group.
 */
export function claimIsland(page: IslandTally, kind: string): IslandIds {
  const islands = (page.islands ??= {});
  const index = (islands[kind] ?? 0) + 1;
  islands[kind] = index;
  return { index, id: index === 1 ? (local) => local : (local) => `ek-${kind}${index}-${local}` };
}
