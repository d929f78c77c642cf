import { getCollection, type CollectionEntry } from 'astro:content';
import { writtenInterval } from '../lib/dates.ts';
import { storyOrder } from '../lib/timeline/order.ts';
import { localize } from '../lib/editions.ts';
import { byExplainer } from '../lib/group-by.ts';
export { findExplainer, editionsOf } from '../lib/editions.ts';

export type ExplainerEntry = CollectionEntry<'explainers'>;
export type EventData = CollectionEntry<'events'>['data'];
export type IncidentData = CollectionEntry<'figures'>['data'];
export type ActorData = CollectionEntry<'actors'>['data'];
export type TermData = CollectionEntry<'glossary'>['data'];
export type PlaceData = CollectionEntry<'places'>['data'];
export type SourceData = CollectionEntry<'sources'>['data'] & { id: string };

export interface SiteContent {
  /** The original explainers (at /<slug>/), newest first. */
  explainers: ExplainerEntry[];
  /** Their translations (at /<lang>/<slug>/, id `<lang>/<slug>`), newest first. */
  translations: ExplainerEntry[];
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
  const shown = explainers
    .filter((e) => SHOW_DRAFTS || !e.data.draft)
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  return {
    explainers: shown.filter((e) => !e.data.translation),
    translations: shown.filter((e) => e.data.translation),
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

/** The source articles an explainer lists, in its order. */
export function sourcesOf(site: Pick<SiteContent, 'sources'>, entry: ExplainerEntry): SourceData[] {
  return (entry.data.sources ?? []).map((id) => site.sources.get(id)).filter((s): s is SourceData => !!s);
}

const localized = new Map<string, SiteContent>();
/**
 * The site's shared entries (actors, glossary, places) in one language: names and terms as its pages
 * show them. Only the entries with words in that language: the reader requires them for every entry a
 * translated explainer uses (with file and line), and an entry no translation uses (a person added
 * for another story) needs none.
 */
function siteIn(site: SiteContent, lang: string | undefined): SiteContent {
  if (!lang) return site;
  let s = localized.get(lang);
  if (!s || import.meta.env.DEV) {
    const map = <T extends { id: string; i18n?: Record<string, object> }>(m: Map<string, T>, what: string) =>
      new Map([...m].filter(([, e]) => e.i18n?.[lang]).map(([id, e]) => [id, localize(e, lang, what)]));
    // A country keeps its original name as its Natural Earth name: the map finds its shape by it.
    const places = new Map([...map(site.places, 'place')].map(([id, p]) => [id, p.kind === 'country' ? { ...p, naturalEarth: site.places.get(id)!.naturalEarth ?? site.places.get(id)!.name } : p]));
    s = { ...site, actors: map(site.actors, 'actor'), glossary: map(site.glossary, 'glossary term'), places };
    localized.set(lang, s);
  }
  return s;
}

/**
 * The data of one explainer page in time order (stable for same-day events: file order). For a
 * translation, the original's events and figures with their translated words, and the shared entries in its language.
 */
export async function getExplainerData(slug: string) {
  const all = await getSiteContent();
  // Asked by every component of a page (about twenty): sorted and translated once per explainer and read.
  let made = explainerData.get(all);
  if (!made) explainerData.set(all, (made = new Map()));
  let data = made.get(slug);
  if (!data) made.set(slug, (data = explainerDataIn(all, slug)));
  return data;
}

const explainerData = new WeakMap<SiteContent, Map<string, ReturnType<typeof explainerDataIn>>>();

function explainerDataIn(all: SiteContent, slug: string) {
  const { entries, events: eventsOf, incidents: incidentsOf } = indexOf(all);
  const translation = entries.get(slug)?.data.translation;
  const own = translation?.of ?? slug;
  const lang = translation ? entries.get(slug)!.data.lang : undefined;
  const site = siteIn(all, lang);
  // By start; events whose intervals nest (a day-only event and a timed one that day) keep the editor's order.
  const ordered = storyOrder(eventsOf.get(own) ?? [], writtenInterval, (e) => e.loc.line);
  const events = lang ? ordered.map((e) => localize(e, lang, 'event')) : ordered;
  const incidents = [...(incidentsOf.get(own) ?? [])].sort((a, b) => a.loc.line - b.loc.line).map((i) => (lang ? localize(i, lang, 'incident') : i));
  return { site, events, incidents };
}

const indexes = new WeakMap<SiteContent, ReturnType<typeof makeIndex>>();
/**
 * The site's explainers by id and its events and figures by explainer, made once per read: every page
 * and component asks for one explainer's, and filtering the whole site's each time grows with the
 * square of the site (a site of 3,000 explainers has 45,000 events).
 */
function indexOf(site: SiteContent) {
  let index = indexes.get(site);
  if (!index) indexes.set(site, (index = makeIndex(site)));
  return index;
}

function makeIndex(site: SiteContent) {
  const entries = new Map<string, ExplainerEntry>();
  // findExplainer's order: an original before a translation of the same id.
  for (const e of [...site.explainers, ...site.translations].reverse()) entries.set(e.id, e);
  return { entries, events: byExplainer(site.events), incidents: byExplainer(site.incidents) };
}
