import { z } from 'astro/zod';
import { t } from '../../lib/i18n.ts';
import { explainerProp, idOf, WHAT, type PropContext } from './props.ts';

/** Props of `<KeyTerms>`: definitions of the page's terms. */
export const keyTermsSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      title: z.string().min(1, { message: 'must not be empty' }).default(t('terms.title', {}, ctx.lang)).describe('The heading.'),
      terms: z
        .array(idOf(ctx.terms, WHAT.term), { error: 'must be a list of glossary ids, e.g. {["mediator"]}' })
        .min(1, { message: 'must name at least one term (or leave it out to list the <Term>s used on the page)' })
        .optional()
        .describe('Glossary ids to show first, in this order, e.g. {["sea-wall"]}; the terms used with <Term> on the page follow.'),
      explainer: explainerProp,
    })
    .meta({
      description: 'Definitions of the terms used with <Term> on the page, plus any listed in terms.',
      example: '<KeyTerms />',
    });

export type Props = z.input<ReturnType<typeof keyTermsSchema>>;
