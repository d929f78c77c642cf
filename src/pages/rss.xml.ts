import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '../content/site.ts';
import { parseIsoDay } from '../lib/format';
import { explainerPath } from '../lib/urls';
import { t } from '../lib/i18n';
import { htmlParagraph } from '../lib/html-text';

/** RSS feed of the explainers, newest first (drafts are already left out of the built site). */
export const GET: APIRoute = async (context) => {
  const { explainers } = await getSiteContent();
  const items = [...explainers]
    .sort((a, b) => (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published))
    .map((e) => ({
      title: e.data.title,
      // Feed readers render <description> as HTML: the summary is text, so it is escaped for HTML here
      // (and for XML by @astrojs/rss). Titles are plain text in RSS 2.0 and only XML-escaped.
      description: htmlParagraph(e.data.summary),
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
