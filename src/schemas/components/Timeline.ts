import { z } from 'astro/zod';
import { t } from '../../lib/i18n.ts';
import { isoDateSchema } from '../common.ts';
import { explainerProp, idOf, type PropContext } from './props.ts';

/** Props of `<Timeline>`: the explainer's events in time order. */
export const timelineSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      title: z.string().min(1, { message: 'must not be empty' }).default(t('timeline.title', {}, ctx.lang)).describe('The heading above the timeline.'),
      events: z.array(idOf(ctx.events, 'event id')).min(1).optional().describe('Only these event ids, e.g. {["storm-arrives"]} (default: all events of the explainer).'),
      lanes: z.array(idOf(ctx.lanes, 'lane')).min(1).optional().describe('Only these lanes, in this order (default: every lane, in order of first event).'),
      from: isoDateSchema.optional().describe('The first day shown, YYYY-MM-DD.'),
      to: isoDateSchema.optional().describe('The last day shown, YYYY-MM-DD.'),
      context: z.boolean().default(true).describe('{false} hides the context events cited from outside documents.'),
      explainer: explainerProp,
    })
    .refine((p) => !(p.from && p.to && p.from > p.to), { path: ['from'], message: 'must not be after "to"' })
    .meta({
      description: 'The events of content/events/<slug>.yaml in time order, each with its source.',
      example: '<Timeline />',
    });

export type Props = z.input<ReturnType<typeof timelineSchema>>;
