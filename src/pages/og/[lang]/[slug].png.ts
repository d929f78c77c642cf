import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry } from '../../../content/site.ts';
import { shareImageCacheKey } from '../../../content/cache-key.ts';
import { explainerCard, ogPng } from '../../../build/og';

/** The share image of each translated explainer, /og/<lang>/<slug>.png, in its language and direction. */
export const getStaticPaths = (async () => {
  const { translations } = await getSiteContent();
  return translations.map((entry) => ({ params: { lang: entry.data.lang, slug: entry.data.translation!.of }, props: { entry }, cacheKey: shareImageCacheKey(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng(explainerCard((props as { entry: ExplainerEntry }).entry.data));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
