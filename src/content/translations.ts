import type { z } from 'astro/zod';
import type { ContentFolder, ExplainerFile } from './read.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { Located } from './crosscheck.ts';
import type { ContentProblem } from './problems.ts';
import { parseYaml, lineOf, type ItemLocation } from './yaml.ts';
import { validate } from './messages.ts';
import { scanMdx, propValues } from './mdx/scan.ts';
import { LANGUAGES, languageName } from '../lib/i18n.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Incident } from '../schemas/figure.ts';
import type { Actor } from '../schemas/actor.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Place } from '../schemas/place.ts';
import {
  explainerTranslationSchema,
  eventTranslationSchema,
  incidentTranslationSchema,
  actorTranslationSchema,
  termTranslationSchema,
  placeTranslationSchema,
  type EventTranslation,
  type IncidentTranslation,
  type ActorTranslation,
  type TermTranslation,
  type PlaceTranslation,
} from '../schemas/translation.ts';

/** The translated words of an entry, by language: what a page in that language shows instead of the original's. */
export type Translations<W> = { i18n?: Record<string, W> };
export type EventWords = Omit<EventTranslation, 'id'>;
export type IncidentWords = Omit<IncidentTranslation, 'id'>;
export type ActorWords = Omit<ActorTranslation, 'id'>;
export type TermWords = Omit<TermTranslation, 'id'>;
export type PlaceWords = Omit<PlaceTranslation, 'id'>;

export interface Originals {
  explainers: ExplainerFile[];
  events: Located<TimelineEvent>[];
  incidents: Located<Incident>[];
  actors: Located<Actor>[];
  glossary: Located<GlossaryTerm>[];
  places: Located<Place>[];
  /** Ids of originals with their own problem: a translation of one is not checked against it. */
  invalid: { explainers: string[]; actors: string[]; glossary: string[]; places: string[]; events: string[]; incidents: string[] };
  /** Files of the originals with a problem of their own (a syntax error): their translations are not checked against them. */
  broken: ReadonlySet<string>;
}

export interface TranslatedContent {
  /** The translated explainers, front matter merged with the original's (its sources, citations, dates): id `<lang>/<slug>`. */
  explainers: ExplainerFile[];
  /** The lists with each entry's translated words attached under `i18n[lang]`. */
  events: (Located<TimelineEvent> & Translations<EventWords>)[];
  incidents: (Located<Incident> & Translations<IncidentWords>)[];
  actors: (Located<Actor> & Translations<ActorWords>)[];
  glossary: (Located<GlossaryTerm> & Translations<TermWords>)[];
  places: (Located<Place> & Translations<PlaceWords>)[];
  problems: ContentProblem[];
  /** Every translated explainer's MDX, for the MDX lint. */
  mdx: { id: string; file: string; text: string }[];
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '');
const YAML = /\.ya?ml$/;

/** Language folders of a content folder: top-level folders named after a language the kit has UI strings for. */
export function languageFolders(folder: ContentFolder): string[] {
  const tops = new Set([...folder.files.keys()].filter((p) => p.includes('/')).map((p) => p.split('/')[0]));
  return LANGUAGES.filter((l) => tops.has(l));
}

/** The version days of an original: its publication, each update, its last update. */
function versionsOf(e: ExplainerFile): string[] {
  return [...new Set([e.data.published, ...e.data.updates.map((u) => u.at.slice(0, 10)), ...(e.data.updated ? [e.data.updated] : [])])].sort();
}

interface Coverage<T extends { id: string }> {
  kind: string;
  /** "an event", "a role". */
  what: string;
  /** The translation file named in messages. */
  file: string;
  /** Where a missing entry is reported when the file has no entries at all. */
  fallback: { file: string; line: number };
  original: { id: string; at: string }[];
  translated: (T & { loc: ItemLocation })[];
  /** Ids translated with a problem of their own (reported as such, not as missing). */
  broken?: string[];
  /** What to add for a missing entry, e.g. "title and description". */
  add: string;
  lang: string;
}

/** One problem per original entry with no translation, and per translation of no original entry. */
function coverage<T extends { id: string }>(c: Coverage<T>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const have = new Set([...c.translated.map((x) => x.id), ...(c.broken ?? [])]);
  const want = new Set(c.original.map((x) => x.id));
  const language = languageName(c.lang);
  for (const o of c.original) {
    if (have.has(o.id)) continue;
    const at = c.translated.length ? { file: c.file, line: 1 } : c.fallback;
    problems.push({ ...at, kind: c.kind, entry: o.id, field: '(entry)', message: `has no ${language} translation: add "- id: ${o.id}" with its ${c.add} in ${language} (the original is ${o.at}); a page in ${language} never shows the original's words` });
  }
  for (const x of c.translated) {
    if (want.has(x.id)) continue;
    const near = c.original.map((o) => o.id).filter((id) => id.startsWith(x.id.slice(0, 4)));
    problems.push({ file: x.loc.file, line: x.loc.line, kind: c.kind, entry: x.id, field: 'id', message: `is not ${c.what} of the original: remove it or fix the id${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}` });
  }
  return problems;
}

/** A list file of a translation: its entries validated, with their locations; duplicates reported. */
function readTranslationList<S extends z.ZodType>(folder: ContentFolder, path: string, schema: S, kind: string, what: string) {
  const file = `${folder.dir}/${path}`;
  const problems: ContentProblem[] = [];
  const entries: (z.output<S> & { id: string; loc: ItemLocation })[] = [];
  /** Ids of entries with a problem of their own: present, so not also reported as missing. */
  const broken: string[] = [];
  const text = folder.files.get(path);
  if (text === undefined) return { file, entries, broken, problems, present: false };
  const parsed = parseYaml(text, file, kind);
  problems.push(...parsed.problems);
  if (parsed.value == null) return { file, entries, broken, problems, present: true };
  if (!parsed.items) {
    problems.push({ file, line: 1, kind, entry: '(file)', field: '', message: 'the file must be a list of entries, each starting with "- id: …" (the id of the original entry)' });
    return { file, entries, broken, problems, present: true };
  }
  const seen = new Map<string, number>();
  parsed.items.forEach(({ value, loc }, i) => {
    const rawId = (value as { id?: unknown } | null)?.id;
    const entry = typeof rawId === 'string' ? rawId : `#${i + 1} in the list`;
    const r = validate(schema, value, { loc, kind, entry, what });
    if (!r.data) {
      if (typeof rawId === 'string') broken.push(rawId);
      // A field the original holds (a date, a citation, a lane…) is refused as such: words only here.
      const words = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
      return void problems.push(...r.problems.map((p) => (/^is not a field of/.test(p.message) ? { ...p, message: `is the original's, not translated: a translation gives words only (${words.join(', ')}); remove it` } : p)));
    }
    const data = r.data as z.output<S> & { id: string };
    if (seen.has(data.id)) return void problems.push({ file, line: loc.line, kind, entry: data.id, field: 'id', message: `duplicate id: already translated at line ${seen.get(data.id)}; keep one` });
    seen.set(data.id, loc.line);
    entries.push({ ...data, loc });
  });
  return { file, entries, broken, problems, present: true };
}

/** Files of a sub-folder directly in it, sorted (a translation's explainers or per-explainer lists). */
function direct(folder: ContentFolder, sub: string): string[] {
  return [...folder.files.keys()].filter((p) => p.startsWith(`${sub}/`) && !p.slice(sub.length + 1).includes('/') && !p.slice(sub.length + 1).startsWith('.')).sort();
}

/** Attaches `words` under `i18n[lang]`, keeping every other field (ids, dates, citations) the original's. */
function attach<T extends Translations<W>, W>(entry: T, lang: string, words: W): T {
  return { ...entry, i18n: { ...entry.i18n, [lang]: words } };
}

/**
 * Reads every translation of a content folder: `content/<lang>/explainers/<slug>.mdx` (front matter:
 * translated words, `translatedFrom`), `<lang>/events|figures/<slug>.yaml` and
 * `<lang>/actors|glossary|places.yaml` (id + words), and checks that each covers its original
 * entry for entry. Pure: the originals come from read.ts.
 */
export function readTranslations(folder: ContentFolder, originals: Originals): TranslatedContent {
  const out: TranslatedContent = { explainers: [], events: originals.events, incidents: originals.incidents, actors: originals.actors, glossary: originals.glossary, places: originals.places, problems: [], mdx: [] };
  for (const lang of languageFolders(folder)) readLanguage(folder, lang, originals, out);
  return out;
}

function readLanguage(folder: ContentFolder, lang: string, originals: Originals, out: TranslatedContent) {
  const problems = out.problems;
  const language = languageName(lang);
  const translated: { slug: string; original: ExplainerFile; file: string; usages: ReturnType<typeof usagesOf> }[] = [];
  /** Translations that exist but could not be read (their front matter, or their original, has a problem). */
  const broken = new Set<string>();
  for (const path of direct(folder, `${lang}/explainers`)) {
    const file = `${folder.dir}/${path}`;
    const slug = stem(path.split('/').pop()!);
    if (!path.endsWith('.mdx')) {
      problems.push({ file, kind: 'explainer', entry: slug, field: '(file)', message: `is not read: a translation is an .mdx file named after its original, e.g. ${lang}/explainers/${slug}.mdx` });
      continue;
    }
    const text = folder.files.get(path)!;
    const { yaml, body, bodyLine } = splitFrontmatter(text);
    if (yaml === undefined) {
      problems.push({ file, line: 1, kind: 'explainer', entry: slug, field: '(file)', message: 'has no front matter: start the file with a --- line, the fields (translatedFrom, title, dek, summary, published), and a --- line' });
      continue;
    }
    const parsed = parseYaml(yaml, file, 'explainer', 1);
    const fm = parsed.problems.length ? parsed : validate(explainerTranslationSchema, parsed.value ?? {}, { loc: parsed.loc, kind: 'explainer', entry: `${lang}/${slug}`, what: 'the front matter of a translation' });
    // A translation with a problem of its own, or of its original's, is not linted further: its
    // components would all name an explainer the lint does not know (one mistake, one message).
    broken.add(slug);
    if (!('data' in fm) || !fm.data) {
      problems.push(...fm.problems);
      continue;
    }
    const t = fm.data;
    const loc = parsed.loc;
    const at = (field: string, message: string) => problems.push({ file, line: lineOf(loc, field), kind: 'explainer', entry: `${lang}/${slug}`, field, message });
    if (t.lang && t.lang !== lang) at('lang', `is "${t.lang}" but the file is in content/${lang}/: move it to ${folder.dir}/${t.lang}/explainers/ or write lang: ${lang}`);
    if (t.translationOf && t.translationOf !== slug) at('translationOf', `is "${t.translationOf}" but the file is named ${slug}.mdx: a translation is named after its original, ${folder.dir}/${lang}/explainers/${t.translationOf}.mdx`);
    const original = originals.explainers.find((e) => e.id === slug);
    if (!original) {
      if (originals.invalid.explainers.includes(slug)) continue;
      const known = originals.explainers.map((e) => e.id);
      at('translationOf', `"${slug}" is not an explainer in ${folder.dir}/explainers/: a translation is named after its original (known: ${known.join(', ') || 'none'})`);
      continue;
    }
    if (original.data.lang === lang) {
      at('lang', `the original ${original.file} is already in ${language}: a translation is into another language`);
      continue;
    }
    const versions = versionsOf(original);
    const current = versions.at(-1)!;
    if (!versions.includes(t.translatedFrom)) {
      at('translatedFrom', `must be a version of the original: a day it was published or updated (${versions.join(', ')}); the current one is ${current}`);
    }
    const orig = original.data;
    const covers = (field: 'roles' | 'termNotes', word: string) => {
      const have = Object.keys(t[field]);
      for (const id of Object.keys(orig[field])) if (!have.includes(id)) at(field, `misses ${word} of "${id}" (${original.file}:${lineOf(original.loc, `${field}.${id}`)}): translate it here, under ${field}: ${id}:`);
      for (const id of have) if (!(id in orig[field])) at(`${field}.${id}`, `"${id}" has no ${word.replace(/^the /, '')} in the original: remove it`);
    };
    covers('roles', 'the role');
    covers('termNotes', 'the note');
    if (t.updates.length !== orig.updates.length) {
      at('updates', `translates ${t.updates.length} of the original's ${orig.updates.length} log entries: give each entry of its updates, in its order, as { what, was }`);
    }
    t.updates.forEach((u, i) => {
      const o = orig.updates[i];
      if (o && !!o.was !== !!u.was) at(`updates.${i}`, o.was ? 'misses "was": the original keeps the old wording of this correction; translate it' : 'has "was" but the original entry has none: remove it');
    });
    const lanes = [...new Set(originals.events.filter((e) => e.explainer === slug).map((e) => e.lane))];
    for (const l of lanes) if (!(l in t.lanes)) at('lanes', `misses the lane "${l}" of the timeline: add lanes: { ${l}: <its name in ${language}> }`);
    // An original's event with a problem of its own is left out of `lanes`: its lane is not reported as unknown.
    const eventsBroken = originals.invalid.events.some((k) => k.startsWith(`${slug}/`));
    for (const l of Object.keys(t.lanes)) if (!lanes.includes(l) && !eventsBroken) at(`lanes.${l}`, `"${l}" is not a lane of the original's events (${lanes.join(', ')}): remove it`);

    const data = {
      ...orig,
      title: t.title,
      dek: t.dek,
      summary: t.summary,
      published: t.published,
      updated: t.updated,
      author: t.author ?? orig.author,
      lang,
      draft: t.draft || orig.draft,
      roles: Object.fromEntries(Object.entries(orig.roles).map(([id, r]) => [id, { ...r, role: t.roles[id]?.role ?? r.role }])),
      termNotes: Object.fromEntries(Object.entries(orig.termNotes).map(([id, n]) => [id, { ...n, note: t.termNotes[id]?.note ?? n.note }])),
      updates: orig.updates.map((u, i) => ({ ...u, what: t.updates[i]?.what ?? u.what, was: t.updates[i]?.was ?? u.was })),
      translation: { of: slug, from: t.translatedFrom, originalVersion: current, translator: t.translator, lanes: t.lanes },
    };
    out.explainers.push({ id: `${lang}/${slug}`, file, data, text, body, bodyLine, loc });
    out.mdx.push({ id: `${lang}/${slug}`, file, text });
    broken.delete(slug);
    translated.push({ slug, original, file, usages: usagesOf(text) });
  }

  const bySlug = new Map(translated.map((x) => [x.slug, x]));
  // Per-explainer lists: the original's entries, each with its words.
  const perExplainer = <T extends { id: string; explainer?: string; loc: ItemLocation }, S extends z.ZodType>(sub: 'events' | 'figures', list: T[], schema: S, kind: string, what: string, add: string, check: (o: T, w: z.output<S> & { loc: ItemLocation }) => [field: string, message: string][]) => {
    const words = new Map<string, Map<string, z.output<S>>>();
    for (const path of direct(folder, `${lang}/${sub}`)) {
      const slug = stem(path.split('/').pop()!);
      const file = `${folder.dir}/${path}`;
      if (!YAML.test(path)) {
        problems.push({ file, kind, entry: slug, field: '(file)', message: `is not read: translated ${sub} are YAML files, e.g. ${slug}.yaml` });
        continue;
      }
      if (!bySlug.has(slug)) {
        if (broken.has(slug)) continue;
        problems.push({ file, line: 1, kind, entry: '(file)', field: '', message: `translates the ${sub} of "${slug}", which has no translation ${folder.dir}/${lang}/explainers/${slug}.mdx: add it, or rename this file after it` });
        continue;
      }
      const r = readTranslationList(folder, path, schema, kind, what);
      problems.push(...r.problems);
      const originalsHere = list.filter((e) => e.explainer === slug);
      // An original entry (or file) with its own problem is reported once, as itself: its translation is not also "unknown".
      const invalid = sub === 'events' ? originals.invalid.events : originals.invalid.incidents;
      const mine = r.entries.filter((w) => !invalid.includes(`${slug}/${w.id}`));
      if (originals.broken.has(`${folder.dir}/${sub}/${slug}.yaml`)) {
        words.set(slug, new Map(r.entries.map(({ loc: _loc, id, ...rest }) => [id, rest as z.output<S>])));
        continue;
      }
      problems.push(...coverage({ kind, what, file, fallback: { file, line: 1 }, original: originalsHere.map((o) => ({ id: o.id, at: `${o.loc.file}:${o.loc.line}` })), translated: mine, broken: r.broken, add, lang }));
      for (const w of r.entries) {
        const o = originalsHere.find((e) => e.id === w.id);
        if (!o) continue;
        for (const [field, message] of check(o, w)) problems.push({ file, line: lineOf(w.loc, field), kind, entry: w.id, field, message });
      }
      words.set(slug, new Map(r.entries.map(({ loc: _loc, id, ...rest }) => [id, rest as z.output<S>])));
    }
    // A translated explainer whose original has entries of this kind but no translated file at all.
    for (const x of translated) {
      const originalsHere = list.filter((e) => e.explainer === x.slug);
      if (!originalsHere.length || words.has(x.slug)) continue;
      const file = `${folder.dir}/${lang}/${sub}/${x.slug}.yaml`;
      problems.push({ file: x.file, line: 1, kind, entry: `${lang}/${x.slug}`, field: '(file)', message: `its ${sub} are not translated: add ${file} with the ${originalsHere.length} ${kind}s of ${originalsHere[0].loc.file} (each "- id: …" with its ${add})` });
    }
    return list.map((e) => {
      const w = e.explainer ? words.get(e.explainer)?.get(e.id) : undefined;
      return w ? attach<T & Translations<unknown>, unknown>(e, lang, w) : e;
    });
  };

  out.events = perExplainer('events', out.events, eventTranslationSchema, 'event', 'an event', 'title and description', (o, w) => [
    ...(o.quote && !w.quote ? [['quote', "misses the quote: translate its words, quote: { text: … } (the speaker and citation are the original's)"] as [string, string]] : []),
    ...(!o.quote && w.quote ? [['quote', "the original event has no quote: remove it"] as [string, string]] : []),
  ]) as TranslatedContent['events'];
  out.incidents = perExplainer('figures', out.incidents, incidentTranslationSchema, 'incident', 'an incident', 'label and place', (o, w) => [
    ...(o.by && !w.by ? [['by', `misses "by" (the original says "${o.by}"): translate it`] as [string, string]] : []),
    ...(!o.by && w.by ? [['by', 'the original has no "by": remove it'] as [string, string]] : []),
    ...(w.reports.length > o.reports.length ? [['reports', `translates ${w.reports.length} reports, the original has ${o.reports.length}: give them in its order`] as [string, string]] : []),
    ...o.reports.flatMap((r, i): [string, string][] => (r.stated && !w.reports[i]?.stated ? [['reports', `misses the stated words of report ${i + 1} ("${r.stated}"): give reports: [{ stated: … }] in the original's order`]] : [])),
  ]) as TranslatedContent['incidents'];

  // Shared lists: only the entries the translated explainers use need their words.
  const used = {
    actors: new Set<string>(),
    glossary: new Set<string>(),
    places: new Set<string>(),
  };
  for (const x of translated) {
    const events = originals.events.filter((e) => e.explainer === x.slug);
    const incidents = originals.incidents.filter((e) => e.explainer === x.slug);
    for (const id of Object.keys(x.original.data.roles)) used.actors.add(id);
    for (const e of events) [...e.actors, ...(e.quote ? [e.quote.speaker] : [])].forEach((id) => used.actors.add(id));
    for (const id of Object.keys(x.original.data.termNotes)) used.glossary.add(id);
    for (const e of [...events, ...incidents]) (e.places ?? []).forEach((id) => used.places.add(id));
    x.usages.actors.forEach((id) => used.actors.add(id));
    x.usages.terms.forEach((id) => used.glossary.add(id));
    x.usages.places.forEach((id) => used.places.add(id));
  }
  const shared = <T extends { id: string; loc: ItemLocation }, S extends z.ZodType>(name: 'actors' | 'glossary' | 'places', list: T[], schema: S, kind: string, what: string, add: string, invalid: string[]) => {
    const path = [`${lang}/${name}.yaml`, `${lang}/${name}.yml`].find((p) => folder.files.has(p)) ?? `${lang}/${name}.yaml`;
    const r = readTranslationList(folder, path, schema, kind, what);
    problems.push(...r.problems);
    const needed = list.filter((e) => used[name].has(e.id) && !invalid.includes(e.id));
    const fallback = translated[0] ? { file: translated[0].file, line: 1 } : { file: r.file, line: 1 };
    const missing = coverage({ kind, what, file: r.file, fallback, original: needed.map((o) => ({ id: o.id, at: `${o.loc.file}:${o.loc.line}` })), translated: r.entries.filter((w) => needed.some((e) => e.id === w.id)), broken: r.broken, add, lang });
    if (!r.present && needed.length) {
      problems.push({ ...fallback, kind, entry: `(${name})`, field: '(file)', message: `uses ${needed.length} shared ${name} entries with no ${language} words: add ${r.file} (${needed.map((n) => n.id).join(', ')}), each "- id: …" with its ${add}` });
    } else problems.push(...missing);
    for (const w of r.entries) {
      if (!list.some((e) => e.id === w.id) && !invalid.includes(w.id)) problems.push({ file: r.file, line: w.loc.line, kind, entry: w.id, field: 'id', message: `is not ${what} in ${folder.dir}/${name}.yaml: remove it or fix the id` });
    }
    const words = new Map(r.entries.map(({ loc: _loc, id, ...rest }) => [id, rest]));
    return list.map((e) => (words.has(e.id) ? attach<T & Translations<unknown>, unknown>(e, lang, words.get(e.id)) : e));
  };
  out.actors = shared('actors', out.actors, actorTranslationSchema, 'actor', 'an actor', 'name', originals.invalid.actors) as TranslatedContent['actors'];
  out.glossary = shared('glossary', out.glossary, termTranslationSchema, 'term', 'a glossary term', 'term and definition', originals.invalid.glossary) as TranslatedContent['glossary'];
  out.places = shared('places', out.places, placeTranslationSchema, 'place', 'a place', 'name', originals.invalid.places) as TranslatedContent['places'];
}

/** The shared entries a translation's MDX names by id: <Actor>, <Quote speaker>, <Term>, <KeyTerms>, <TeacherNotes vocabulary>, <LocatorMap places>. */
function usagesOf(text: string) {
  const { scan } = scanMdx(text);
  const usages = scan?.usages ?? [];
  const list = (component: string, prop: string) => usages.flatMap((u) => (u.component === component && Array.isArray(u.props[prop]) ? u.props[prop].filter((v): v is string => typeof v === 'string') : []));
  return {
    actors: [...propValues(usages, 'Actor', 'id'), ...propValues(usages, 'Quote', 'speaker')],
    terms: [...propValues(usages, 'Term', 'id'), ...list('KeyTerms', 'terms'), ...list('TeacherNotes', 'vocabulary')],
    places: list('LocatorMap', 'places'),
  };
}
