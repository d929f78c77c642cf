/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): each
 * route's `getStaticPaths()` returns one per page, and Astro renders a page again only when its key,
 * or the code of its module graph, differs from the last build's (otherwise it copies the last output).
 * A key is a hash of everything the page shows, so it must name every input: one missed and an edit
 * leaves a page stale. Each key starts with the kit's version (src/build/kit-version.ts: the package
 * version and a hash of the code), so a change to the code renders every page again.
 *
 * - `explainerCacheKey`: the explainer page (an original or a translation), its embeds and its
 *   casualty CSV. The explainer (front matter and MDX), its story's events and figures, the shared
 *   actors, glossary terms and places it refers to, its source articles, and the story's editions.
 * - `shareImageCacheKey`: its share image, which draws only the title, dek and dates, in its language.
 * - `sourcePageCacheKey`: one source article's page, which shows the article and the explainer's title.
 *
 * An explainer "refers to" an actor, term or place when its id is in the explainer's roles, term
 * notes, events or figures, or anywhere in its MDX as a word (`<Actor id="…">`, `terms={[…]}`,
 * `places={[…]}`): reading the MDX text for ids, rather than parsing it, may take in an id that is only
 * a word of the prose (one more page rendered, never one missed).
 */
import { createHash } from 'node:crypto';
import { getSiteContent, type ExplainerEntry, type SiteContent } from './site.ts';
import { byExplainer, groupBy } from '../lib/group-by.ts';

/** The kit's version and code hash (astro.config.mjs); "unversioned" where no config set it. */
const KIT = import.meta.env.KIT_VERSION ?? 'unversioned';

/** JSON with object keys in sorted order, so the same data always hashes the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v instanceof Map
        ? Object.fromEntries(v)
        : v,
  );
}

/** `<kit version>:<SHA-256 of the parts>`: a cache key. */
export function cacheKeyOf(parts: Record<string, unknown>, kit = KIT): string {
  return `${kit}:${createHash('sha256').update(stableJson(parts)).digest('hex')}`;
}

/** The words of an MDX text that could be ids (lower-case letters, digits, hyphens). */
export function idWords(text: string): Set<string> {
  return new Set(text.split(/[^a-z0-9-]+/).filter(Boolean));
}

type Explainer = Pick<ExplainerEntry, 'id' | 'data' | 'body'>;
type Content = Pick<SiteContent, 'sources' | 'events' | 'incidents' | 'actors' | 'glossary' | 'places'> & {
  /** Every edition (originals and translations): a page links to the other editions of its story. */
  explainers?: Explainer[];
  translations?: Explainer[];
};

/** The original explainer an entry is an edition of (itself, for an original). */
const storyOf = (entry: Explainer) => entry.data.translation?.of ?? entry.id;

/**
 * The inputs of an explainer's page, embeds and CSV, by kind (what `explainerCacheKey` hashes). A
 * translation shows its own words with the original's events and figures (their translated words
 * are in their data), and every page names the story's other editions.
 */
export function explainerInputs(entry: Explainer, site: Content) {
  const story = storyOf(entry);
  const events = site.events.filter((e) => e.explainer === story);
  const incidents = site.incidents.filter((i) => i.explainer === story);
  const words = idWords(entry.body ?? '');
  for (const id of Object.keys(entry.data.roles ?? {})) words.add(id);
  for (const id of Object.keys(entry.data.termNotes ?? {})) words.add(id);
  for (const e of events) for (const id of [...(e.actors ?? []), ...(e.quote ? [e.quote.speaker] : []), ...(e.places ?? [])]) words.add(id);
  for (const i of incidents) for (const id of i.places ?? []) words.add(id);
  const named = <T>(map: Map<string, T>) => [...map].filter(([id]) => words.has(id)).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    explainer: { id: entry.id, data: entry.data, body: entry.body },
    events,
    incidents,
    actors: named(site.actors),
    terms: named(site.glossary),
    places: named(site.places),
    sources: (entry.data.sources ?? []).map((id) => site.sources.get(id) ?? null),
    editions: [...(site.explainers ?? []), ...(site.translations ?? [])]
      .filter((e) => storyOf(e) === story)
      .map((e) => ({ id: e.id, lang: e.data.lang ?? null, translation: e.data.translation ?? null }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** What a share image draws (src/build/og.ts `explainerCard`: words and dates in the explainer's language). */
export function shareImageInputs(entry: Explainer) {
  const { title, dek, lang, published, updated, updates } = entry.data;
  return { slug: entry.id, title, dek, lang: lang ?? null, published, updated, latestUpdate: updates?.at(-1) ?? null };
}

/** What a source article's page shows (src/pages/[slug]/source/[source].astro). */
export function sourcePageInputs(entry: Explainer, sourceId: string, site: Pick<SiteContent, 'sources'>) {
  return { slug: entry.id, title: entry.data.title, lang: entry.data.lang ?? null, source: site.sources.get(sourceId) ?? null };
}

let keys: Promise<Map<string, string>> | undefined;

/** Every explainer's key, computed once per build (each route's getStaticPaths asks for them). */
function explainerKeys(): Promise<Map<string, string>> {
  const compute = async () => {
    const site = await getSiteContent();
    // Events and figures by explainer, once: filtering the whole site's for each explainer grows with the square of the site.
    const events = byExplainer(site.events);
    const incidents = byExplainer(site.incidents);
    // The editions of each story, once (explainerInputs sorts them by id: the order given does not matter).
    const all = [...site.explainers, ...site.translations];
    const editions = groupBy(all, storyOf);
    return new Map(
      all.map((entry) => {
        const story = storyOf(entry);
        const own = { events: events.get(story) ?? [], incidents: incidents.get(story) ?? [], explainers: editions.get(story) ?? [], translations: [] };
        return [entry.id, cacheKeyOf(explainerInputs(entry, { ...site, ...own }))];
      }),
    );
  };
  if (import.meta.env.DEV) return compute();
  keys ??= compute();
  return keys;
}

/** The key of an explainer's page, its embeds and its casualty CSV. */
export async function explainerCacheKey(slug: string): Promise<string> {
  const key = (await explainerKeys()).get(slug);
  if (!key) throw new Error(`no explainer "${slug}" to make a cache key for`);
  return key;
}

/** The key of an explainer's share image. */
export const shareImageCacheKey = (entry: Explainer): string => cacheKeyOf(shareImageInputs(entry));

/** The key of the page of one of an explainer's source articles. */
export const sourcePageCacheKey = (entry: Explainer, sourceId: string, sources: SiteContent['sources']): string =>
  cacheKeyOf(sourcePageInputs(entry, sourceId, { sources }));
