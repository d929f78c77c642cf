import { z } from 'astro/zod';
import { articleProp, explainerProp, idOf, paragraphsExist, paragraphsProp, WHAT, type PropContext } from './props.ts';

/** Props of `<Quote>`: a quotation with its speaker and source paragraph. */
export const quoteSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      speaker: idOf(ctx.actors, WHAT.actor).describe('The speaker: an id from content/actors.yaml.'),
      paragraphs: paragraphsProp('4', 'the paragraphs that carry the quote').describe('The paragraphs that carry the quote, e.g. {[3]}.'),
      role: z.string().trim().min(1, { message: 'must not be empty (leave it out to use the role in the actors file)' }).optional().describe('The role when speaking (default: the role in the actors file).'),
      article: articleProp(ctx),
      explainer: explainerProp,
    })
    .superRefine(paragraphsExist(ctx))
    .meta({
      description: 'A quotation with its speaker (linked to Who’s who), their role and the paragraph it comes from. The words go between the tags.',
      example: '<Quote speaker="ana-ruiz" paragraphs={[3]}>…</Quote>',
      children: 'is required: the quoted words between <Quote …> and </Quote>',
    });

export type Props = z.input<ReturnType<typeof quoteSchema>>;
