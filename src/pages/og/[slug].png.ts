import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type ExplainerEntry } from '../../content/site.ts';
import { ogPng } from '../../build/og';
import { formatDay } from '../../lib/format';
import { t } from '../../lib/i18n';

/** One 1200×630 share image per explainer, made at build time (satori + resvg, fonts from npm). */
export const getStaticPaths = (async () => {
  const { explainers } = await getSiteContent();
  return explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data } = (props as { entry: ExplainerEntry }).entry;
  const png = await ogPng({ title: data.title, dek: data.dek, siteName: t('site.name'), date: formatDay(data.updated ?? data.published) });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
