/**
 * The outline of a rendered explainer body (HTML that Astro has already escaped): its summary box,
 * its section headings for "On this page", and one permalink per section heading. Done on the
 * rendered body so that every h2 counts, whether the prose or a component (Timeline, Sources…)
 * wrote it, and so the permalinks are in the HTML without JavaScript.
 */

export interface SectionHeading {
  id: string;
  text: string;
}

const H2 = /<h2\b([^>]*)>([\s\S]*?)<\/h2>/g;
const idOf = (attrs: string) => /\bid="([^"]+)"/.exec(attrs)?.[1];
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(1).replace(/^x/i, ''), /^#x/i.test(e) ? 16 : 10)) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every h2 with an id, in reading order, except those marked data-no-permalink (boxes, the contents list). */
export function sectionHeadings(html: string): SectionHeading[] {
  return [...html.matchAll(H2)].flatMap(([, attrs, inner]) => {
    const id = idOf(attrs);
    return id && !/\bdata-no-permalink\b/.test(attrs) ? [{ id, text: htmlText(inner) }] : [];
  });
}

/**
 * Splits off the summary box when it comes first (only whitespace or comments before it), so the
 * page can show it right under the headline. `found` says whether the body has one at all.
 */
export function splitLead(html: string, marker = 'data-key-facts'): { lead: string; rest: string; found: boolean; first: boolean } {
  const at = html.indexOf(marker);
  if (at < 0) return { lead: '', rest: html, found: false, first: false };
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-z][\w-]*)/i.exec(html.slice(start))?.[1];
  const before = html.slice(0, start).replace(/<!--[\s\S]*?-->|<link\b[^>]*>|<style\b[\s\S]*?<\/style>|\s/g, '');
  if (!tag || before) return { lead: '', rest: html, found: true, first: false };
  const close = `</${tag}>`;
  // The box holds no element of its own kind (an <aside> in an <aside>), so the first close ends it.
  const end = html.indexOf(close, at);
  if (end < 0) return { lead: '', rest: html, found: true, first: false };
  return { lead: html.slice(0, end + close.length), rest: html.slice(end + close.length), found: true, first: true };
}

/**
 * Wraps each section heading with the permalink `anchor(id, text)` returns (HTML the caller
 * escaped), in a `.heading-wrap` so it sits beside the heading, not inside its accessible name.
 */
export function withHeadingAnchors(html: string, anchor: (h: SectionHeading) => string): string {
  return html.replace(H2, (whole, attrs: string, inner: string) => {
    const id = idOf(attrs);
    if (!id || /\bdata-no-permalink\b/.test(attrs)) return whole;
    return `<div class="heading-wrap">${whole}${anchor({ id, text: htmlText(inner) })}</div>`;
  });
}
