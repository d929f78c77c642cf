import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '../content/site.ts';
import { parseIsoDay } from '../lib/format';
import { explainerPath } from '../lib/urls';
import { t } from '../lib/i18n';

/** RSS feed of the explainers, newest first (drafts are already left out of the built site). */
export const GET: APIRoute = async (context) => {
  const { explainers } = await getSiteContent();
  const items = [...explainers]
    .sort((a, b) => (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published))
    .map((e) => ({
      title: e.data.title,
      description: e.data.summary,
      pubDate: parseIsoDay(e.data.published),
      link: explainerPath(e.id),
      categories: e.data.tags,
    }));
  return rss({
    title: t('rss.title', { site: t('site.name') }),
    description: t('site.tagline'),
    site: context.site!,
    items,
    trailingSlash: true,
  });
};
