import { z } from 'astro/zod';
import { isoDateSchema, httpUrlSchema } from './common.ts';
import { SOURCE_KINDS } from '../lib/sources.ts';

/**
 * A source article, stored as two files in `content/sources/`: `<id>.txt`, the text exactly as
 * received (one paragraph per line), and `<id>.yaml`, the metadata below.
 */
export const sourceMetaSchema = z.strictObject({
  /** Headline or short title of the report, as the outlet gave it or as the desk describes it. */
  title: z.string().trim().min(3),
  /** What kind of source it is: agency-report, newspaper, broadcaster, official-document, press-release… */
  kind: z.enum(SOURCE_KINDS, {
    error: (issue) =>
      issue.input === undefined
        ? `is required: what kind of source it is, one of ${SOURCE_KINDS.join(', ')}`
        : `must be one of: ${SOURCE_KINDS.join(', ')}`,
  }),
  /** Who published it, as credited: "Reuters", "BBC News", "WION", or "Agencies" for pooled wire copy. The one credit. */
  outlet: z.string({ error: 'is required: who published it, as credited, e.g. Reuters, BBC News, or Agencies' }).trim().min(1),
  /** Where the report was filed, e.g. "Amman"; leave out if it has no dateline. */
  dateline: z.string().trim().min(1).optional(),
  /** Day the report was published, YYYY-MM-DD. */
  published: isoDateSchema,
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
