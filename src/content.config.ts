import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { explainerSchema } from './schemas/explainer';
import { eventSchema } from './schemas/event';
import { incidentSchema } from './schemas/figure';
import { actorSchema } from './schemas/actor';
import { glossaryTermSchema } from './schemas/glossary';
import { sourceLoader, yamlListLoader } from './lib/content/loaders';

// Which content folder to build: `content/` (the site), or a fixture site's folder in tests
// (CONTENT_DIR=tests/fixtures/site/content), or a generated one (an absolute path, for benchmarks).
const dir = (process.env.CONTENT_DIR ?? 'content').replace(/\\/g, '/').replace(/\/+$/, '');

// Loaders only: every rule lives in src/schemas/, cross-references in src/lib/content/crosscheck.ts.
export const collections = {
  explainers: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: dir.startsWith('/') ? `${dir}/explainers` : `./${dir}/explainers` }),
    schema: explainerSchema,
  }),
  sources: defineCollection({ loader: sourceLoader(`${dir}/sources`) }),
  events: defineCollection({ loader: yamlListLoader({ path: `${dir}/events`, kind: 'event', schema: eventSchema, perExplainer: true }) }),
  figures: defineCollection({ loader: yamlListLoader({ path: `${dir}/figures`, kind: 'incident', schema: incidentSchema, perExplainer: true }) }),
  actors: defineCollection({ loader: yamlListLoader({ path: `${dir}/actors`, kind: 'actor', schema: actorSchema }) }),
  glossary: defineCollection({ loader: yamlListLoader({ path: `${dir}/glossary`, kind: 'term', schema: glossaryTermSchema }) }),
};
