// /<slug>/casualties.csv: the figures of one explainer with their citations, written at build time
// (linked from its casualty chart). See src/lib/casualties/csv.ts for the columns and escaping.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainerData, getSiteContent } from '../../content/site.ts';
import { explainerCacheKey } from '../../content/cache-key.ts';
import { casualtiesCsv, inFileOrder } from '../../lib/casualties/index.ts';

export const getStaticPaths = (async () => {
  const { explainers } = await getSiteContent();
  const withFigures = await Promise.all(explainers.map(async (e) => ((await getExplainerData(e.id)).incidents.length ? e.id : null)));
  return Promise.all(withFigures.filter((slug): slug is string => !!slug).map(async (slug) => ({ params: { slug }, cacheKey: await explainerCacheKey(slug) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const slug = params.slug!;
  const { site: content, incidents } = await getExplainerData(slug);
  return new Response(casualtiesCsv(inFileOrder(incidents), [...content.sources.values()], (site ?? new URL('http://localhost/')).href, slug), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
