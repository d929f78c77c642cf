/** <ek-timeline>: the timeline's island; its behaviour (timeline-enhance.ts) loads lazily. */
import { defineIsland } from '../island.ts';

defineIsland({
  tag: 'ek-timeline',
  source: 'timeline',
  load: () => import('./timeline-enhance.ts'),
  deepLink: { prefix: 'event-', attr: 'data-event' },
});
