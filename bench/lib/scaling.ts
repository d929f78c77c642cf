// Build scaling: synthetic sites of N explainers with 50 events each (tests/helpers/synthetic-content.ts),
// built with `astro build` (CONTENT_DIR=<temp>/content) and timed.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { projectCopy as copyProject } from '../../tests/helpers/project-copy.ts';
import { writeSyntheticContent } from '../../tests/helpers/synthetic-content.ts';

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
