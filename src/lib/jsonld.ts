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
}

/** schema.org NewsArticle for an explainer. The byline is an Organization (a desk), as in the front matter. */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    ...(input.image ? { image: [input.image] } : {}),
    datePublished: input.published,
    dateModified: input.updated ?? input.published,
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
