/** <ek-timeline>: the timeline's island; its behaviour (timeline-enhance.ts) loads lazily. */
import { defineIsland } from '../island';

defineIsland({
  tag: 'ek-timeline',
  source: 'timeline',
  load: () => import('./timeline-enhance'),
  deepLink: { prefix: 'event-', attr: 'data-event' },
});
