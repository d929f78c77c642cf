/**
 * One stylesheet per page instead of several. Astro links a page's CSS by the chunk it comes from: an
 * explainer links the layout's sheet and the components' sheet, with a small component <style>
 * inlined between them. Compressed apart they cost 0.8 KB gzip more than together (the same property
 * names, selectors and values in both), and every byte is fetched before interaction (issue 13's
 * 40 KB). After the build, a page that links two or more of the build's sheets links one file
 * instead: those sheets, and the <style> elements between them, in the order the page had them (so
 * the cascade is unchanged), named by a hash of its text (pages with the same CSS share it, and it
 * is cached for good like every file under _astro/). A page that links one sheet is left alone.
 * Node-only (build time).
 */
import { createHash } from 'node:crypto';

/** The build's own stylesheets, as Astro links them. */
const LINK = /^<link rel="stylesheet" href="(\/_astro\/[\w.-]+\.css)">$/;
/** Stylesheet links and <style> elements of the head, in order. */
const ITEM = /<link\b[^>]*\brel="stylesheet"[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/gi;

export interface MergedPage {
  html: string;
  /** The merged stylesheet to write (its site path and text), when the page was changed. */
  css?: { path: string; text: string };
}

/**
 * The page linking one merged stylesheet in place of its sheets (and the <style>s between them).
 * `read` gives a sheet's text by its site path. Unchanged when the page links fewer than two of the
 * build's sheets, or has anything the merge could reorder or break: a sheet linked another way (a
 * media attribute, another origin), a <style> with attributes, an @import or @charset after the
 * start, a relative url() in an inline <style>.
 */
export function mergeStylesheets(html: string, read: (path: string) => string | undefined): MergedPage {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return { html };
  const items = [...html.slice(0, headEnd).matchAll(ITEM)].map((m) => {
    const link = LINK.exec(m[0]);
    const style = /^<style>([\s\S]*)<\/style>$/i.exec(m[0]);
    return { at: m.index, tag: m[0], href: link?.[1], text: link ? read(link[1]) : style?.[1], plain: !!link || !!style };
  });
  const links = items.filter((i) => i.href);
  if (links.length < 2 || items.some((i) => !i.plain)) return { html };
  const first = items.indexOf(links[0]);
  const last = items.indexOf(links[links.length - 1]);
  const merged = items.slice(first, last + 1);
  if (merged.some((i) => i.text === undefined)) return { html };
  if (merged.slice(1).some((i) => /@(import|charset)\b/i.test(i.text!))) return { html };
  if (merged.some((i) => !i.href && /url\(\s*['"]?(?![a-z]+:|\/|#)/i.test(i.text!))) return { html };
  const text = merged.map((i) => i.text!).join('\n');
  const path = `/_astro/page.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.css`;
  let out = '';
  let from = 0;
  for (const [n, i] of merged.entries()) {
    out += html.slice(from, i.at) + (n === 0 ? `<link rel="stylesheet" href="${path}">` : '');
    from = i.at + i.tag.length;
  }
  return { html: out + html.slice(from), css: { path, text } };
}
