import { z } from 'astro/zod';
import { t } from '../../lib/i18n.ts';
import { explainerProp, type PropContext } from './props.ts';

/** Props of `<WhoIsWho>`: everyone the page names. */
export const whoIsWhoSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      title: z.string().min(1, { message: 'must not be empty' }).default(t('who.title', {}, ctx.lang)).describe('The heading.'),
      explainer: explainerProp,
    })
    .meta({
      description: 'Everyone the page names — in its events, with <Actor> and with <Quote> — grouped by kind, from content/actors.yaml.',
      example: '<WhoIsWho />',
    });

export type Props = z.input<ReturnType<typeof whoIsWhoSchema>>;
