/**
 * The embed contract between an embedded island page (/embed/<explainer>/<island>/) and the page
 * that frames it (public/embed.js). Documented in README "Embedding a graphic".
 *
 * The frame posts, to its parent, whenever its content height changes:
 *   { type: "explainer-embed:height", version: 1, id: string, height: number }
 * `id` is the `?id=` the parent put in the frame URL (so one page can hold several embeds), and
 * `height` the document height in CSS pixels. The parent script accepts a message only when
 * `event.source` is that very iframe's window and `event.origin` is exactly the iframe URL's origin.
 */
export const EMBED_MESSAGE_TYPE = 'explainer-embed:height';
export const EMBED_MESSAGE_VERSION = 1;

export const EMBED_ISLANDS = {
  timeline: { label: 'timeline', defaultHeight: 900 },
  casualties: { label: 'casualty chart', defaultHeight: 640 },
  map: { label: 'locator map', defaultHeight: 720 },
} as const;
export type EmbedIsland = keyof typeof EMBED_ISLANDS;

/** Site-relative path of an island's embed page. */
export const embedPath = (explainer: string, island: EmbedIsland) => `/embed/${explainer}/${island}/`;

export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  version: typeof EMBED_MESSAGE_VERSION;
  id: string;
  height: number;
}

/** Builds the message a frame sends. */
export function heightMessage(id: string, height: number): EmbedHeightMessage {
  return { type: EMBED_MESSAGE_TYPE, version: EMBED_MESSAGE_VERSION, id, height: Math.ceil(height) };
}

/** The HTML a newsroom pastes: an iframe with a fallback link, and the resizing script. */
export function embedSnippet(opts: { site: string; explainer: string; island: EmbedIsland; title: string }): string {
  const id = `${opts.explainer}-${opts.island}`;
  const src = new URL(`${embedPath(opts.explainer, opts.island)}?id=${encodeURIComponent(id)}`, opts.site).href;
  const script = new URL('/embed.js', opts.site).href;
  const h = EMBED_ISLANDS[opts.island].defaultHeight;
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${attr(src)}" title="${attr(opts.title)}" data-explainer-embed="${attr(id)}" width="100%" height="${h}" loading="lazy"></iframe>\n` +
    `<script src="${attr(script)}" async></script>`
  );
}
