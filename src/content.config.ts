import { defineCollection } from 'astro:content';
import { contentLoaders } from './content/loaders.ts';
import { contentDirFromEnv } from './content/folder-fs.ts';

// Which content folder to build: `content/` (the site), or a fixture site's folder in tests
// (CONTENT_DIR=tests/fixtures/site/content), or a generated one (an absolute path, for benchmarks).
const loaders = contentLoaders(contentDirFromEnv());

// Loaders only: every collection comes from one read of the folder (src/content/read.ts): rules in
// src/schemas/, cross-references in src/content/crosscheck.ts.
export const collections = {
  explainers: defineCollection({ loader: loaders.explainers }),
  sources: defineCollection({ loader: loaders.sources }),
  events: defineCollection({ loader: loaders.events }),
  figures: defineCollection({ loader: loaders.figures }),
  actors: defineCollection({ loader: loaders.actors }),
  glossary: defineCollection({ loader: loaders.glossary }),
};
