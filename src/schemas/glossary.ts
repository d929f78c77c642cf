import { z } from 'astro/zod';
import { idSchema, citationSchema } from './common.ts';

/** A key term explained for readers (`content/glossary.yaml`). */
export const glossaryTermSchema = z.strictObject({
  /** Stable id used by `<Term id="…">`, e.g. "cessation-of-hostilities". */
  id: idSchema,
  /** The term as printed, e.g. "Cessation of hostilities". */
  term: z.string().trim().min(1),
  /** One or two plain sentences a 15-year-old can follow. */
  definition: z.string().trim().min(10),
  /** Where the usage comes from, if from a source. */
  citation: citationSchema.optional(),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
