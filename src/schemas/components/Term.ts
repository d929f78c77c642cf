import { z } from 'astro/zod';
import { explainerProp, idOf, WHAT, type PropContext } from './props.ts';

/** Props of `<Term>`: a key term with its definition. */
export const termSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      id: idOf(ctx.terms, WHAT.term).describe('An id from content/glossary.yaml. The text between the tags is shown; without text, the term.'),
      explainer: explainerProp,
    })
    .meta({
      description: 'A key term whose definition opens on click, tap or Enter, without JavaScript; Escape closes it. In print the definition follows in brackets.',
      example: '<Term id="mediator">mediators</Term>',
    });

export type Props = z.input<ReturnType<typeof termSchema>>;
