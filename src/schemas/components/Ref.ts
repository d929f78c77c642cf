import { z } from 'astro/zod';
import { articleProp, explainerProp, paragraphsExist, paragraphsProp, type PropContext } from './props.ts';

/** Props of `<Ref>`: a citation of source paragraphs, inline. */
export const refSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      paragraphs: paragraphsProp('1, 7', 'the paragraph numbers').describe('Paragraph numbers of the source article, counted from 1, e.g. {[2, 5]}.'),
      article: articleProp(ctx),
      explainer: explainerProp,
    })
    .superRefine(paragraphsExist(ctx))
    .meta({
      description: 'Cites paragraphs of the source article inline. Each ¶ links to the paragraph, quoted in <Sources />.',
      example: '<Ref paragraphs={[1, 7]} />',
    });

export type Props = z.input<ReturnType<typeof refSchema>>;
