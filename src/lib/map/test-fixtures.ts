// Places for the map's unit tests: the seed story's (as content/places.yaml gives them) and a story
// whose places are continents apart. Natural Earth data as the component loads it.
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import land110 from 'world-atlas/land-110m.json' with { type: 'json' };
import type { Atlas } from './basemap';
import type { MapPlace } from './types';

export const ATLASES = {
  '50m': { countries: countries50, land: land50 } as unknown as Atlas,
  '110m': { countries: countries110, land: land110 } as unknown as Atlas,
};

const city = (id: string, name: string, lat: number, lon: number): MapPlace => ({ id, name, kind: 'city', lat, lon });
const country = (id: string, name: string, lat: number, lon: number): MapPlace => ({ id, name, kind: 'country', lat, lon });

export const SEED_PLACES: MapPlace[] = [
  city('amman', 'Amman', 31.95, 35.91),
  city('damascus', 'Damascus', 33.51, 36.28),
  city('homs', 'Homs', 34.73, 36.71),
  city('aleppo', 'Aleppo', 36.2, 37.13),
  city('geneva', 'Geneva', 46.2, 6.14),
  city('munich', 'Munich', 48.14, 11.58),
  country('syria', 'Syria', 35.3, 39.3),
  country('turkey', 'Turkey', 39.0, 34.0),
  country('saudi-arabia', 'Saudi Arabia', 24.5, 44.5),
  country('iran', 'Iran', 32.5, 54.0),
  country('russia', 'Russia', 52.0, 42.0),
];

/** A story told on three continents: the frame spans most of the globe. */
export const FAR_PLACES: MapPlace[] = [
  city('santiago', 'Santiago', -33.45, -70.67),
  city('reykjavik', 'Reykjavík', 64.15, -21.94),
  city('tokyo', 'Tokyo', 35.68, 139.69),
  city('nairobi', 'Nairobi', -1.29, 36.82),
  country('new-zealand', 'New Zealand', -41.5, 172.5),
];
