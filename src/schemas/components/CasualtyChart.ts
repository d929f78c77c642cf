import { z } from 'astro/zod';
import { t } from '../../lib/i18n.ts';
import { explainerProp, idOf, type PropContext } from './props.ts';

/** Props of `<CasualtyChart>`: the explainer's tolls with their revisions. */
export const casualtyChartSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      title: z.string().trim().min(1, { message: 'must not be empty' }).default(t('casualties.title', {}, ctx.lang)).describe('The heading above the chart.'),
      incidents: z.array(idOf(ctx.incidents, 'incident id')).min(1).optional().describe("Only these incident ids (default: all of the explainer's)."),
      explainer: explainerProp,
    })
    .meta({
      description: 'The tolls of content/figures/<slug>.yaml: each first report and its revisions, with the qualifier ("at least") and the source.',
      example: '<CasualtyChart />',
    });

export type Props = z.input<ReturnType<typeof casualtyChartSchema>>;
