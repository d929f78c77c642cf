import { t } from './i18n.ts';

/** Input of a NewsArticle: the explainer's front matter and the page's absolute URLs. */
export interface NewsArticleInput {
  title: string;
  description: string;
  url: string;
  image?: string;
  published: string;
  updated?: string;
  author: string;
  siteName: string;
  siteUrl: string;
  lang: string;
  keywords?: string[];
  /** The explainer's log of changes (front matter `updates`), oldest first. */
  updates?: { at: string; kind: 'update' | 'correction'; what: string; was?: string }[];
}

/** The text of a correction as schema.org CorrectionComment carries it: what changed, then what it replaced. */
export function correctionText(u: { what: string; was?: string }, lang = 'en'): string {
  return u.was ? `${u.what} ${t('updates.was', { was: u.was }, lang)}` : u.what;
}

/**
 * schema.org NewsArticle for an explainer. The byline is an Organization (a desk), as in the front
 * matter. Its dates are the explainer's own, never its source's; each correction is a CorrectionComment.
 */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const latest = input.updates?.at(-1);
  const modified = input.updated ?? input.published;
  // The latest update's own timestamp, when it is from the same day as (or after) the "updated" day.
  const dateModified = latest && latest.at.slice(0, 10) >= modified ? latest.at : modified;
  const corrections = (input.updates ?? []).filter((u) => u.kind === 'correction');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    ...(input.image ? { image: [input.image] } : {}),
    datePublished: input.published,
    dateModified,
    ...(corrections.length
      ? { correction: corrections.map((u) => ({ '@type': 'CorrectionComment', datePublished: u.at, text: correctionText(u, input.lang) })) }
      : {}),
    inLanguage: input.lang,
    ...(input.keywords?.length ? { keywords: input.keywords.join(', ') } : {}),
    author: [{ '@type': 'Organization', name: input.author }],
    publisher: { '@type': 'Organization', name: input.siteName, url: input.siteUrl },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. Escapes `<`, `>` and `&` (and the two
 * line separators JavaScript once treated as newlines) as \uXXXX, which JSON parsers read back as the
 * same characters, so no string in the data can close the script element (`</script>`) or open a
 * comment (`<!--`). This is what makes rendering it with set:html safe.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
