import type { APIRoute, GetStaticPaths } from 'astro';
import { siteLanguages, languageFeed } from '../../content/feed.ts';
import { DEFAULT_LANG } from '../../lib/i18n.ts';

/** The RSS feed of each language explainers are translated into, /<lang>/rss.xml: its translations (src/content/feed.ts). */
export const getStaticPaths = (async () =>
  (await siteLanguages()).filter((lang) => lang !== DEFAULT_LANG).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => languageFeed(context.site!, context.params.lang!);
