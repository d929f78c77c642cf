// Synthetic sites for the scale bench (bench/) and the build tests (tests/build/): N explainers
// generated from the first explainer of a content folder (its MDX, figures and every other
// per-explainer file copied under a new slug; its events padded with events shaped like its own).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';

type EventRecord = Record<string, unknown> & { id: string; date: string; title: string };

const slugOf = (file: string) => basename(file).replace(/\.[^.]+$/, '');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(abs) : [abs];
  });
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
const dayDiff = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 864e5);

/**
 * `count` events: the seed's own (ids kept, so any MDX prop naming them still works) and, after
 * them, copies of seed events with new ids, titles and days spread over the seed's date range.
 */
export function syntheticEvents(seed: EventRecord[], count: number): EventRecord[] {
  const reported = seed.filter((e) => (e.status ?? 'reported') === 'reported' && (e.precision ?? 'day') === 'day');
  const models = reported.length ? reported : seed;
  const dates = seed.map((e) => String(e.date)).sort();
  const first = dates[0];
  const span = Math.max(1, dayDiff(first, dates[dates.length - 1]));
  const out: EventRecord[] = seed.slice(0, count).map((e) => ({ ...e, date: String(e.date) }));
  for (let i = out.length; i < count; i++) {
    const m = models[i % models.length];
    const { incident: _incident, quote: _quote, ...rest } = m;
    out.push({
      ...rest,
      id: `bench-event-${i}`,
      date: addDays(first, (i * 7) % (span + 1)),
      precision: 'day',
      status: 'reported',
      title: `Benchmark event ${i}: ${String(m.title)}`.slice(0, 140),
    });
  }
  return out;
}

/** The actor ids of an explainer's front matter `roles`. */
function rolesOf(sourceContent: string, slug: string): string[] {
  const text = readFileSync(join(sourceContent, 'explainers', `${slug}.mdx`), 'utf-8');
  const fm = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]) as { roles?: Record<string, unknown> };
  return Object.keys(fm.roles ?? {});
}

/**
 * The seed's events with only `count` actors named: those the explainer's roles and quotes need
 * (never dropped), then the events' others in order of first appearance; the rest are taken off the
 * events' actor lists. Returns the events and the actors kept.
 */
export function withActors(events: EventRecord[], needed: string[], count: number): { events: EventRecord[]; actors: string[] } {
  const speakers = events.flatMap((e) => ((e.quote as { speaker?: string } | undefined)?.speaker ? [(e.quote as { speaker: string }).speaker] : []));
  const named = [...new Set([...needed, ...speakers, ...events.flatMap((e) => (e.actors as string[] | undefined) ?? [])])];
  const kept = new Set(named.slice(0, Math.max(count, new Set([...needed, ...speakers]).size)));
  return {
    events: events.map((e) => (Array.isArray(e.actors) ? { ...e, actors: (e.actors as string[]).filter((a) => kept.has(a)) } : e)),
    actors: [...kept],
  };
}

/** The folders of content/ that hold one file per explainer (the rest are shared files, or translations). */
const PER_EXPLAINER = ['explainers', 'events', 'figures', 'sources'];

/**
 * Writes a content folder with `n` explainers built from `sourceContent`'s first explainer, each with
 * `eventsPerExplainer` events and, when `actorsPerExplainer` is given, that many actors named.
 */
export function writeSyntheticContent(sourceContent: string, target: string, n: number, eventsPerExplainer = 50, actorsPerExplainer?: number): string[] {
  const explainers = readdirSync(join(sourceContent, 'explainers')).filter((f) => f.endsWith('.mdx')).sort();
  if (!explainers.length) throw new Error(`no explainer in ${sourceContent}/explainers`);
  const seedSlug = slugOf(explainers[0]);
  const otherSlugs = new Set(explainers.slice(1).map(slugOf));
  const slugs = Array.from({ length: n }, (_, i) => `bench-${String(i + 1).padStart(4, '0')}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const abs of filesUnder(sourceContent)) {
    const rel = relative(sourceContent, abs);
    const stem = slugOf(abs);
    if (otherSlugs.has(stem) && dirname(rel) !== '.') continue; // another explainer's files: not in the synthetic site
    if (rel.includes('/') && !PER_EXPLAINER.includes(rel.split('/')[0])) continue; // translations (content/<lang>/): originals only
    if (stem !== seedSlug || dirname(rel) === '.' || rel.startsWith('sources')) {
      mkdirSync(dirname(join(target, rel)), { recursive: true });
      cpSync(abs, join(target, rel));
      continue;
    }
    const text = readFileSync(abs, 'utf-8');
    for (const [i, slug] of slugs.entries()) {
      const out = join(target, dirname(rel), basename(rel).replace(seedSlug, slug));
      mkdirSync(dirname(out), { recursive: true });
      if (rel.startsWith('explainers')) {
        const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)!;
        const fm = parse(m[1]) as Record<string, unknown>;
        fm.title = `Benchmark ${i + 1}: ${String(fm.title)}`.slice(0, 110);
        writeFileSync(out, `---\n${stringify(fm, { aliasDuplicateObjects: false })}---${text.slice(m[0].length)}`);
      } else if (rel.startsWith('events')) {
        let events = syntheticEvents((parse(text) ?? []) as EventRecord[], eventsPerExplainer);
        if (actorsPerExplainer !== undefined) events = withActors(events, rolesOf(sourceContent, seedSlug), actorsPerExplainer).events;
        writeFileSync(out, stringify(events, { aliasDuplicateObjects: false }));
      } else {
        writeFileSync(out, text);
      }
    }
  }
  return slugs;
}
