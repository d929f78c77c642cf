import rss from '@astrojs/rss';
import { getSiteContent } from './site.ts';
import { parseIsoDay } from '../lib/format.ts';
import { editionPath, homePath } from '../lib/editions.ts';
import { DEFAULT_LANG, dirOf, t } from '../lib/i18n.ts';
import { htmlText } from '../lib/html-text.ts';
import { updateLines } from '../lib/updates.ts';

/** The site's languages: its own, then each language an explainer is translated into (each has a home page and a feed). */
export async function siteLanguages(): Promise<string[]> {
  const { translations } = await getSiteContent();
  return [DEFAULT_LANG, ...new Set(translations.map((e) => e.data.lang))];
}

/**
 * How many items a feed holds: the most recently changed. A feed is polled for what is new, not read
 * as an archive (the home pages list every explainer), and a site of thousands would make each poll
 * fetch megabytes.
 */
export const FEED_ITEMS = 50;

/**
 * The RSS feed of one language (/rss.xml, /ar/rss.xml): its FEED_ITEMS most recently changed
 * explainers — the originals, or the translations into that language — newest first (drafts are already left out of the
 * built site), with the feed's title, description and <language> in that language. pubDate is the
 * edition's own publication day, never its source's.
 */
export async function languageFeed(site: URL, lang: string): Promise<Response> {
  const { explainers, translations } = await getSiteContent();
  const entries = lang === DEFAULT_LANG ? explainers : translations.filter((e) => e.data.lang === lang);
  // A right-to-left feed's paragraphs say so: feed readers show <description> as HTML in their own,
  // usually left-to-right, page.
  const open = dirOf(lang) === 'rtl' ? '<p dir="rtl">' : '<p>';
  const items = [...entries]
    .sort((a, b) => (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published))
    .slice(0, FEED_ITEMS)
    .map((e) => ({
      title: e.data.title,
      // Feed readers render <description> as HTML: the summary and each line of the explainer's log of
      // corrections and updates (newest first) are text, so each is escaped for HTML once, in its own
      // <p>, here (and the whole for XML by @astrojs/rss). Titles are plain text in RSS 2.0 and only
      // XML-escaped.
      description: [e.data.summary, ...updateLines(e.data.updates, e.data.lang)].map((line) => `${open}${htmlText(line)}</p>`).join(''),
      pubDate: parseIsoDay(e.data.published),
      link: editionPath(e.id),
      // Tags are the original's own words (English ids): a translation's item has none in its language yet.
      categories: e.data.translation ? [] : e.data.tags,
    }));
  return rss({
    title: t('rss.title', { site: t('site.name', {}, lang) }, lang),
    description: t('site.tagline', {}, lang),
    // The channel links to the language's home page; the items' links are site-relative.
    site: new URL(homePath(lang), site).href,
    items,
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
}
