/** <ek-locator-map>: the locator map's island; its behaviour (map-enhance.ts) loads lazily. */
import { defineIsland } from '../island';

defineIsland({
  tag: 'ek-locator-map',
  source: 'map',
  load: () => import('./map-enhance'),
  deepLink: { prefix: 'place-', attr: 'data-place' },
});
