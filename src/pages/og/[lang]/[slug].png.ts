import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry } from '../../../content/site.ts';
import { shareImageCacheKey } from '../../../content/cache-key.ts';
import { explainerCard } from '../../../build/og.ts';
import { ogPngInOrder } from '../../../build/og-pool.ts';

/** The cards in the order of their paths (src/build/og-pool.ts draws the next ones ahead). */
let order: string[] = [];
const cards = new Map<string, ExplainerEntry>();

/** The share image of each translated explainer, /og/<lang>/<slug>.png, in its language and direction. */
export const getStaticPaths = (async () => {
  const { translations } = await getSiteContent();
  order = translations.map((entry) => entry.id);
  for (const entry of translations) cards.set(entry.id, entry);
  return translations.map((entry) => ({ params: { lang: entry.data.lang, slug: entry.data.translation!.of }, props: { entry }, cacheKey: shareImageCacheKey(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: ExplainerEntry };
  const png = await ogPngInOrder(order, (id) => explainerCard((cards.get(id) ?? entry).data), entry.id);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
