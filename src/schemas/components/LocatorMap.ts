import { z } from 'astro/zod';
import { t } from '../../lib/i18n.ts';
import { explainerProp, idOf, type PropContext } from './props.ts';

/** Props of `<LocatorMap>`: where the story happens, drawn from content/places.yaml. */
export const locatorMapSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      title: z.string().trim().min(1, { message: 'must not be empty' }).default(t('map.title', {}, ctx.lang)).describe('The heading above the map.'),
      places: z
        .array(idOf(ctx.places, 'place id (content/places.yaml)'))
        .min(1)
        .optional()
        .describe("Places to show besides those of the explainer's events and figures, e.g. the countries the report names."),
      explainer: explainerProp,
    })
    .meta({
      description: 'A locator map of the places of the explainer\'s events and figures (their "places:" field), with the list of what happened at each.',
      example: "<LocatorMap places={['aleppo', 'syria']} />",
    });

export type Props = z.input<ReturnType<typeof locatorMapSchema>>;
