import type { z } from 'astro/zod';
import { crossCheck, type CrossCheckInput, type Located } from './crosscheck.ts';
import { checkQuotes } from './quotes.ts';
import type { ContentProblem } from './problems.ts';
import { parseYaml, type ItemLocation } from './yaml.ts';
import { validate } from './messages.ts';
import { parseSourceText } from './source-text.ts';
import { fileHygieneProblems } from './file-hygiene.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { normaliseLineEndings } from '../lib/text-hygiene.ts';
import { contentLimits, eventBudgetProblem } from '../lib/content-limits.ts';
import { ID_RULE } from '../schemas/common.ts';
import { eventSchema } from '../schemas/event.ts';
import { incidentSchema } from '../schemas/figure.ts';
import { actorSchema } from '../schemas/actor.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { placeSchema } from '../schemas/place.ts';
import { sourceMetaSchema, type SourceMeta } from '../schemas/source.ts';
import { explainerSchema, type ExplainerFrontmatter } from '../schemas/explainer.ts';
import type { TranslationMeta } from '../schemas/translation.ts';
import { readTranslations, languageFolders, type TranslatedContent } from './translations.ts';

/**
 * A content folder as text: the one input of the reader. Built from disk by the Astro loaders, the
 * lint and the scaffold (`folder-fs.ts`), from `import.meta.glob` by the guide, from strings in tests.
 */
export interface ContentFolder {
  /** The folder as named in messages, relative to the project root: "content", "src/pages/guide/_content". */
  dir: string;
  /** Every file in it: path inside the folder ("events/x.yaml", "/" separated) → its text. */
  files: ReadonlyMap<string, string>;
}

export interface SourceEntry {
  id: string;
  /** The metadata file, e.g. content/sources/<id>.yaml */
  file: string;
  data: SourceMeta & { paragraphs: string[] };
}

export interface ExplainerFile {
  /** The slug; `<lang>/<slug of the original>` for a translation. */
  id: string;
  file: string;
  /** A translation's front matter is the original's with its translated words, and `translation`. */
  data: ExplainerFrontmatter & { translation?: TranslationMeta };
  /** The text of the file: the MDX as written, front matter included. */
  text: string;
  /** The MDX after the front matter. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  loc: ItemLocation;
}

/** Everything a content folder holds, validated and cross-checked. */
export interface ContentEntries {
  sources: SourceEntry[];
  /** Originals first, then translations (`content/<lang>/explainers/`). */
  explainers: ExplainerFile[];
  /** Every entry carries its translations' words under `i18n[lang]` (src/content/translations.ts). */
  events: TranslatedContent['events'];
  incidents: TranslatedContent['incidents'];
  actors: TranslatedContent['actors'];
  glossary: TranslatedContent['glossary'];
  places: TranslatedContent['places'];
}

export interface ReadResult {
  entries: ContentEntries;
  problems: ContentProblem[];
  /** What the cross-checks saw, for checks that read content the same way (the MDX lint). */
  input: CrossCheckInput;
  /**
   * Every explainer's MDX for the MDX lint, those with a front-matter problem included (their body
   * is checked in the same pass, against the front-matter fields that are valid).
   */
  mdx: { id: string; file: string; text: string; data?: Partial<ExplainerFrontmatter> }[];
}

const YAML = /\.ya?ml$/;
const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/** The list types: one YAML list per file, one entry per item. */
const LISTS = {
  events: { kind: 'event', what: 'an event', schema: eventSchema, perExplainer: true },
  figures: { kind: 'incident', what: 'an incident', schema: incidentSchema, perExplainer: true },
  actors: { kind: 'actor', what: 'an actor', schema: actorSchema, perExplainer: false },
  glossary: { kind: 'term', what: 'a glossary term', schema: glossaryTermSchema, perExplainer: false },
  places: { kind: 'place', what: 'a place', schema: placeSchema, perExplainer: false },
} as const;
type ListName = keyof typeof LISTS;

/** A file name that becomes an id or an address: lower-case letters, digits and hyphens, unique ignoring case. */
function checkFileNames(folder: ContentFolder, sub: string, names: string[], kind: string, what: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groups = new Map<string, string[]>();
  for (const name of names) groups.set(stem(name).toLowerCase(), [...(groups.get(stem(name).toLowerCase()) ?? []), name]);
  for (const name of names) {
    const id = stem(name);
    const file = `${folder.dir}/${sub}/${name}`;
    const others = groups.get(id.toLowerCase())!.filter((n) => n !== name);
    if (others.length) {
      problems.push({ file, kind, entry: id, field: '(file)', message: `differs only in case from ${others.map((o) => `${folder.dir}/${sub}/${o}`).join(', ')}: ${what} names must be unique and in lower case; rename or delete one` });
    } else if (!ID_RULE.test(id)) {
      problems.push({ file, kind, entry: id, field: '(file)', message: `the file name is the ${what}'s id: use lower-case letters, digits and single hyphens, e.g. ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-story'}${name.slice(id.length)}` });
    }
  }
  return problems;
}

/**
 * Files of `sub/` directly in the folder (sorted), and a problem for each file in a sub-folder,
 * which the kit does not read (a nested explainer would have no address).
 */
function filesIn(folder: ContentFolder, sub: string, kind: string) {
  const direct: string[] = [];
  const problems: ContentProblem[] = [];
  for (const path of [...folder.files.keys()].sort()) {
    if (!path.startsWith(`${sub}/`)) continue;
    const rest = path.slice(sub.length + 1);
    if (rest.split('/').some((p) => p.startsWith('.'))) continue;
    if (!rest.includes('/')) direct.push(rest);
    else problems.push({ file: `${folder.dir}/${path}`, kind, entry: stem(rest), field: '(file)', message: `is in a sub-folder, which the kit does not read: move it to ${folder.dir}/${sub}/${rest.split('/').pop()}` });
  }
  return { direct, problems, invalid: [] as string[] };
}

/** Source articles: `sources/<id>.yaml` (metadata) with `sources/<id>.txt` (the text, one paragraph per line). */
export function readSources(folder: ContentFolder) {
  const { direct, problems, invalid } = filesIn(folder, 'sources', 'source');
  const entries: SourceEntry[] = [];
  const metas = direct.filter((n) => YAML.test(n));
  const names = checkFileNames(folder, 'sources', metas, 'source', 'source article');
  problems.push(...names);
  for (const name of direct) {
    if (YAML.test(name)) continue;
    const file = `${folder.dir}/sources/${name}`;
    if (!name.endsWith('.txt')) problems.push({ file, kind: 'source', entry: stem(name), field: '(file)', message: 'is not read: a source article is <id>.txt (its text) beside <id>.yaml (its details)' });
    else if (!metas.some((m) => stem(m) === stem(name))) problems.push({ file, kind: 'source', entry: stem(name), field: '(file)', message: `has no details file: add ${folder.dir}/sources/${stem(name)}.yaml beside it (title, kind, outlet, published; dateline if any)` });
  }
  for (const name of metas) {
    const id = stem(name);
    const file = `${folder.dir}/sources/${name}`;
    if (names.some((p) => p.file === file)) {
      invalid.push(id);
      continue;
    }
    const parsed = parseYaml(folder.files.get(`sources/${name}`)!, file, 'source');
    const meta = parsed.problems.length ? parsed : validate(sourceMetaSchema, parsed.value ?? {}, { loc: parsed.loc, kind: 'source', entry: id, what: 'a source article' });
    const textPath = `sources/${id}.txt`;
    const text = folder.files.get(textPath);
    const own: ContentProblem[] = [...meta.problems.map((p) => (p.entry === '(file)' ? { ...p, entry: id } : p))];
    let paragraphs: string[] = [];
    if (text === undefined) {
      own.push({ file, kind: 'source', entry: id, field: '(file)', message: `the article text is missing: add ${folder.dir}/${textPath} beside it, one paragraph per line` });
    } else {
      paragraphs = parseSourceText(text);
      if (!paragraphs.length) {
        own.push({ file: `${folder.dir}/${textPath}`, line: 1, kind: 'source', entry: id, field: '(file)', message: 'the article text is empty: paste the article, one paragraph per line' });
      }
    }
    if (own.length || !('data' in meta) || !meta.data) {
      problems.push(...own);
      invalid.push(id);
      continue;
    }
    entries.push({ id, file, data: { ...meta.data, paragraphs } });
  }
  return { entries, problems, invalid };
}

/** Explainers: `explainers/<slug>.mdx`, front matter validated with the same YAML reading as every list. */
export function readExplainers(folder: ContentFolder) {
  const { direct, problems, invalid } = filesIn(folder, 'explainers', 'explainer');
  const entries: ExplainerFile[] = [];
  /** Explainers whose front matter has a problem: their valid fields, so the body is still checked. */
  const partial: { id: string; file: string; text: string; loc: ItemLocation; data: Partial<ExplainerFrontmatter> }[] = [];
  const mdx = direct.filter((n) => n.endsWith('.mdx'));
  for (const name of direct.filter((n) => !n.endsWith('.mdx'))) {
    problems.push({ file: `${folder.dir}/explainers/${name}`, kind: 'explainer', entry: stem(name), field: '(file)', message: `is not read: an explainer is an .mdx file, e.g. ${stem(name)}.mdx` });
  }
  const names = checkFileNames(folder, 'explainers', mdx, 'explainer', 'explainer (and page address)');
  problems.push(...names);
  for (const name of mdx) {
    const id = stem(name);
    const file = `${folder.dir}/explainers/${name}`;
    if (names.some((p) => p.file === file)) {
      invalid.push(id);
      continue;
    }
    const text = folder.files.get(`explainers/${name}`)!;
    const { yaml, body, bodyLine, fence } = splitFrontmatter(text);
    if (yaml === undefined && /^(?:\uFEFF)?\+\+\+[ \t]*\n/.test(text)) {
      problems.push({ file, line: 1, kind: 'explainer', entry: id, field: '(file)', message: 'has TOML front matter (between +++ lines), which the kit does not read: write it as YAML between --- lines, e.g. title: "…"' });
      invalid.push(id);
      continue;
    }
    if (yaml === undefined) {
      problems.push({ file, line: 1, kind: 'explainer', entry: id, field: '(file)', message: 'has no front matter: start the file with a --- line, the fields (title, dek, summary, published, sources), and a --- line' });
      invalid.push(id);
      continue;
    }
    if (fence && !fence.exact) {
      problems.push({ file, line: fence.line, kind: 'explainer', entry: id, field: '(file)', message: `the front matter ends at its first line starting with ---, here "${fence.text.slice(0, 40)}": make that line exactly --- (a YAML comment starts with #)` });
      invalid.push(id);
      continue;
    }
    const parsed = parseYaml(yaml, file, 'explainer', 1);
    const fm = parsed.problems.length ? parsed : validate(explainerSchema, parsed.value ?? {}, { loc: parsed.loc, kind: 'explainer', entry: id, what: 'the front matter' });
    if (!('data' in fm) || !fm.data) {
      problems.push(...fm.problems.map((p) => (p.entry === '(file)' ? { ...p, entry: id } : p)));
      invalid.push(id);
      // A YAML syntax error: the fields on the other lines are still read, so the body is checked against them in this pass.
      const readable = parsed.value === undefined ? withoutLines(yaml, file, parsed.problems) : { value: parsed.value, loc: parsed.loc };
      partial.push({ id, file, text, loc: readable.loc, data: partialEntry(explainerSchema, readable.value) ?? {} });
      continue;
    }
    entries.push({ id, file, data: fm.data, text, body, bodyLine, loc: parsed.loc });
  }
  return { entries, partial, problems, invalid };
}

/**
 * The front matter read without the lines its syntax errors name (each with the more-indented lines
 * under it): what the rest of the fields say, for checking the body in the same pass.
 */
function withoutLines(yaml: string, file: string, problems: readonly ContentProblem[]): { value: unknown; loc: ItemLocation } {
  const lines = yaml.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  for (const p of problems) {
    const n = (p.line ?? 0) - 2; // the YAML starts on the file's line 2
    if (n < 0 || n >= lines.length) continue;
    const own = indent(lines[n]);
    lines[n] = '';
    for (let k = n + 1; k < lines.length && lines[k].trim() && indent(lines[k]) > own; k++) lines[k] = '';
  }
  const again = parseYaml(lines.join('\n'), file, 'explainer', 1);
  return again.problems.length ? { value: undefined, loc: again.loc } : { value: again.value, loc: again.loc };
}

/**
 * One list type (events, figures, actors, glossary): `<name>.yaml` plus `<name>/*.yaml` for the
 * shared lists, `<name>/<explainer>.yaml` for the per-explainer ones. Ids are unique per list
 * (per explainer for events and figures).
 */
export function readList<N extends ListName>(folder: ContentFolder, name: N) {
  const { kind, what, schema, perExplainer } = LISTS[name];
  type Entry = Located<z.output<(typeof LISTS)[N]['schema']>>;
  const { direct, problems, invalid } = filesIn(folder, name, kind);
  const entries: Entry[] = [];
  /** Entries with a problem, holding only their fields that are valid: cross-checked too, never built. */
  const partial: Entry[] = [];
  const single = perExplainer ? [] : [`${name}.yaml`, `${name}.yml`].filter((p) => folder.files.has(p));
  const yamls = direct.filter((n) => YAML.test(n));
  for (const n of direct.filter((n) => !YAML.test(n))) {
    problems.push({ file: `${folder.dir}/${name}/${n}`, kind, entry: stem(n), field: '(file)', message: `is not read: ${name} are YAML files, e.g. ${stem(n)}.yaml` });
  }
  if (perExplainer) problems.push(...checkFileNames(folder, name, yamls, kind, 'explainer'));
  const seen = new Map<string, string>();
  for (const path of [...single, ...yamls.map((n) => `${name}/${n}`)]) {
    const file = `${folder.dir}/${path}`;
    const explainer = perExplainer ? stem(path.split('/').pop()!) : undefined;
    const parsed = parseYaml(folder.files.get(path)!, file, kind);
    problems.push(...parsed.problems);
    parsed.brokenIds?.forEach((id) => invalid.push(explainer ? `${explainer}/${id}` : id));
    // A list with a broken entry still has its other entries checked (parseYaml reads them one by one).
    if ((parsed.problems.length && !parsed.items) || parsed.value == null) continue;
    if (!parsed.items) {
      problems.push({ file, line: 1, kind, entry: '(file)', field: '', message: `the file must be a list of entries, each starting with "- id: …" (an empty list is [])` });
      continue;
    }
    parsed.items.forEach(({ value, loc }, i) => {
      const rawId = (value as { id?: unknown } | null)?.id;
      const entry = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `#${i + 1} in the list`;
      const key = explainer ? `${explainer}/${entry}` : entry;
      const r = validate(schema, value, { loc, kind, entry, what });
      if (!r.data) {
        problems.push(...r.problems);
        invalid.push(key);
        const part = partialEntry(schema, value);
        if (part) partial.push({ ...part, ...(explainer ? { explainer } : {}), loc } as Entry);
        return;
      }
      const earlier = seen.get(key);
      if (earlier) {
        problems.push({ file, line: loc.line, kind, entry, field: 'id', message: `duplicate id: already used in ${earlier}; give each ${kind} its own id` });
        return;
      }
      seen.set(key, `${file}:${loc.line}`);
      entries.push({ ...(r.data as object), ...(explainer ? { explainer } : {}), loc } as Entry);
    });
  }
  return { entries, partial, problems, invalid };
}

/**
 * The fields of an invalid list entry that are valid on their own (with their defaults), so its
 * citations and references are checked in the same pass as its schema problem: an editor with a
 * wrong date and a wrong paragraph in one event hears of both at once. Undefined when the entry is
 * not an object with an id.
 */
function partialEntry(schema: z.ZodType, value: unknown): Record<string, unknown> | undefined {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  if ('id' in shape && typeof raw.id !== 'string' && typeof raw.id !== 'number') return undefined;
  const out: Record<string, unknown> = 'id' in shape ? { id: String(raw.id) } : {};
  for (const [key, field] of Object.entries(shape)) {
    if (key === 'id') continue;
    const own = field.safeParse(raw[key]);
    const fallback = own.success ? own : field.safeParse(undefined);
    if (fallback.success && fallback.data !== undefined) out[key] = fallback.data;
  }
  return out;
}

/** An explainer whose timeline would make a page nobody can load (src/lib/content-limits.ts). */
function eventBudget(folder: ContentFolder, events: { explainer?: string }[]): ContentProblem[] {
  const counts = new Map<string, number>();
  for (const e of events) if (e.explainer) counts.set(e.explainer, (counts.get(e.explainer) ?? 0) + 1);
  const limits = contentLimits((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {});
  return [...counts].flatMap(([explainer, n]) => {
    const message = eventBudgetProblem(n, limits);
    return message ? [{ file: `${folder.dir}/events/${explainer}.yaml`, line: 1, kind: 'event', entry: '(file)', field: '', message }] : [];
  });
}

/** Files at the top of the folder the kit does not read (a typo such as `actor.yaml`). */
function strayFiles(folder: ContentFolder): ContentProblem[] {
  const known = new Set(['explainers', 'events', 'figures', 'sources', 'actors', 'glossary', 'places', ...languageFolders(folder)]);
  const topFiles = new Set(['actors.yaml', 'actors.yml', 'glossary.yaml', 'glossary.yml', 'places.yaml', 'places.yml']);
  const problems: ContentProblem[] = [];
  for (const path of folder.files.keys()) {
    const [top, ...rest] = path.split('/');
    if (top.startsWith('.') || (rest.length ? known.has(top) : topFiles.has(top))) continue;
    if (!/\.(mdx?|ya?ml|txt)$/.test(path)) continue;
    problems.push({ file: `${folder.dir}/${path}`, kind: 'file', entry: path, field: '(file)', message: `is not read by the kit: content goes in ${[...known].map((k) => `${k}/`).join(', ')}, actors.yaml, glossary.yaml or places.yaml` });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Reads a whole content folder: every file parsed with line numbers, validated with its schema and
 * cross-checked. The one reader behind the Astro loaders, `npm run check`, `npm run new`, the guide
 * and the tests, so they cannot disagree. Pure: text in, entries and problems out.
 */
export function readContent(given: ContentFolder): ReadResult {
  // Windows, old Mac (CR only) and mixed line endings all read as \n, so lines are counted alike everywhere.
  const folder = { ...given, files: new Map([...given.files].map(([path, text]) => [path, normaliseLineEndings(text)] as const)) };
  const sources = readSources(folder);
  const explainers = readExplainers(folder);
  const lists = {
    events: readList(folder, 'events'),
    figures: readList(folder, 'figures'),
    actors: readList(folder, 'actors'),
    glossary: readList(folder, 'glossary'),
    places: readList(folder, 'places'),
  };
  // Translations (content/<lang>/): words only, attached to the originals' entries, checked entry for entry.
  const translated = readTranslations(folder, {
    explainers: explainers.entries,
    events: lists.events.entries,
    incidents: lists.figures.entries,
    actors: lists.actors.entries,
    glossary: lists.glossary.entries,
    places: lists.places.entries,
    invalid: { explainers: explainers.invalid, actors: lists.actors.invalid, glossary: lists.glossary.invalid, places: lists.places.invalid, events: lists.events.invalid, incidents: lists.figures.invalid },
    broken: new Set([...lists.events.problems, ...lists.figures.problems].filter((p) => p.entry === '(file)').map((p) => p.file)),
  });
  const entries: ContentEntries = {
    sources: sources.entries,
    explainers: [...explainers.entries, ...translated.explainers],
    events: translated.events,
    incidents: translated.incidents,
    actors: translated.actors,
    glossary: translated.glossary,
    places: translated.places,
  };
  const input: CrossCheckInput = {
    dir: folder.dir,
    sources: entries.sources.map((s) => ({ id: s.id, file: s.file, paragraphs: s.data.paragraphs })),
    // An explainer whose "sources" is itself wrong is checked as if it listed every source: its own problem says what to fix.
    explainers: [...explainers.entries, ...explainers.partial].map((e) => ({ id: e.id, file: e.file, sources: e.data.sources ?? sources.entries.map((x) => x.id), roles: e.data.roles, termNotes: e.data.termNotes, updates: e.data.updates, loc: e.loc, draft: e.data.draft })),
    // Invalid entries' valid fields are cross-checked too (all problems in one pass).
    events: [...entries.events, ...lists.events.partial],
    incidents: [...entries.incidents, ...lists.figures.partial],
    actors: entries.actors,
    glossary: entries.glossary,
    places: entries.places,
    invalid: {
      sources: sources.invalid,
      explainers: explainers.invalid,
      actors: lists.actors.invalid,
      glossary: lists.glossary.invalid,
      incidents: lists.figures.invalid,
      places: lists.places.invalid,
    },
  };
  const problems = [
    ...strayFiles(folder),
    ...fileHygieneProblems(folder),
    ...sources.problems,
    ...explainers.problems,
    ...lists.events.problems,
    ...lists.figures.problems,
    ...lists.actors.problems,
    ...lists.glossary.problems,
    ...lists.places.problems,
    ...crossCheck(input),
    ...checkQuotes([...explainers.entries, ...explainers.partial], input),
    ...eventBudget(folder, lists.events.entries),
    ...translated.problems,
  ];
  // The MDX lint checks a translation's body against its original's data (same sources, events, actors).
  const lintInput: CrossCheckInput = {
    ...input,
    explainers: [...input.explainers, ...translated.explainers.map((e) => ({ id: e.id, file: e.file, sources: e.data.sources, roles: e.data.roles, termNotes: e.data.termNotes, updates: e.data.updates, loc: e.loc, original: e.data.translation?.of }))],
  };
  return { entries, problems, input: lintInput, mdx: [...explainers.entries, ...explainers.partial, ...translated.mdx] };
}
