import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { explainerSchema } from './schemas/explainer';
import { eventSchema } from './schemas/event';
import { incidentSchema } from './schemas/figure';
import { actorSchema } from './schemas/actor';
import { glossaryTermSchema } from './schemas/glossary';
import { sourceLoader, yamlListLoader } from './lib/content/loaders';

// Loaders only: every rule lives in src/schemas/, cross-references in src/lib/content/crosscheck.ts.
export const collections = {
  explainers: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/explainers' }),
    schema: explainerSchema,
  }),
  sources: defineCollection({ loader: sourceLoader('content/sources') }),
  events: defineCollection({ loader: yamlListLoader({ path: 'content/events', kind: 'event', schema: eventSchema }) }),
  figures: defineCollection({ loader: yamlListLoader({ path: 'content/figures', kind: 'incident', schema: incidentSchema }) }),
  actors: defineCollection({ loader: yamlListLoader({ path: 'content/actors.yaml', kind: 'actor', schema: actorSchema }) }),
  glossary: defineCollection({ loader: yamlListLoader({ path: 'content/glossary.yaml', kind: 'term', schema: glossaryTermSchema }) }),
};
