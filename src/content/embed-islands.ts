import { render } from 'astro:content';
import { findExplainer, getExplainerData, getSiteContent } from './site.ts';
import { SCAN_KEY, isUnevaluated, type MdxScan, type Literal } from './mdx/scan.ts';
import { EMBED_ISLANDS, type EmbedIsland } from '../lib/embed.ts';
import { explainerCacheKey } from './cache-key.ts';

/**
 * The props of the explainer's first <LocatorMap>, as its MDX writes them (literals only: the lint
 * refuses anything else), read from the scan of Astro's own MDX compile; undefined when it has none.
 * The map embed draws the same map as the article.
 */
export async function mapProps(slug: string): Promise<Record<string, Literal> | undefined> {
  // An original (<slug>) or a translation (<lang>/<slug>), whose MDX has the map in its own words.
  const entry = findExplainer(await getSiteContent(), slug);
  if (!entry) return undefined;
  const scan = (await render(entry)).remarkPluginFrontmatter[SCAN_KEY] as MdxScan | undefined;
  const usage = scan?.usages.find((u) => u.component === 'LocatorMap');
  if (!usage) return undefined;
  return Object.fromEntries(Object.entries(usage.props).filter((kv): kv is [string, Literal] => !isUnevaluated(kv[1])));
}

/**
 * The islands an explainer can embed: a timeline only with events, a casualty chart only with
 * figures, a locator map only when its page has one.
 */
export async function embeddableIslands(slug: string): Promise<EmbedIsland[]> {
  const { events, incidents } = await getExplainerData(slug);
  const hasMap = (await mapProps(slug)) !== undefined;
  const has: Record<EmbedIsland, boolean> = { timeline: events.length > 0, casualties: incidents.length > 0, map: hasMap };
  return (Object.keys(EMBED_ISLANDS) as EmbedIsland[]).filter((island) => has[island]);
}

/**
 * The static paths of the embed pages of `entries`: one per island each can embed, with the route's
 * own params for the entry (`{ slug }` for an original, `{ lang, slug }` for a translation).
 */
export async function embedPagePaths<E extends { id: string }>(entries: readonly E[], params: (entry: E) => Record<string, string>) {
  const paths = [];
  for (const entry of entries) {
    const cacheKey = await explainerCacheKey(entry.id);
    for (const island of await embeddableIslands(entry.id)) paths.push({ params: { ...params(entry), island }, props: { entry, island }, cacheKey });
  }
  return paths;
}
