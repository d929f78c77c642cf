// The scale section of `npm run bench` (also alone: `node bench/run.ts scale`): synthetic sites of
// 100, 1,000 and 3,000 explainers (15 events, 3 figures, 10 actors each, written by the bench's one
// generator, bench/lib/scaling.ts), each built with `npm run build` (scripts/build.ts: atomic,
// incremental, Pagefind) in a fresh copy of the project three times: cold, again with nothing
// changed, and after editing one explainer's title. Each build is timed by /usr/bin/time (wall, CPU
// of the whole process tree, peak RSS of its largest process) and its rendered files are counted from
// Astro's log (scripts/build-cache.ts reads it).
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { round } from './lib/scaling.ts';
import { writeSyntheticContent } from '../tests/helpers/synthetic-content.ts';
import { generatedFiles } from '../scripts/build-cache.ts';
import { projectCopy } from '../tests/helpers/project-copy.ts';

export const SCALE_SIZES = [100, 1000, 3000];
export const SCALE_SHAPE = { events: 15, figures: 3, actors: 10 };

export interface ScaleBuild {
  kind: 'cold' | 'no-change' | 'one edit';
  wallSeconds: number;
  /** User + system seconds of the build and every process it started. */
  cpuSeconds: number;
  /** Peak resident memory of the largest process of the build (MiB), from /usr/bin/time; null without it. */
  peakRssMiB: number | null;
  /** Files Astro rendered: of the edited explainer, of the others, and site-wide pages (no cache key). */
  rendered: { edited: number; others: number; siteWide: number; total: number };
  /** Files Astro copied from the last build's cache instead of rendering. */
  reused: number;
  /** Whether Pagefind ran or its index was kept ("build: search index …" line of scripts/build.ts). */
  searchIndex: 'rebuilt' | 'kept' | 'unknown';
  /** Whether scripts/build.ts found nothing changed and kept the last site without building (scripts/build-inputs.ts). */
  skipped: boolean;
  /** 1-minute load average before and after: above 2 (the CPUs), other work shared them. */
  load: { start: number; end: number };
}

export interface ScaleRun {
  explainers: number;
  events: number;
  /** Files in the built site, and how many of them are the edited explainer's. */
  siteFiles: number;
  editedExplainerFiles: number;
  builds: ScaleBuild[];
  /** Cold CPU seconds per explainer. */
  cpuPerExplainer: number;
}

export interface ScaleSection {
  shape: typeof SCALE_SHAPE;
  runs: ScaleRun[];
  method: string;
}

/** The explainer a generated file belongs to (a path segment equal to its slug), if any. */
export function ownerOf(path: string, slugs: Set<string>): string | undefined {
  return path.split(/[/.]/).find((seg) => slugs.has(seg));
}

/** `/usr/bin/time -v` figures: CPU seconds (user + system) and peak RSS in KiB. */
export function parseTimeV(text: string): { cpuSeconds: number; maxRssKiB: number } {
  const num = (label: string) => Number(new RegExp(`${label}[^:]*:\\s*([\\d.]+)`).exec(text)?.[1] ?? NaN);
  return { cpuSeconds: num('User time') + num('System time'), maxRssKiB: num('Maximum resident set size') };
}

/** Runs `node scripts/build.ts` in `project` for `contentDir`, timed. */
function timedSiteBuild(project: string, contentDir: string, timeFile: string, logFile: string): Promise<{ wall: number; cpu: number; rssKiB: number | null; output: string }> {
  const gnuTime = existsSync('/usr/bin/time');
  const build = [process.execPath, 'scripts/build.ts', '--outDir', 'dist'];
  // Without GNU time, bash's `times` gives the children's CPU seconds (no memory figure).
  const [cmd, args] = gnuTime
    ? ['/usr/bin/time', ['-v', '-o', timeFile, ...build]]
    : ['bash', ['-c', '"$@"; code=$?; times > "$0"; exit $code', timeFile, ...build]];
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd as string, args as string[], {
      cwd: project,
      // The site's own page budget (src/lib/content-limits.ts) holds: the home pages list 24 explainers each.
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const chunks: string[] = [];
    // Also written as it comes, so a build stopped before its end still shows how far it got.
    writeFileSync(logFile, '');
    const keep = (d: Buffer) => {
      chunks.push(String(d));
      appendFileSync(logFile, d);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      const wall = (performance.now() - t0) / 1000;
      const output = chunks.join('');
      if (code !== 0) return fail(new Error(`build of ${contentDir} failed:\n${output.slice(-3000)}`));
      const timing = readFileSync(timeFile, 'utf-8');
      if (gnuTime) {
        const t = parseTimeV(timing);
        return ok({ wall, cpu: t.cpuSeconds, rssKiB: t.maxRssKiB, output });
      }
      const [, children] = timing.trim().split('\n');
      const secs = (children ?? '').trim().split(/\s+/).map((t) => {
        const m = /(?:(\d+)m)?([\d.]+)s/.exec(t);
        return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN;
      });
      ok({ wall, cpu: secs[0] + secs[1], rssKiB: null, output });
    });
  });
}

const countFiles = (dir: string): number =>
  readdirSync(dir).reduce((n, name) => n + (statSync(join(dir, name)).isDirectory() ? countFiles(join(dir, name)) : 1), 0);

/** Builds one synthetic site three times (cold, no change, one edit) and measures each build. */
export async function scaleRun(root: string, tmp: string, n: number, log: (s: string) => void): Promise<ScaleRun> {
  const content = join(tmp, `scale-content-${n}`);
  const slugs = writeSyntheticContent(join(root, 'content'), content, n, SCALE_SHAPE.events, SCALE_SHAPE.actors);
  const all = new Set(slugs);
  const edited = slugs[Math.floor(n / 2)];
  const project = projectCopy({ root, dir: join(tmp, `scale-project-${n}`), extra: ['scripts'] });
  const builds: ScaleBuild[] = [];
  let editedFiles = 0;
  try {
    for (const kind of ['cold', 'no-change', 'one edit'] as const) {
      if (kind === 'one edit') {
        const file = join(content, 'explainers', `${edited}.mdx`);
        const text = readFileSync(file, 'utf-8');
        const i = slugs.indexOf(edited) + 1;
        if (!text.includes(`Benchmark ${i}:`)) throw new Error(`no title "Benchmark ${i}: …" to edit in ${file}`);
        writeFileSync(file, text.replace(`Benchmark ${i}:`, `Benchmark ${i} (edited):`));
      }
      const start = loadavg()[0];
      const t = await timedSiteBuild(project, content, join(tmp, `scale-time-${n}.txt`), join(tmp, `scale-${n}-${kind.replace(' ', '-')}.log`));
      const { rendered, reused } = generatedFiles(t.output);
      const owners = rendered.map((p) => ownerOf(p, all));
      if (kind === 'cold') editedFiles = rendered.filter((p) => ownerOf(p, all) === edited).length;
      const skipped = /build: nothing changed since the last build/.test(t.output);
      const searchIndex = skipped || /build: search index kept/.test(t.output) ? 'kept' : /build: search index rebuilt/.test(t.output) ? 'rebuilt' : 'unknown';
      const b: ScaleBuild = {
        kind,
        wallSeconds: round(t.wall, 2),
        cpuSeconds: round(t.cpu, 2),
        peakRssMiB: t.rssKiB === null ? null : round(t.rssKiB / 1024, 0),
        rendered: {
          edited: owners.filter((o) => o === edited).length,
          others: owners.filter((o) => o !== undefined && o !== edited).length,
          siteWide: owners.filter((o) => o === undefined).length,
          total: rendered.length,
        },
        reused: reused.length,
        searchIndex,
        skipped,
        load: { start: round(start, 2), end: round(loadavg()[0], 2) },
      };
      builds.push(b);
      log(
        `  ${n} explainers, ${kind}: ${b.wallSeconds.toFixed(1)} s wall, ${b.cpuSeconds.toFixed(1)} CPU s, ${b.peakRssMiB ?? '?'} MiB peak RSS; rendered ${b.rendered.total} files (${b.rendered.edited} of the edited explainer, ${b.rendered.others} of others, ${b.rendered.siteWide} site-wide), reused ${b.reused}; search index ${b.searchIndex}${b.skipped ? ' (nothing changed: build skipped)' : ''}; load ${b.load.start} → ${b.load.end}`,
      );
    }
    return {
      explainers: n,
      events: n * SCALE_SHAPE.events,
      siteFiles: countFiles(join(project, 'dist')),
      editedExplainerFiles: editedFiles,
      builds,
      cpuPerExplainer: round(builds[0].cpuSeconds / n, 4),
    };
  } finally {
    rmSync(project, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
}

export async function scaleSection(root: string, tmp: string, sizes: number[], log: (s: string) => void): Promise<ScaleSection> {
  mkdirSync(tmp, { recursive: true });
  const runs: ScaleRun[] = [];
  for (const n of sizes) runs.push(await scaleRun(root, tmp, n, log));
  return {
    shape: SCALE_SHAPE,
    runs,
    method:
      'Synthetic sites from the first explainer of content/ (15 events, 3 figures, 10 actors each), each built with `node scripts/build.ts` (npm run build: atomic, incremental, Pagefind) in a fresh copy of the project: cold (no cache), then with nothing changed (scripts/build.ts finds every input unchanged and keeps the site), then after editing one explainer\'s title; the default page budget (1,000 KB of HTML), the home pages 24 explainers each. /usr/bin/time -v gives the CPU seconds (user + system) of the whole process tree and the peak RSS of its largest process; rendered files are counted from Astro\'s log ("(+N ms)" rendered, "(restored)" copied from the cache). Load average: the 1-minute figure before and after each build.',
  };
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The issue's targets (#20), read against a run: each says what was measured and whether it is met. */
export function scaleTargets(s: ScaleSection): string[] {
  const at = (n: number) => s.runs.find((r) => r.explainers === n);
  const build = (r: ScaleRun | undefined, kind: ScaleBuild['kind']) => r?.builds.find((b) => b.kind === kind);
  const out: string[] = [];
  const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
  const k = at(1000);
  const kk = at(3000);
  const cold = build(k, 'cold');
  if (cold) out.push(`1,000 explainers cold in ≤ 90 s wall: ${cold.wallSeconds.toFixed(1)} s at load ${cold.load.start}–${cold.load.end} (${cold.cpuSeconds.toFixed(1)} CPU s) — ${yes(cold.wallSeconds <= 90)}`);
  if (k && kk) {
    const ratio = kk.cpuPerExplainer / k.cpuPerExplainer;
    out.push(`Cost per explainer at 3,000 within 1.2× of 1,000: ${(kk.cpuPerExplainer * 1000).toFixed(0)} vs ${(k.cpuPerExplainer * 1000).toFixed(0)} CPU ms (${ratio.toFixed(2)}×) — ${yes(ratio <= 1.2)}`);
  }
  const same = build(k, 'no-change');
  if (cold && same) {
    out.push(
      `No-change rebuild ≤ 10 % of cold at 1,000: ${same.wallSeconds.toFixed(1)} s wall (${((100 * same.wallSeconds) / cold.wallSeconds).toFixed(0)} %), ${same.cpuSeconds.toFixed(1)} CPU s (${((100 * same.cpuSeconds) / cold.cpuSeconds).toFixed(0)} %) — ${yes(same.wallSeconds <= 0.1 * cold.wallSeconds)}`,
    );
  }
  const edit = build(k, 'one edit');
  if (k && edit) {
    const only = edit.rendered.others === 0 && edit.rendered.edited === k.editedExplainerFiles;
    out.push(
      `One edit at 1,000: only its pages render (${edit.rendered.edited} of its ${k.editedExplainerFiles} files, ${edit.rendered.others} of other explainers, ${edit.rendered.siteWide} site-wide pages) — ${yes(only)}; in ≤ 10 s: ${edit.wallSeconds.toFixed(1)} s wall, ${edit.cpuSeconds.toFixed(1)} CPU s — ${yes(edit.wallSeconds <= 10)}`,
    );
  }
  const rss = kk && Math.max(...kk.builds.map((b) => b.peakRssMiB ?? NaN));
  if (rss !== undefined && !Number.isNaN(rss)) out.push(`Peak RSS at 3,000 ≤ 4 GB: ${rss} MiB — ${yes(rss <= 4096)}`);
  return out;
}

/** The scale section as Markdown: one row per build, then the targets. */
export function formatScale(s: ScaleSection): string {
  const lines = [
    `**Scale** — synthetic sites (${s.shape.events} events, ${s.shape.figures} figures, ${s.shape.actors} actors per explainer), \`npm run build\` (incremental, atomic, Pagefind) cold, then unchanged, then after one explainer's title is edited`,
    row(['Explainers', 'Build', 'Wall (s)', 'CPU (s)', 'Peak RSS (MiB)', 'Files rendered: edited / others / site-wide', 'Files reused', 'Search index', 'Load (1 min) before → after']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---', '---:']),
    ...s.runs.flatMap((r) =>
      r.builds.map((b) =>
        row([
          r.explainers.toLocaleString('en'),
          b.kind,
          b.wallSeconds.toFixed(1),
          b.cpuSeconds.toFixed(1),
          b.peakRssMiB ?? '—',
          `${b.rendered.total.toLocaleString('en')}: ${b.rendered.edited} / ${b.rendered.others.toLocaleString('en')} / ${b.rendered.siteWide}`,
          b.reused.toLocaleString('en'),
          b.skipped ? 'kept (build skipped)' : b.searchIndex,
          `${b.load.start} → ${b.load.end}`,
        ]),
      ),
    ),
    '',
    `Site files: ${s.runs.map((r) => `${r.siteFiles.toLocaleString('en')} at ${r.explainers.toLocaleString('en')} explainers (${r.editedExplainerFiles} per explainer)`).join('; ')}. Cold CPU ms per explainer: ${s.runs.map((r) => `${(r.cpuPerExplainer * 1000).toFixed(0)} at ${r.explainers.toLocaleString('en')}`).join(', ')}.`,
  ];
  const targets = scaleTargets(s);
  if (targets.length) lines.push('', 'Targets (issue #20):', ...targets.map((t) => `- ${t}`));
  return lines.join('\n');
}

const KIND_COLOR: Record<ScaleBuild['kind'], string> = { cold: '#1f4e79', 'no-change': '#6b8e23', 'one edit': '#e3a33b' };

/** Rows of the scale chart (bench/lib/bar-chart.ts draws them): CPU seconds of each build. */
export function scaleChartInput(s: ScaleSection) {
  return {
    title: 'Build CPU seconds by site size: cold, no change, one edit',
    description: `CPU seconds (user + system) of npm run build. ${s.runs.map((r) => r.builds.map((b) => `${r.explainers} explainers ${b.kind}: ${b.cpuSeconds} CPU s, ${b.wallSeconds} s wall, ${b.rendered.total} files rendered`).join('; ')).join('; ')}.`,
    rows: s.runs.flatMap((r) =>
      r.builds.map((b) => ({
        label: `${r.explainers.toLocaleString('en')} · ${b.kind}`,
        segments: [{ key: b.kind, value: b.cpuSeconds }],
        note: `${b.cpuSeconds.toFixed(0)} CPU s · ${b.rendered.total.toLocaleString('en')} rendered`,
      })),
    ),
    keys: (Object.keys(KIND_COLOR) as ScaleBuild['kind'][]).map((k) => ({ key: k, label: k, color: KIND_COLOR[k] })),
    format: (v: number) => `${Math.round(v)} s`,
    axisLabel: 'CPU seconds (user + system) of npm run build',
  };
}
