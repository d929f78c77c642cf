import { readContent, type ContentFolder } from '../../content/read.ts';
import { ContentError } from '../../content/problems.ts';
import { compareWritten } from '../../lib/dates.ts';
import type { ExplainerData } from '../../components/mdx/context.ts';
import type { ExplainerEntry, SiteContent } from '../../content/site.ts';
import type { Usage } from '../../content/mdx/scan.ts';

export const GUIDE_SLUG = 'guide-example';
/** The guide's example content: a second content folder, read by the same reader as content/ (and linted by `npm run check`). */
const DIR = 'src/pages/guide/_content';

/** The guide's example data files, as written (shown on the page) — the same text that is validated. */
export const dataFiles = import.meta.glob<string>('./_content/**/*.{yaml,txt,mdx}', { query: '?raw', import: 'default', eager: true });

/** The example folder as the reader takes it. */
export function guideFolder(): ContentFolder {
  return { dir: DIR, files: new Map(Object.entries(dataFiles).map(([path, text]) => [path.replace(/^\.\/_content\//, ''), text])) };
}

/**
 * The guide's example explainer, read and cross-checked like real content, so the formats the
 * guide documents are proven to build. Independent of CONTENT_DIR.
 */
export function guideData(usages: Usage[]): ExplainerData & { file: string; usages: Usage[] } {
  const { entries, problems } = readContent(guideFolder());
  if (problems.length) throw new ContentError(problems);
  const fm = entries.explainers.find((e) => e.id === GUIDE_SLUG)!;
  const entry = { id: GUIDE_SLUG, data: fm.data, filePath: fm.file, collection: 'explainers' } as unknown as ExplainerEntry;
  const site: SiteContent = {
    explainers: [entry],
    translations: [],
    sources: new Map(entries.sources.map((s) => [s.id, { ...s.data, id: s.id }])),
    events: entries.events.filter((e) => e.explainer === GUIDE_SLUG).sort((a, b) => compareWritten(a, b) || a.loc.line - b.loc.line) as SiteContent['events'],
    incidents: entries.incidents.filter((i) => i.explainer === GUIDE_SLUG) as SiteContent['incidents'],
    actors: new Map(entries.actors.map((a) => [a.id, a as SiteContent['actors'] extends Map<string, infer V> ? V : never])),
    glossary: new Map(entries.glossary.map((g) => [g.id, g as SiteContent['glossary'] extends Map<string, infer V> ? V : never])),
    places: new Map(entries.places.map((p) => [p.id, p as SiteContent['places'] extends Map<string, infer V> ? V : never])),
  };
  return { site, events: site.events, incidents: site.incidents, file: 'src/pages/guide/_examples/', usages };
}
