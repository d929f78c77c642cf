// Places for the map's unit tests: the seed story's (as content/places.yaml gives them) and a story
// whose places are continents apart. Natural Earth data as the component loads it.
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import land110 from 'world-atlas/land-110m.json' with { type: 'json' };
import type { Atlas } from '../../src/lib/map/basemap.ts';
import type { MapPlace } from '../../src/lib/map/types.ts';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { ROOT } from './content-fixture.ts';

export const ATLASES = {
  '50m': { countries: countries50, land: land50 } as unknown as Atlas,
  '110m': { countries: countries110, land: land110 } as unknown as Atlas,
};

const city = (id: string, name: string, lat: number, lon: number): MapPlace => ({ id, name, kind: 'city', lat, lon });
const country = (id: string, name: string, lat: number, lon: number): MapPlace => ({ id, name, kind: 'country', lat, lon });

/** The seed's places as content/places.yaml gives them, read by the one content reader. */
export const SEED_PLACES: MapPlace[] = (readContentDir(ROOT).input.places ?? []).map((p) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  lat: p.coordinates.lat,
  lon: p.coordinates.lon,
  label: p.label,
}));

/** A story told on three continents: the frame spans most of the globe. */
export const FAR_PLACES: MapPlace[] = [
  city('santiago', 'Santiago', -33.45, -70.67),
  city('reykjavik', 'Reykjavík', 64.15, -21.94),
  city('tokyo', 'Tokyo', 35.68, 139.69),
  city('nairobi', 'Nairobi', -1.29, 36.82),
  country('new-zealand', 'New Zealand', -41.5, 172.5),
];
