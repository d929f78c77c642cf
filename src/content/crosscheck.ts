import type { Citation } from '../schemas/common.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Incident } from '../schemas/figure.ts';
import type { Actor } from '../schemas/actor.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Place } from '../schemas/place.ts';
import { didYouMean } from '../lib/nearest.ts';
import type { StoryCitation } from '../schemas/role.ts';
import type { ItemLocation } from './yaml.ts';
import { lineOf } from './yaml.ts';
import type { ContentProblem } from './problems.ts';

export type Located<T> = T & { loc: ItemLocation; explainer?: string };

export interface CrossCheckInput {
  /** The content folder as named in messages, e.g. "content". */
  dir: string;
  sources: { id: string; paragraphs: string[]; file: string }[];
  explainers: {
    id: string;
    file: string;
    sources: string[];
    /** Front matter `roles`, `termNotes` and `updates`: story-specific words with their citations. */
    roles?: Record<string, { citation: StoryCitation }>;
    termNotes?: Record<string, { citation: StoryCitation }>;
    updates?: { citation: StoryCitation }[];
    /** Lines of front matter fields, when the reader knows them. */
    loc?: ItemLocation;
    /** For a translation: the slug of its original, whose events and figures it shows. */
    original?: string;
    /** `draft: true`: left out of the built site, so no published page may point at it. */
    draft?: boolean;
  }[];
  events: Located<TimelineEvent>[];
  incidents: Located<Incident>[];
  actors: Located<Actor>[];
  glossary: Located<GlossaryTerm>[];
  /** Places (content/places.yaml); optional so that callers with no map need not pass them. */
  places?: Located<Place>[];
  /**
   * Ids written in files that have their own problem (a source whose text is empty, an actor with
   * a wrong kind): references to them are not reported again, so one mistake is one message.
   */
  invalid?: { sources?: string[]; explainers?: string[]; actors?: string[]; glossary?: string[]; incidents?: string[]; places?: string[] };
}

/**
 * Checks what no single entry's schema can: that every reference points at something that exists
 * (source articles and their paragraphs, actors, incidents, explainers). Pure and DOM-free.
 */
export function crossCheck(input: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dir = input.dir;
  const invalid = {
    sources: new Set(input.invalid?.sources),
    explainers: new Set(input.invalid?.explainers),
    actors: new Set(input.invalid?.actors),
    incidents: new Set(input.invalid?.incidents),
    places: new Set(input.invalid?.places),
  };
  const places = (input.places ?? []).map((p) => p.id);
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const actors = new Set(input.actors.map((a) => a.id));
  const explainers = new Map(input.explainers.map((e) => [e.id, e]));
  const incidentsByExplainer = new Map<string, Map<string, Located<Incident>>>();
  for (const inc of input.incidents) {
    const key = inc.explainer ?? '';
    if (!incidentsByExplainer.has(key)) incidentsByExplainer.set(key, new Map());
    incidentsByExplainer.get(key)!.set(inc.id, inc);
  }

  const at = (loc: ItemLocation, kind: string, entry: string, field: string, message: string) =>
    problems.push({ file: loc.file, line: lineOf(loc, field), kind, entry, field, message });

  const checkCitation = (c: Citation | StoryCitation | undefined, loc: ItemLocation, kind: string, entry: string, field: string, explainer?: string) => {
    if (!c || !('article' in c)) return;
    if (invalid.sources.has(c.article)) return;
    const src = sources.get(c.article);
    if (!src) {
      const known = [...sources.keys()].join(', ') || 'none';
      at(loc, kind, entry, `${field}.article`, `unknown source article "${c.article}" (known: ${known}; add ${dir}/sources/${c.article}.txt and .yaml)`);
      return;
    }
    c.paragraphs.forEach((p, i) => {
      if (p > src.paragraphs.length) {
        at(loc, kind, entry, `${field}.paragraphs.${i}`, `paragraph ${p} does not exist: article "${c.article}" has ${src.paragraphs.length} paragraphs`);
      }
    });
    const exp = explainer ? explainers.get(explainer) : undefined;
    if (exp && !exp.sources.includes(c.article)) {
      at(loc, kind, entry, `${field}.article`, `cites "${c.article}", which ${exp.file} does not list in its front matter "sources": add it there`);
    }
  };

  const checkActor = (id: string, loc: ItemLocation, kind: string, entry: string, field: string) => {
    if (!actors.has(id) && !invalid.actors.has(id)) at(loc, kind, entry, field, `unknown actor "${id}": add it to ${dir}/actors.yaml or fix the id${didYouMean(id, [...actors.keys()])}`);
  };

  const checkPlaces = (ids: readonly string[] | undefined, loc: ItemLocation, kind: string, entry: string) =>
    ids?.forEach((id, i) => {
      if (places.includes(id) || invalid.places.has(id)) return;
      at(loc, kind, entry, `places.${i}`, `unknown place "${id}": add it to ${dir}/places.yaml or fix the id${didYouMean(id, places)}`);
    });

  const glossary = new Set(input.glossary.map((g) => g.id));
  for (const exp of input.explainers) {
    exp.sources.forEach((s, i) => {
      if (!sources.has(s) && !invalid.sources.has(s)) {
        const field = `sources.${i}`;
        problems.push({ file: exp.file, line: exp.loc && lineOf(exp.loc, field), kind: 'explainer', entry: exp.id, field, message: `unknown source article "${s}": add ${dir}/sources/${s}.txt and .yaml` });
      }
    });
    // Story-specific words (roles, term notes, the updates log) cite this explainer's own sources.
    const loc: ItemLocation = exp.loc ?? { file: exp.file, line: 1, fields: {} };
    for (const [id, r] of Object.entries(exp.roles ?? {})) {
      if (!actors.has(id) && !invalid.actors.has(id)) at(loc, 'explainer', exp.id, `roles.${id}`, `unknown actor "${id}": add it to ${dir}/actors.yaml or fix the id`);
      checkCitation(r.citation, loc, 'explainer', exp.id, `roles.${id}.citation`, exp.id);
    }
    for (const [id, n] of Object.entries(exp.termNotes ?? {})) {
      if (!glossary.has(id) && !input.invalid?.glossary?.includes(id)) at(loc, 'explainer', exp.id, `termNotes.${id}`, `unknown glossary term "${id}": add it to ${dir}/glossary.yaml or fix the id`);
      checkCitation(n.citation, loc, 'explainer', exp.id, `termNotes.${id}.citation`, exp.id);
    }
    exp.updates?.forEach((u, i) => checkCitation(u.citation, loc, 'explainer', exp.id, `updates.${i}.citation`, exp.id));
  }

  const orphanFiles = new Set<string>();
  const orphan = (explainer: string | undefined, loc: ItemLocation, kind: string) => {
    if (!explainer || explainers.has(explainer) || invalid.explainers.has(explainer) || orphanFiles.has(loc.file)) return;
    orphanFiles.add(loc.file);
    problems.push({ file: loc.file, line: 1, kind, entry: '(file)', field: '', message: `no explainer ${dir}/explainers/${explainer}.mdx matches this file's name: rename the file or add the explainer` });
  };
  for (const ev of input.events) {
    orphan(ev.explainer, ev.loc, 'event');
    checkCitation(ev.citation, ev.loc, 'event', ev.id, 'citation', ev.explainer);
    ev.actors?.forEach((a, i) => checkActor(a, ev.loc, 'event', ev.id, `actors.${i}`));
    if (ev.quote) checkActor(ev.quote.speaker, ev.loc, 'event', ev.id, 'quote.speaker');
    checkPlaces(ev.places, ev.loc, 'event', ev.id);
    const key = `${ev.explainer ?? ''}/${ev.incident}`;
    if (ev.incident && !incidentsByExplainer.get(ev.explainer ?? '')?.has(ev.incident) && !invalid.incidents.has(key)) {
      at(ev.loc, 'event', ev.id, 'incident', `unknown incident "${ev.incident}": it must be an id in ${dir}/figures/${ev.explainer}.yaml`);
    }
  }

  for (const inc of input.incidents) {
    orphan(inc.explainer, inc.loc, 'incident');
    inc.reports?.forEach((r, i) => checkCitation(r.citation, inc.loc, 'incident', inc.id, `reports.${i}.citation`, inc.explainer));
    checkPlaces(inc.places, inc.loc, 'incident', inc.id);
    const siblings = incidentsByExplainer.get(inc.explainer ?? '')!;
    inc.parts?.forEach((part, i) => {
      const target = siblings.get(part);
      if (!target) {
        if (!invalid.incidents.has(`${inc.explainer ?? ''}/${part}`)) at(inc.loc, 'incident', inc.id, `parts.${i}`, `unknown incident "${part}" in this file: use the id of an incident listed here`);
      } else if (target.kind && target.kind !== 'incident') at(inc.loc, 'incident', inc.id, `parts.${i}`, `"${part}" is itself a total; parts must be single incidents`);
    });
  }

  return problems;
}
