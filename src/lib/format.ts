import { utcFormat } from 'd3-time-format';
import { parseDay } from './day.ts';
import type { Killed } from '../schemas/figure.ts';
import type { Citation } from '../schemas/common.ts';
import { formatDigits, t } from './i18n.ts';
import { formatIsoDate, parseIsoDate as parseIsoDateText, type IsoDate } from './dates.ts';
import { sourceLine, type SourceDescription } from './sources.ts';
import { killedWords } from './casualties/tolls.ts';

const longDay = utcFormat('%-d %B %Y');
const shortDay = utcFormat('%-d %b');

/** "2016-02-21" → a Date at 00:00 UTC. Throws on anything else (schemas have validated it). */
export function parseIsoDay(day: string): Date {
  const t = parseDay(day.slice(0, 10));
  if (t === undefined) throw new Error(`Not a YYYY-MM-DD date: ${day}`);
  return new Date(t);
}

/** "2016-02-21" → "21 February 2016" ("21 فبراير 2016" in Arabic), in UTC whatever the build machine's zone. */
export function formatDay(day: string, lang = 'en'): string {
  if (lang === 'en') return longDay(parseIsoDay(day));
  return formatIsoDate(parseIsoDateText(day.slice(0, 10)) as IsoDate, lang);
}

/** "2016-02-21" → "21 Feb". */
export function formatShortDay(day: string, lang = 'en'): string {
  if (lang === 'en') return shortDay(parseIsoDay(day));
  return formatIsoDate(parseIsoDateText(day.slice(0, 10)) as IsoDate, lang, true);
}

export type Precision = 'day' | 'week' | 'approximate' | 'after';

/** A date as readers should read it given its precision: "week of 15 February 2016". */
export function formatEventDate(day: string, precision: Precision = 'day', lang = 'en'): string {
  const date = formatDay(day, lang);
  if (precision === 'day') return date;
  return t(`date.${precision}`, { date }, lang);
}

/** A toll in words that keep its qualifier: "at least 68", "between 40 and 55", "37" as the source gives it. */
export function formatKilled(k: Killed, lang = 'en'): string {
  return killedWords(k, lang);
}

/** "7" / "1, 7" / "1–4" style list of paragraph numbers, compressed into runs (in the page's digits). */
export function formatParagraphs(ps: number[], lang = 'en'): string {
  const sorted = [...new Set(ps)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j;
  }
  return formatDigits(runs.join(t('list.separator', {}, lang)), lang);
}

export interface SourceInfo extends SourceDescription {
  id: string;
  title: string;
}

/** A citation in one line: the source by kind and outlet with its paragraphs, or the outside document's title and date. */
export function formatCitation(c: Citation, sources: Map<string, SourceInfo> | SourceInfo[], lang = 'en'): string {
  if ('document' in c) {
    return [c.document, c.publisher, formatDay(c.date, lang)].filter(Boolean).join(t('list.separator', {}, lang));
  }
  const list = Array.isArray(sources) ? sources : [...sources.values()];
  const src = list.find((s) => s.id === c.article);
  const source = src ? sourceLine(src, lang) : c.article;
  return t(c.paragraphs.length > 1 ? 'citation.paragraphs' : 'citation.paragraph', { source, paragraphs: formatParagraphs(c.paragraphs, lang) }, lang);
}
