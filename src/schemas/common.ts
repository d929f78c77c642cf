import { z } from 'astro/zod';
import { parseDay } from '../lib/day.ts';
import { contentLimits } from '../lib/content-limits.ts';
import { isSafeHttpUrl } from '../lib/content-url.ts';

/** Lower-case letters, digits and single hyphens: every id and slug an editor writes (and file names). */
export const ID_RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case letters, digits and hyphens: the form of every id an editor writes. */
export const idSchema = z
  .string({ error: 'must be an id (lower-case letters, digits and hyphens)' })
  .regex(ID_RULE, {
    message: 'must be lower-case letters, digits and single hyphens, e.g. "homs-bombings"',
  });

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  return parseDay(value) !== undefined;
}

/**
 * The years a date in content may fall in: a date outside is a typo, such as 0016 for 2016, or
 * 9999-12-31, which would squash a timeline's axis. 1800–2100 unless the site sets EXPLAINER_YEARS
 * (src/lib/content-limits.ts) when building and checking.
 */
export const DATE_YEARS = contentLimits((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {}).years;
export const YEARS_MESSAGE = `must be a date between ${DATE_YEARS.min} and ${DATE_YEARS.max}: check the year (a site set in another era sets EXPLAINER_YEARS, e.g. 1700-2100)`;
export const inYears = (value: string) => {
  const y = Number(value.slice(0, 4));
  return y >= DATE_YEARS.min && y <= DATE_YEARS.max;
};

/**
 * A calendar date written YYYY-MM-DD, e.g. 2016-02-21. Kept as a string: dates are days in UTC,
 * never instants, so they cannot drift with the build machine's time zone.
 */
export const isoDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2016-02-21' })
  .refine(isCalendarDate, { error: (issue) => calendarProblem(issue.input), abort: true })
  .refine(inYears, { message: YEARS_MESSAGE });

/** What is wrong with a date that is not a real YYYY-MM-DD day, in the words event dates use. */
function calendarProblem(input: unknown): string {
  const m = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input) : null;
  if (!m) return 'must be a real date written YYYY-MM-DD, e.g. 2016-02-21';
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} does not exist: write 01 to 12, e.g. ${m[1]}-04-${m[3]}`;
  return `${input} is not a real day (the month has no day ${Number(m[3])})`;
}

/** A date-time with time zone, e.g. 2016-02-21T18:00:00Z, or a plain YYYY-MM-DD date. */
export const isoDateTimeSchema = z
  .string({ error: 'must be a date (YYYY-MM-DD) or a date-time with zone (2016-02-21T18:00Z)' })
  .refine(
    (v) =>
      isCalendarDate(v) ||
      (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
        isCalendarDate(v.slice(0, 10)) &&
        !Number.isNaN(Date.parse(v))),
    { message: 'must be a date (YYYY-MM-DD) or a date-time with zone, e.g. 2016-02-21T18:00Z', abort: true },
  )
  .refine(inYears, { message: YEARS_MESSAGE });

/** An absolute web address starting with https:// (or http://). */
export const httpUrlSchema = z
  .string({ error: 'must be a web address starting with https://' })
  .refine(isSafeHttpUrl, {
    message: 'must be a web address starting with https:// or http:// (other protocols such as javascript: or data: are refused)',
  });

/** Where a fact comes from: paragraphs of a source article in `content/sources/`. */
export const articleCitationSchema = z.strictObject({
  /** Id of the source article, the file name in `content/sources/` without extension. */
  article: idSchema,
  /** Paragraph numbers in that article, counted from 1 in the order they appear. */
  paragraphs: z
    .array(z.int({ error: 'must be a whole paragraph number' }).min(1, { message: 'paragraph numbers start at 1' }), {
      error: 'must be a list of paragraph numbers, e.g. [7, 9]',
    })
    .min(1, { message: 'must name at least one paragraph, e.g. [7]' }),
});

/**
 * Where a context fact comes from: a named outside document (not the article). The title and date
 * are the citation; give a URL only where it is certain.
 */
export const documentCitationSchema = z.strictObject({
  /** Exact title of the document, e.g. "UN Security Council Resolution 2268 (2016)". */
  document: z.string().trim().min(3, { message: 'must give the document\'s exact title' }),
  /** Who issued it, e.g. "UN Security Council". Optional. */
  publisher: z.string().trim().min(1).optional(),
  /** The document's date, YYYY-MM-DD. */
  date: isoDateSchema,
  /** Its web address, only where it is certain (https://…). */
  url: httpUrlSchema.optional(),
});

/** A citation written without `kind` gets the one its keys tell: `document:` a document, else an article. */
export const withCitationKind = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) && !('kind' in v) ? { kind: 'document' in v ? 'document' : 'article', ...v } : v;

/** The two kinds of citation, told apart by `kind` (withCitationKind sets it). */
export const CITATION_KINDS = [
  articleCitationSchema.extend({ kind: z.literal('article') }),
  documentCitationSchema.extend({ kind: z.literal('document') }),
] as const;

/**
 * A citation: either `{article, paragraphs}` or `{document, date, url?}`. The kind is told by the
 * key the editor wrote, so a mistake is reported on the exact field (not as "no union matched").
 */
export const citationSchema = z.preprocess(
  withCitationKind,
  z.discriminatedUnion('kind', [...CITATION_KINDS], {
    error: 'is required: { article: <source id>, paragraphs: [n, …] } or { document: "<title>", date: YYYY-MM-DD, url?: https://… }',
  }),
);

export type ArticleCitation = z.output<typeof articleCitationSchema> & { kind: 'article' };
export type DocumentCitation = z.output<typeof documentCitationSchema> & { kind: 'document' };
export type Citation = z.output<typeof citationSchema>;

export function isArticleCitation(c: Citation): c is ArticleCitation {
  return 'article' in c;
}

/** A short quote with the person who said it. */
export const quoteSchema = z.strictObject({
  /** The words, exactly as in the source, without quotation marks. */
  text: z.string().trim().min(1),
  /** Id of the speaker in `content/actors.yaml`. */
  speaker: idSchema,
});
