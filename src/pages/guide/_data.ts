import { parse as parseYaml } from 'yaml';
import { validateYamlList } from '../../lib/content/validate-list';
import { parseSourceText } from '../../lib/content/source-text';
import { crossCheck, type CrossCheckInput } from '../../lib/content/crosscheck';
import { checkQuotes } from '../../components/mdx/quotes';
import { ContentError, type ContentProblem } from '../../lib/content/problems';
import { splitFrontmatter } from '../../lib/content/load-dir';
import { eventSchema } from '../../schemas/event';
import { incidentSchema } from '../../schemas/figure';
import { actorSchema } from '../../schemas/actor';
import { glossaryTermSchema } from '../../schemas/glossary';
import { sourceMetaSchema } from '../../schemas/source';
import { explainerSchema } from '../../schemas/explainer';
import type { ExplainerData } from '../../components/mdx/context';
import type { ExplainerEntry, SiteContent } from '../../lib/content/site';

export const GUIDE_SLUG = 'guide-example';
const DIR = 'src/pages/guide/_content';

/** The guide's example data files, as written (shown on the page) — the same text that is validated. */
export const dataFiles = import.meta.glob<string>('./_content/**/*.{yaml,txt,mdx}', { query: '?raw', import: 'default', eager: true });
const file = (p: string) => {
  const text = dataFiles[`./_content/${p}`];
  if (text === undefined) throw new Error(`guide example data: ${DIR}/${p} is missing`);
  return text;
};

/**
 * The guide's example explainer, validated with the same schemas and cross-checks as real content,
 * so the formats the guide documents are proven to build. Independent of CONTENT_DIR.
 */
export function guideData(examplesBody: string): ExplainerData & { file: string; body: string } {
  const problems: ContentProblem[] = [];
  const fm = explainerSchema.parse(splitFrontmatter(file(`explainers/${GUIDE_SLUG}.mdx`)).data);
  const sourceId = 'guide-example-report';
  const meta = sourceMetaSchema.parse(parseYaml(file(`sources/${sourceId}.yaml`)));
  const paragraphs = parseSourceText(file(`sources/${sourceId}.txt`));
  const list = <T,>(name: string, kind: string, schema: Parameters<typeof validateYamlList>[3], explainer?: string) => {
    const r = validateYamlList(file(name), `${DIR}/${name}`, kind, schema);
    problems.push(...r.problems);
    return r.entries.map((e) => ({ ...(e.data as object), ...(explainer ? { explainer } : {}), loc: e.loc }) as T);
  };
  const input: CrossCheckInput = {
    sources: [{ id: sourceId, paragraphs, file: `${DIR}/sources/${sourceId}.yaml` }],
    explainers: [{ id: GUIDE_SLUG, file: `${DIR}/explainers/${GUIDE_SLUG}.mdx`, sources: fm.sources, roles: fm.roles, termNotes: fm.termNotes, updates: fm.updates }],
    events: list(`events/${GUIDE_SLUG}.yaml`, 'event', eventSchema, GUIDE_SLUG),
    incidents: list(`figures/${GUIDE_SLUG}.yaml`, 'incident', incidentSchema, GUIDE_SLUG),
    actors: list('actors.yaml', 'actor', actorSchema),
    glossary: list('glossary.yaml', 'term', glossaryTermSchema),
  };
  problems.push(...crossCheck(input), ...checkQuotes([{ id: GUIDE_SLUG, file: 'src/pages/guide/_examples/', body: examplesBody, bodyLine: 1 }], input));
  if (problems.length) throw new ContentError(problems);

  const entry = { id: GUIDE_SLUG, data: fm, body: examplesBody, filePath: `${DIR}/explainers/${GUIDE_SLUG}.mdx`, collection: 'explainers' } as unknown as ExplainerEntry;
  const events = [...input.events].sort((a, b) => a.date.localeCompare(b.date));
  const site: SiteContent = {
    explainers: [entry],
    sources: new Map([[sourceId, { ...meta, paragraphs, id: sourceId }]]),
    events: events as SiteContent['events'],
    incidents: input.incidents as SiteContent['incidents'],
    actors: new Map(input.actors.map((a) => [a.id, a as SiteContent['actors'] extends Map<string, infer V> ? V : never])),
    glossary: new Map(input.glossary.map((g) => [g.id, g as SiteContent['glossary'] extends Map<string, infer V> ? V : never])),
  };
  return { site, events: site.events, incidents: site.incidents, file: 'src/pages/guide/_examples/', body: examplesBody };
}
