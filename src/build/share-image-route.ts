import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry, type SiteContent } from '../content/site.ts';
import { shareImageCacheKey } from '../content/cache-key.ts';
import { explainerCard } from './og.ts';
import { drawAhead, ogPngInOrder } from './og-pool.ts';
import { lastBuildKeys } from './last-build-keys.ts';

/**
 * The route of one 1200×630 share image per explainer (satori + resvg, fonts from npm), made at build
 * time: `/og/<slug>.png` for the originals, `/og/<lang>/<slug>.png` for the translations, in their
 * language and direction. `entries` picks the explainers, `params` names each one's path. The cards
 * are drawn on worker threads from the moment the paths are known, beside the other routes (og-pool.ts).
 */
export function shareImageRoute(entries: (site: SiteContent) => ExplainerEntry[], params: (entry: ExplainerEntry) => Record<string, string>) {
  let order: string[] = [];
  const cards = new Map<string, ExplainerEntry>();
  // A card by its path ("ar/<slug>"): a translation may share its original's id, and both routes' cards are drawn at once.
  const keyOf = (entry: ExplainerEntry) => Object.values(params(entry)).join('/');
  const getStaticPaths = (async () => {
    const list = entries(await getSiteContent());
    order = list.map(keyOf);
    for (const entry of list) cards.set(keyOf(entry), entry);
    const paths = list.map((entry) => ({ params: params(entry), props: { entry }, cacheKey: shareImageCacheKey(entry) }));
    // The cards this build renders (their key is new), drawn on the workers while other routes render.
    const known = lastBuildKeys();
    drawAhead(
      paths.filter((p) => !known.has(p.cacheKey)).map((p) => keyOf(p.props.entry)),
      (key) => explainerCard(cards.get(key)!.data),
    );
    return paths;
  }) satisfies GetStaticPaths;
  const GET: APIRoute = async ({ props }) => {
    const { entry } = props as { entry: ExplainerEntry };
    const png = await ogPngInOrder(order, (key) => explainerCard((cards.get(key) ?? entry).data), keyOf(entry));
    return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
  };
  return { getStaticPaths, GET };
}
