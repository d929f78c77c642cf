import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry } from '../../content/site.ts';
import { shareImageCacheKey } from '../../content/cache-key.ts';
import { ogPng } from '../../build/og';
import { formatDay } from '../../lib/format';
import { t } from '../../lib/i18n';

/** One 1200×630 share image per explainer, made at build time (satori + resvg, fonts from npm). */
export const getStaticPaths = (async () => {
  const { explainers } = await getSiteContent();
  return explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: shareImageCacheKey(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data } = (props as { entry: ExplainerEntry }).entry;
  // The explainer's own dates (never its source's): published, and the latest correction or update.
  const latest = data.updates.at(-1);
  const date = [
    `${t('explainer.published')} ${formatDay(data.published)}`,
    ...(latest ? [`${t(`updates.${latest.kind}`)} ${formatDay(latest.at)}`] : data.updated ? [`${t('explainer.updated')} ${formatDay(data.updated)}`] : []),
  ].join(' · ');
  const png = await ogPng({ title: data.title, dek: data.dek, siteName: t('site.name'), date });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
