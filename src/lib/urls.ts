import { isSafeHttpUrl } from './content-url.ts';

/** Anchor id of a timeline event: stable, so teachers can link to it. */
export const eventAnchor = (id: string) => `event-${id}`;
/** Anchor id of a paragraph of a source article, on that source's page (sourcePath). */
export const paragraphAnchor = (article: string, n: number) => `source-${article}-p${n}`;
/** Anchor id of an actor in "Who's who". */
export const actorAnchor = (id: string) => `actor-${id}`;
/** Anchor id of a glossary term in "Key terms". */
export const termAnchor = (id: string) => `term-${id}`;
/** Anchor id of an incident row in the casualty table. */
export const incidentAnchor = (id: string) => `incident-${id}`;
/** Anchor id of a place in the locator map's list. */
export const placeAnchor = (id: string) => `place-${id}`;

/** Returns the URL when its protocol is allowed (http, https), else undefined: never render it. */
export function safeHref(url: string | undefined): string | undefined {
  return url && isSafeHttpUrl(url) ? url : undefined;
}

/** Site-relative path of an explainer page. */
export const explainerPath = (slug: string) => `/${slug}/`;

/** Site-relative path of the page with the full text of one source article of an explainer. */
export const sourcePath = (slug: string, article: string) => `/${slug}/source/${article}/`;

/** Link to one paragraph of a source article: its page and anchor, so it works from anywhere (embeds too). */
export const paragraphHref = (slug: string, article: string, n: number) => `${sourcePath(slug, article)}#${paragraphAnchor(article, n)}`;
