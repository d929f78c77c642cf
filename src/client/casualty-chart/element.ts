/** <ek-casualty-chart>: the casualty chart's island; its behaviour (casualty-chart-enhance.ts) loads lazily. */
import { defineIsland } from '../island.ts';

defineIsland({
  tag: 'ek-casualty-chart',
  source: 'casualties',
  load: () => import('./casualty-chart-enhance.ts'),
});
