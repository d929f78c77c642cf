import { z } from 'astro/zod';

export const CALLOUT_TONES = ['note', 'open-question', 'context'] as const;

/** Props of `<Callout>`: a box set apart from the text. */
export const calloutSchema = () =>
  z
    .strictObject({
      title: z
        .string({ error: 'is required: a short heading for the box, e.g. title="Still open"' })
        .min(1, { message: 'is required: a short heading for the box' })
        .describe('A short heading for the box.'),
      tone: z
        .enum(CALLOUT_TONES, { error: `must be one of: ${CALLOUT_TONES.join(', ')}` })
        .default('note')
        .describe('note, open-question (what is not known yet) or context (background from outside the report).'),
    })
    .meta({
      description: 'A box set apart from the text: a note, an open question, or context from outside the report.',
      example: '<Callout title="Still open" tone="open-question">…</Callout>',
    });

export type Props = z.input<ReturnType<typeof calloutSchema>>;
