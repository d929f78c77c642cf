/** <ek-locator-map>: the locator map's island; its behaviour (map-enhance.ts) loads lazily. */
import { defineIsland } from '../island.ts';

defineIsland({
  tag: 'ek-locator-map',
  source: 'map',
  load: () => import('./map-enhance.ts'),
  deepLink: { prefix: 'place-', attr: 'data-place' },
});
