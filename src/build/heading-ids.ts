import Slugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';
import { headingId } from '../lib/ids.ts';

/**
 * Sätteri hast plugin for Astro's MDX compile: gives each heading of an explainer its id before
 * Astro's own heading-ids plugin runs (which keeps an id already set and lists it for the page's
 * "On this page"). The slug is Astro's (github-slugger, Astro's own dependency), moved out of the
 * kit's id namespace when it falls in it (src/lib/ids.ts): `## Sources` gets `#section-sources`.
 */
export function kitHeadingIds(): () => HastPluginDefinition {
  return () => {
    const slugger = new Slugger();
    const used = new Set<string>();
    return {
      name: 'explainer-kit:heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (typeof node.properties?.id === 'string') return;
          ctx.setProperty(node, 'id', headingId(slugger.slug(ctx.textContent(node)), used));
        },
      },
    };
  };
}
