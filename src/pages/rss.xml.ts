import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '../content/site.ts';
import { parseIsoDay } from '../lib/format';
import { explainerPath } from '../lib/urls';
import { t } from '../lib/i18n';
import { htmlParagraph } from '../lib/html-text.ts';
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
      // Feed readers render <description> as HTML: the summary and each line of the explainer's log of
      // corrections and updates (newest first) are text, so each is escaped for HTML in its own <p> here
      // (and the whole for XML by @astrojs/rss). Titles are plain text in RSS 2.0 and only XML-escaped.
      description: [e.data.summary, ...updateLines(e.data.updates, e.data.lang)].map(htmlParagraph).join(''),
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
