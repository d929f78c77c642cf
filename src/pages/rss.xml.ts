import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '../content/site.ts';
import { parseIsoDay } from '../lib/format';
import { explainerPath } from '../lib/urls';
import { t } from '../lib/i18n';
import { updateLines } from '../lib/updates';

/**
 * RSS feed of the explainers, most recently changed first (drafts are already left out of the built
 * site). pubDate is the explainer's own publication day, never its source's.
 */
export const GET: APIRoute = async (context) => {
  const { explainers } = await getSiteContent();
  const items = [...explainers]
    .sort((a, b) => (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published))
    .map((e) => ({
      title: e.data.title,
      // The summary, then the explainer's log of corrections and updates, newest first.
      description: [e.data.summary, ...updateLines(e.data.updates, e.data.lang)].join(' '),
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
