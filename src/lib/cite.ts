import { utcFormat } from 'd3-time-format';
import { parseIsoDay } from './format.ts';
import { isolateRtl } from './bidi.ts';

/** What a citation of an explainer page is built from: its front matter and its URL. */
export interface CiteInput {
  title: string;
  /** The byline as written (a desk or a person); used as the author, not inverted. */
  author: string;
  siteName: string;
  /** YYYY-MM-DD */
  published: string;
  /** YYYY-MM-DD, last substantive change. */
  updated?: string;
  /** Absolute URL of the page. */
  url: string;
}

/** A citation as runs of text, so the title can be set in italics where the style asks for it. */
export interface Citation {
  style: 'apa' | 'mla' | 'chicago';
  /** Display name of the style, e.g. "APA (7th edition)". */
  name: string;
  parts: { text: string; italic?: boolean }[];
  /** The same citation as plain text, for the copy button. */
  text: string;
}

const apaDate = utcFormat('%Y, %B %-d');
const mlaMonth = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const chicagoDate = utcFormat('%B %-d, %Y');

/** "21 Feb. 2016": MLA abbreviates months longer than four letters. */
function mlaDate(day: string): string {
  const d = parseIsoDay(day);
  return `${d.getUTCDate()} ${mlaMonth[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Ends a sentence unless it already ends in ., ?, ! or the Arabic ؟ (a title ending in "?" takes no period). A field
 * in a right-to-left script is isolated, so the English format's periods, dates and numbers keep their
 * places around an Arabic author, title or site name (unisolated, "2026" after an Arabic name joined it).
 */
function sentence(s: string): string {
  const trimmed = s.trim();
  return /[.?!؟]$/.test(trimmed) ? isolateRtl(trimmed) : `${isolateRtl(trimmed)}.`;
}

/** A title in double quotes with the closing punctuation inside, American style; inner " become '. */
function quotedTitle(title: string): string {
  const inner = title.trim().replace(/"/g, "'").replace(/[“”]/g, "'");
  return `“${sentence(inner)}”`;
}

function build(style: Citation['style'], name: string, parts: Citation['parts']): Citation {
  return { style, name, parts, text: parts.map((p) => p.text).join('') };
}

/**
 * APA 7, web page with a group or personal author: Author. (Year, Month Day). *Title*. Site. URL
 * The date is the last update when there is one, as APA asks for the most recent version's date.
 */
export function apa(input: CiteInput): Citation {
  const day = input.updated ?? input.published;
  return build('apa', 'APA (7th edition)', [
    { text: `${sentence(input.author)} (${apaDate(parseIsoDay(day))}). ` },
    { text: sentence(input.title), italic: true },
    { text: ` ${sentence(input.siteName)} ${input.url}` },
  ]);
}

/** MLA 9: Author. "Title." *Site*, Day Mon. Year, URL. (the publication date; updates are noted by the reader). */
export function mla(input: CiteInput): Citation {
  const url = input.url.replace(/^https?:\/\//, '');
  return build('mla', 'MLA (9th edition)', [
    { text: `${sentence(input.author)} ${quotedTitle(input.title)} ` },
    { text: isolateRtl(input.siteName), italic: true },
    { text: `, ${mlaDate(input.published)}, ${url}.` },
  ]);
}

/**
 * Chicago (17th edition, bibliography entry for a web page): Author. "Title." Site. Month Day, Year.
 * A later update is given as "Last modified Month Day, Year." as the manual recommends.
 */
export function chicago(input: CiteInput): Citation {
  const date = input.updated
    ? `Published ${chicagoDate(parseIsoDay(input.published))}. Last modified ${chicagoDate(parseIsoDay(input.updated))}.`
    : `${chicagoDate(parseIsoDay(input.published))}.`;
  return build('chicago', 'Chicago (17th edition)', [
    { text: `${sentence(input.author)} ${quotedTitle(input.title)} ${sentence(input.siteName)} ${date} ${input.url}.` },
  ]);
}

/** The three citations shown under "Cite this page", in that order. */
export function citations(input: CiteInput): Citation[] {
  return [apa(input), mla(input), chicago(input)];
}
