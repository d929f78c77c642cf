import { z } from 'astro/zod';
import { isoDateSchema, httpUrlSchema } from './common.ts';

/**
 * A source article, stored as two files in `content/sources/`: `<id>.txt`, the text exactly as
 * received (one paragraph per line), and `<id>.yaml`, the metadata below.
 */
export const sourceMetaSchema = z.strictObject({
  /** Headline or short title of the report, as the agency gave it or as the desk describes it. */
  title: z.string().trim().min(3),
  /** Where the report was filed, e.g. "Amman". */
  dateline: z.string().trim().min(1),
  /** Day the report was published, YYYY-MM-DD. */
  published: isoDateSchema,
  /** Who supplied it, e.g. "Agencies". */
  credit: z.string().trim().min(1),
  /** Its web address, only if certain. */
  url: httpUrlSchema.optional(),
  /** Language of the text (BCP 47), default "en". */
  lang: z.string().default('en'),
});

export const sourceSchema = sourceMetaSchema.extend({
  /** Filled in by the loader from `<id>.txt`: paragraph 1 is the first non-empty line. */
  paragraphs: z.array(z.string().min(1)).min(1),
});

export type SourceMeta = z.output<typeof sourceMetaSchema>;
export type Source = z.output<typeof sourceSchema>;
