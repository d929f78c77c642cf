/**
 * Text as HTML that shows exactly that text: the five characters HTML gives meaning to become
 * character references. For outputs where a consumer parses a string as HTML outside Astro's
 * templates (an RSS `<description>`, which feed readers render as HTML).
 */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A plain-text paragraph as HTML: `<p>` around the escaped text. */
export const htmlParagraph = (text: string) => `<p>${htmlText(text)}</p>`;
