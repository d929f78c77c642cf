import { z } from 'astro/zod';
import { isoDateSchema } from '../common.ts';

/** Props of `<KeyFacts>`: the essentials in a box. */
export const keyFactsSchema = () =>
  z
    .strictObject({
      title: z.string().min(1, { message: 'must not be empty' }).default('Key facts').describe('The heading of the box.'),
      asOf: isoDateSchema.optional().describe('The day the facts were true, YYYY-MM-DD: shown as "As of …".'),
    })
    .meta({
      description: 'The essentials in a box, as a Markdown list between the tags.',
      example: '<KeyFacts asOf="2030-03-05">…</KeyFacts>',
      children: 'is required: write the facts as a list between <KeyFacts> and </KeyFacts>',
    });

export type Props = z.input<ReturnType<typeof keyFactsSchema>>;
