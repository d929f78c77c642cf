import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { crossCheck } from './crosscheck';
import { checkQuotes } from '../../components/mdx/quotes';
import { ContentError } from './problems';

export type ExplainerEntry = CollectionEntry<'explainers'>;
export type EventData = CollectionEntry<'events'>['data'];
export type IncidentData = CollectionEntry<'figures'>['data'];
export type ActorData = CollectionEntry<'actors'>['data'];
export type TermData = CollectionEntry<'glossary'>['data'];
export type SourceData = CollectionEntry<'sources'>['data'] & { id: string };

export interface SiteContent {
  explainers: ExplainerEntry[];
  sources: Map<string, SourceData>;
  events: EventData[];
  incidents: IncidentData[];
  actors: Map<string, ActorData>;
  glossary: Map<string, TermData>;
}

let cached: Promise<SiteContent> | undefined;

/** True when drafts are shown: in `astro dev`, never in the built site. */
export const SHOW_DRAFTS = import.meta.env.DEV;

async function load(): Promise<SiteContent> {
  const [explainers, sources, events, figures, actors, glossary] = await Promise.all([
    getCollection('explainers'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('figures'),
    getCollection('actors'),
    getCollection('glossary'),
  ]);
  const input = {
    sources: sources.map((s) => ({ id: s.id, paragraphs: s.data.paragraphs, file: s.filePath ?? `content/sources/${s.id}.yaml` })),
    explainers: explainers.map((e) => ({ id: e.id, file: e.filePath ?? `content/explainers/${e.id}.mdx`, sources: e.data.sources, roles: e.data.roles, termNotes: e.data.termNotes, updates: e.data.updates })),
    events: events.map((e) => e.data),
    incidents: figures.map((f) => f.data),
    actors: actors.map((a) => a.data),
    glossary: glossary.map((g) => g.data),
  };
  // The quote check reads the MDX prose with the file's own line numbers: find where the body starts.
  const mdx = explainers.map((e) => {
    const file = e.filePath ?? `content/explainers/${e.id}.mdx`;
    const text = existsSync(file) ? readFileSync(file, 'utf-8') : '';
    const body = e.body ?? '';
    const at = body ? text.indexOf(body) : -1;
    return { id: e.id, file, body, bodyLine: at >= 0 ? text.slice(0, at).split('\n').length : 1 };
  });
  const problems = [...crossCheck(input), ...checkQuotes(mdx, input)];
  if (problems.length) throw new ContentError(problems);
  return {
    explainers: explainers
      .filter((e) => SHOW_DRAFTS || !e.data.draft)
      .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id)),
    sources: new Map(sources.map((s) => [s.id, { ...s.data, id: s.id }])),
    events: events.map((e) => e.data),
    incidents: figures.map((f) => f.data),
    actors: new Map(actors.map((a) => [a.data.id, a.data])),
    glossary: new Map(glossary.map((g) => [g.data.id, g.data])),
  };
}

/** All content, validated and cross-checked once per build. Invalid content throws ContentError. */
export function getSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Events of one explainer in time order (stable for same-day events: file order). */
export async function getExplainerData(slug: string) {
  const site = await getSiteContent();
  // Same-day events keep the order the editor wrote them in (line in the file).
  const events = site.events
    .filter((e) => e.explainer === slug)
    .sort((a, b) => a.date.localeCompare(b.date) || a.loc.line - b.loc.line);
  const incidents = site.incidents.filter((i) => i.explainer === slug).sort((a, b) => a.loc.line - b.loc.line);
  return { site, events, incidents };
}
