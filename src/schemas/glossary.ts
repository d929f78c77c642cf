import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/**
 * A key term (`content/glossary.yaml`): its general definition, shared by every explainer and
 * written by the desk. How one story uses it goes in that explainer's front matter, `termNotes:`.
 */
export const glossaryTermSchema = z.strictObject({
  /** Stable id used by `<Term id="…">` and `termNotes:`, e.g. "cessation-of-hostilities". */
  id: idSchema,
  /** The term as printed, e.g. "Cessation of hostilities". */
  term: z.string().trim().min(1),
  /** The general meaning, in one or two plain sentences a 15-year-old can follow; nothing about one story. */
  definition: z.string().trim().min(10),
  citation: z
    .unknown()
    .refine(() => false, {
      message: 'moved: a term\'s use in a story and its citation belong to each explainer\'s front matter (termNotes: { <id>: { note, citation } })',
    })
    .optional()
    .describe('moved'),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
