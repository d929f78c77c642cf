import { z } from 'astro/zod';
import { t } from '../../lib/i18n.ts';
import { explainerProp, type PropContext } from './props.ts';

/** Props of `<Sources>`: every citation on the page, with the cited paragraphs quoted. */
export const sourcesSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      title: z.string().min(1, { message: 'must not be empty' }).default(t('sources.title', {}, ctx.lang)).describe('The heading.'),
      explainer: explainerProp,
    })
    .meta({
      description: 'Built from every citation on the page — events, figures, actors, terms, <Ref> and <Quote>: each source with the paragraphs cited and a link to its full text (its own page, every paragraph numbered). Put it last.',
      example: '<Sources />',
    });

export type Props = z.input<ReturnType<typeof sourcesSchema>>;
