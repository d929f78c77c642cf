import type { APIRoute } from 'astro';
import { languageFeed } from '../content/feed.ts';
import { DEFAULT_LANG } from '../lib/i18n.ts';

/** The RSS feed of the site's own language: its original explainers (src/content/feed.ts). */
export const GET: APIRoute = (context) => languageFeed(context.site!, DEFAULT_LANG);
