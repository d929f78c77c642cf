import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry } from '../../content/site.ts';
import { shareImageCacheKey } from '../../content/cache-key.ts';
import { explainerCard, ogPng } from '../../build/og';

/** One 1200×630 share image per explainer, made at build time (satori + resvg, fonts from npm). */
export const getStaticPaths = (async () => {
  const { explainers } = await getSiteContent();
  return explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: shareImageCacheKey(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng(explainerCard((props as { entry: ExplainerEntry }).entry.data));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
