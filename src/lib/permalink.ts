/**
 * The absolute address a "Copy link" button copies: the page's origin and path, and the link's
 * anchor. The page's own query (e.g. ?theme=dark) and hash are dropped: they are the reader's
 * state, not part of the address a student should open.
 */
export function permalinkUrl(href: string, page: string): string {
  const base = new URL(page);
  const url = new URL(href, `${base.origin}${base.pathname}`);
  return url.href;
}
