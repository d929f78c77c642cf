// Build scaling: synthetic sites of N explainers with 50 events each, generated in a temporary
// folder from the first explainer of `content/` (its MDX, figures and every other per-explainer
// file copied under a new slug; its events padded to 50 with events shaped like its own), then
// built with `astro build` (CONTENT_DIR=<temp>/content) and timed.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import { parse, stringify } from 'yaml';
import { projectCopy as copyProject } from '../../tests/helpers/project-copy.ts';

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

export interface BuildRun {
  explainers: number;
  events: number;
  seconds: number;
  secondsPerExplainer: number;
  /** CPU seconds (user + system) of the fastest run. */
  cpuSeconds: number;
  /** Wall-clock seconds of every run; `seconds` is the fastest. */
  allSeconds: number[];
  pagesBuilt: number;
}

/**
 * Runs `astro build` on a content folder into `outDir`, timing wall clock and the CPU seconds
 * (user + system) of the build and its children, read from bash's `times`. CPU time is the figure
 * least disturbed by other work on a shared machine.
 */
export function timedBuild(
  root: string,
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<{ seconds: number; cpuSeconds: number; output: string }> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    // `root` is the project (or a copy of it) to build; node_modules/ resolves inside it.
    const astro = join(root, 'node_modules/astro/bin/astro.mjs');
    const script = `"$0" "$1" build --outDir "$2"; code=$?; echo "@@times"; times; exit $code`;
    const child = spawn('bash', ['-c', script, process.execPath, astro, outDir], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return fail(new Error(`astro build failed (${contentDir}):\n${output.slice(-3000)}`));
      ok({ seconds, cpuSeconds: childCpuSeconds(output), output });
    });
  });
}

/** The children's user + system seconds from bash's `times` output (its second line). */
export function childCpuSeconds(output: string): number {
  const lines = output.split('@@times').pop()!.trim().split('\n');
  const toSeconds = (t: string) => {
    const m = /(?:(\d+)m)?([\d.]+)s/.exec(t);
    return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN;
  };
  const [user, sys] = (lines[1] ?? '').trim().split(/\s+/);
  return toSeconds(user) + toSeconds(sys);
}

/** A copy of the project's code to build in, from a cold Astro cache (tests/helpers/project-copy.ts). */
export const projectCopy = (root: string, dir: string): string => copyProject({ root, dir });

/**
 * Builds each size `repeats` times, each time in a fresh project copy (cold cache), and keeps the
 * fastest run: the one least disturbed by anything else running on the machine.
 */
export async function buildScaling(root: string, tmp: string, sizes: number[], repeats: number, log: (s: string) => void): Promise<BuildRun[]> {
  const runs: BuildRun[] = [];
  for (const n of sizes) {
    const content = join(tmp, `content-${n}`);
    const slugs = writeSyntheticContent(join(root, 'content'), content, n);
    const times: { seconds: number; cpuSeconds: number }[] = [];
    for (let r = 0; r < repeats; r++) {
      const project = projectCopy(root, join(tmp, `project-${n}`));
      const out = join(tmp, `dist-${n}`);
      const t = await timedBuild(project, content, out);
      const pagesBuilt = slugs.filter((s) => existsSync(join(out, s, 'index.html'))).length;
      if (pagesBuilt !== n) throw new Error(`built ${pagesBuilt} of ${n} synthetic explainers`);
      times.push(t);
      for (const d of [project, out]) rmSync(d, { recursive: true, force: true });
    }
    rmSync(content, { recursive: true, force: true });
    const best = times.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const cpu = Math.min(...times.map((t) => t.cpuSeconds));
    runs.push({
      explainers: n,
      events: n * 50,
      seconds: round(best.seconds, 2),
      secondsPerExplainer: round(best.seconds / n, 4),
      cpuSeconds: round(cpu, 2),
      allSeconds: times.map((t) => round(t.seconds, 2)),
      pagesBuilt: n,
    });
    log(`  ${n} explainers: ${best.seconds.toFixed(1)} s wall (${((best.seconds / n) * 1000).toFixed(0)} ms per explainer; runs ${times.map((t) => t.seconds.toFixed(1)).join(', ')}), ${cpu.toFixed(1)} CPU s`);
  }
  return runs;
}

/** Least-squares line through (explainers, seconds): fixed start-up cost and marginal seconds per explainer. */
export function linearFit(runs: { explainers: number; seconds: number }[]): { fixed: number; perExplainer: number } {
  const n = runs.length;
  const mx = runs.reduce((s, r) => s + r.explainers, 0) / n;
  const my = runs.reduce((s, r) => s + r.seconds, 0) / n;
  const sxx = runs.reduce((s, r) => s + (r.explainers - mx) ** 2, 0);
  const sxy = runs.reduce((s, r) => s + (r.explainers - mx) * (r.seconds - my), 0);
  // (a constant start-up cost makes the raw 400/200 ratio fall below 2 even when the per-explainer cost is constant)
  const perExplainer = sxx ? sxy / sxx : 0;
  return { fixed: round(my - perExplainer * mx, 2), perExplainer: round(perExplainer, 4) };
}

export const round = (x: number, digits: number) => Number(x.toFixed(digits));
