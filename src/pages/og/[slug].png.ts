import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry } from '../../content/site.ts';
import { shareImageCacheKey } from '../../content/cache-key.ts';
import { explainerCard } from '../../build/og.ts';
import { ogPngInOrder } from '../../build/og-pool.ts';

/** The cards in the order of their paths (src/build/og-pool.ts draws the next ones ahead). */
let order: string[] = [];
const cards = new Map<string, ExplainerEntry>();

/** One 1200×630 share image per explainer, made at build time (satori + resvg, fonts from npm). */
export const getStaticPaths = (async () => {
  const { explainers } = await getSiteContent();
  order = explainers.map((entry) => entry.id);
  for (const entry of explainers) cards.set(entry.id, entry);
  return explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: shareImageCacheKey(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: ExplainerEntry };
  const png = await ogPngInOrder(order, (id) => explainerCard((cards.get(id) ?? entry).data), entry.id);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
