import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { LABEL_SIDES } from '../lib/map/types.ts';

export const PLACE_KINDS = ['city', 'country', 'region'] as const;

const degrees = (what: string, max: number) =>
  z
    .number({ error: `must be a number of degrees (decimal, e.g. 33.51), ${what}` })
    .min(-max, { message: `must be between -${max} and ${max} (${what})` })
    .max(max, { message: `must be between -${max} and ${max} (${what})` });

/**
 * One place a story happens in or names (`content/places.yaml`), shared by every explainer like
 * actors. Events and casualty figures refer to places by id (`places: [damascus]`), and
 * `<LocatorMap />` draws them. Coordinates are entered by the editor, not looked up: copy them from
 * any map site (right-click → "What's here?" gives "33.5131, 36.2913": latitude first).
 */
export const placeSchema = z.strictObject({
  /** Stable id used by events and figures (`places: [damascus]`), e.g. "damascus". */
  id: idSchema,
  /** Name as the map and the list show it, e.g. "Damascus". */
  name: z.string().trim().min(1).max(40, { message: 'must be at most 40 characters: a map label is a name, not a description' }),
  /** city (a dot with its name), country or region (a name set over the area, no dot). */
  kind: z.enum(PLACE_KINDS, { error: `must be one of: ${PLACE_KINDS.join(', ')}` }),
  /**
   * Decimal degrees, WGS 84, e.g. { lat: 33.51, lon: 36.29 }: latitude north positive, longitude
   * east positive (west and south are negative). For a country or region: where its name goes.
   */
  coordinates: z.strictObject({
    lat: degrees('latitude: north positive, south negative', 90),
    lon: degrees('longitude: east positive, west negative', 180),
  }),
  /** Side of the dot for the name when there is room: e, w, n, s, ne, nw, se or sw (optional). */
  label: z.enum(LABEL_SIDES, { error: `must be one of: ${LABEL_SIDES.join(', ')}` }).optional(),
  /** For a country: its name in Natural Earth's data when it differs from `name`, e.g. "United States of America". */
  naturalEarth: z.string().trim().min(1).optional(),
});

export type Place = z.output<typeof placeSchema>;
