import { getCollection, type CollectionEntry } from 'astro:content';
import { writtenInterval } from '../lib/dates.ts';
import { storyOrder } from '../lib/timeline/order.ts';

export type ExplainerEntry = CollectionEntry<'explainers'>;
export type EventData = CollectionEntry<'events'>['data'];
export type IncidentData = CollectionEntry<'figures'>['data'];
export type ActorData = CollectionEntry<'actors'>['data'];
export type TermData = CollectionEntry<'glossary'>['data'];
export type PlaceData = CollectionEntry<'places'>['data'];
export type SourceData = CollectionEntry<'sources'>['data'] & { id: string };

export interface SiteContent {
  explainers: ExplainerEntry[];
  sources: Map<string, SourceData>;
  events: EventData[];
  incidents: IncidentData[];
  actors: Map<string, ActorData>;
  glossary: Map<string, TermData>;
  places: Map<string, PlaceData>;
}

let cached: Promise<SiteContent> | undefined;

/** True when drafts are shown: in `astro dev`, never in the built site. */
export const SHOW_DRAFTS = import.meta.env.DEV;

async function load(): Promise<SiteContent> {
  // The loaders (src/content/loaders.ts) have validated and cross-checked the whole folder.
  const [explainers, sources, events, figures, actors, glossary, places] = await Promise.all([
    getCollection('explainers'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('figures'),
    getCollection('actors'),
    getCollection('glossary'),
    getCollection('places'),
  ]);
  return {
    explainers: explainers
      .filter((e) => SHOW_DRAFTS || !e.data.draft)
      .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id)),
    sources: new Map(sources.map((s) => [s.id, { ...s.data, id: s.id }])),
    events: events.map((e) => e.data),
    incidents: figures.map((f) => f.data),
    actors: new Map(actors.map((a) => [a.data.id, a.data])),
    glossary: new Map(glossary.map((g) => [g.data.id, g.data])),
    places: new Map(places.map((p) => [p.data.id, p.data])),
  };
}

/** All content, read once per build (once per request in dev). */
export function getSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Events of one explainer in time order (stable for same-day events: file order). */
export async function getExplainerData(slug: string) {
  const site = await getSiteContent();
  // By start; events whose intervals nest (a day-only event and a timed one that day) keep the editor's order.
  const events = storyOrder(site.events.filter((e) => e.explainer === slug), writtenInterval, (e) => e.loc.line);
  const incidents = site.incidents.filter((i) => i.explainer === slug).sort((a, b) => a.loc.line - b.loc.line);
  return { site, events, incidents };
}
