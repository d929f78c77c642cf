// Natural Earth data (public domain) as world-atlas packages it, read at build time only: the
// page gets the cropped paths, never these files.
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import land110 from 'world-atlas/land-110m.json' with { type: 'json' };
import type { Atlas } from '../../../lib/map/index.ts';

export const ATLASES = {
  '50m': { countries: countries50, land: land50 } as unknown as Atlas,
  '110m': { countries: countries110, land: land110 } as unknown as Atlas,
};
