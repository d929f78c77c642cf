import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry, type SiteContent } from '../content/site.ts';
import { shareImageCacheKey } from '../content/cache-key.ts';
import { explainerCard } from './og.ts';
import { ogPngInOrder } from './og-pool.ts';

/**
 * The route of one 1200×630 share image per explainer (satori + resvg, fonts from npm), made at build
 * time: `/og/<slug>.png` for the originals, `/og/<lang>/<slug>.png` for the translations, in their
 * language and direction. `entries` picks the explainers, `params` names each one's path. The cards
 * are drawn in the order of their paths, the next ones ahead on worker threads (og-pool.ts).
 */
export function shareImageRoute(entries: (site: SiteContent) => ExplainerEntry[], params: (entry: ExplainerEntry) => Record<string, string>) {
  let order: string[] = [];
  const cards = new Map<string, ExplainerEntry>();
  const getStaticPaths = (async () => {
    const list = entries(await getSiteContent());
    order = list.map((entry) => entry.id);
    for (const entry of list) cards.set(entry.id, entry);
    return list.map((entry) => ({ params: params(entry), props: { entry }, cacheKey: shareImageCacheKey(entry) }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute = async ({ props }) => {
    const { entry } = props as { entry: ExplainerEntry };
    const png = await ogPngInOrder(order, (id) => explainerCard((cards.get(id) ?? entry).data), entry.id);
    return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
  };
  return { getStaticPaths, GET };
}
