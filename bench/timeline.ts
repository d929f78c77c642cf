/**
 * Timeline benchmarks (issue #3). Run alone with `node bench/timeline.ts` (Node ≥ 23.6 strips the
 * types), or import the functions (e.g. from `npm run bench`):
 *
 *   benchLayout([10, 100, 1000])      layout time, pure TS, both orientations
 *   benchBuild([10, 100, 1000])       `astro build` of a copy of the site with n synthetic events
 *   benchBrowser(dir)                 Chromium: ms per ArrowRight step and per pan frame
 *   runTimelineBench() / formatTable  all of the above, as rows and as a printed table
 *
 * Numbers are medians of repeated runs on this machine; they inform, no test asserts on them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { projectCopy } from '../tests/helpers/project-copy.ts';
import { syntheticEvents as makeEvents } from '../tests/helpers/synthetic-events.ts';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const EXPLAINER = 'syria-ceasefire-2016';

export interface LayoutBench {
  events: number;
  /** Median ms to lay out the horizontal and the vertical timeline together. */
  layoutMs: number;
  runs: number;
}

export interface BuildBench {
  events: number;
  /** Wall-clock ms of `astro build` for the whole site with that many timeline events. */
  buildMs: number;
  /** The built copy (kept for benchBrowser; remove with cleanup()). */
  dir: string;
}

export interface BrowserBench {
  events: number;
  /** Median ms from an ArrowRight keydown to the focus moved and the layout settled. */
  arrowRightMs: number;
  /** Median ms of one pan step (transform update + style + layout) at zoom 8×. */
  panFrameMs: number;
  /** Mean interval between animation frames while panning every frame (16.7 = 60 fps)… */
  panFrameIntervalMs: number;
  /** …and with nothing to do, on the same machine: the baseline to compare it with. */
  idleFrameIntervalMs: number;
  /** The same pan with the CPU slowed 4× (a busy machine), and its idle baseline. */
  busyPanFrameIntervalMs?: number;
  busyIdleFrameIntervalMs?: number;
  /** Marks named in the accessibility tree after panning to the far end at 8×: all of them stay. */
  marksInAxTree?: number;
  steps: number;
}

export interface TimelineBench {
  layout: LayoutBench[];
  build: BuildBench[];
  browser: BrowserBench | null;
}

/** n valid content events over a year (the generator the layout tests use), citing the seed's source. */
const ARTICLE = '2016-02-21-amman-syria-ceasefire';
export const syntheticEvents = (n: number, seed = 1) => makeEvents(n, seed, ARTICLE);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

/** (a) Layout time at each size: median over runs, after a warm-up. */
export async function benchLayout(sizes: number[] = [10, 100, 1000], runs = 15): Promise<LayoutBench[]> {
  const { layoutTimeline } = await import('../src/lib/timeline/index.ts');
  return sizes.map((n) => {
    const events = syntheticEvents(n).map((e) => ({ ...e, context: 'document' in e.citation }));
    for (let i = 0; i < 3; i++) layoutTimeline(events);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      layoutTimeline(events, { orientation: 'horizontal' });
      layoutTimeline(events, { orientation: 'vertical' });
      times.push(performance.now() - t0);
    }
    return { events: n, layoutMs: round(median(times)), runs };
  });
}

/** A copy of the site (node_modules linked) whose seed explainer has n synthetic events. */
function siteWithEvents(n: number): string {
  const dir = projectCopy({ dir: mkdtempSync(join(tmpdir(), `timeline-bench-${n}-`)) });
  writeFileSync(join(dir, 'content/events', `${EXPLAINER}.yaml`), syntheticEvents(n).map((e) => `- ${JSON.stringify(e)}`).join('\n') + '\n');
  // The translations (content/ar/) translate the seed's own events, not these: left out of this copy.
  rmSync(join(dir, 'content/ar'), { recursive: true, force: true });
  return dir;
}

/** (a) Build time: `astro build` of the whole site with n events in the seed explainer's timeline. */
export async function benchBuild(sizes: number[] = [10, 100, 1000]): Promise<BuildBench[]> {
  const out: BuildBench[] = [];
  for (const n of sizes) {
    const dir = siteWithEvents(n);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf-8',
      // A bench story is bigger than the budget for one explainer page: raise it to what the run needs.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', EXPLAINER_MAX_EVENTS: String(Math.max(300, n)), EXPLAINER_MAX_PAGE_KB: '4000' },
    });
    const buildMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(`astro build with ${n} events failed:\n${r.stdout}\n${r.stderr}`);
    out.push({ events: n, buildMs: Math.round(buildMs), dir });
  }
  return out;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

interface BenchGlobal {
  benchFrames(n: number, work: (i: number) => void): Promise<number>;
}

/** (b) In Chromium, on a site built by benchBuild: ms per ArrowRight step and per pan frame. */
export async function benchBrowser(dir: string, events = 1000, steps = 200): Promise<BrowserBench> {
  const { chromium } = await import('@playwright/test');
  const { chromiumExecutable, CHROMIUM_ARGS } = await import('../tests/helpers/browser.ts');
  const port = await freePort();
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const url = `http://localhost:${port}/${EXPLAINER}/`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 100) throw new Error('astro preview did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Reduced motion: pans are applied at once, so each step's whole cost is inside the measurement.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(url);
    const host = page.locator('ek-timeline');
    await host.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('ek-timeline')?.hasAttribute('data-enhanced'));
    // Every event is a mark of the phone's drawing (the wide one draws dense ones as clusters at zoom 1).
    const count = await page.locator('svg.timeline-svg--vertical a.mark').count();
    if (count !== events) throw new Error(`expected ${events} marks, found ${count}`);
    // One helper in the page: the mean interval between `n` animation frames, doing `work` in each.
    await page.evaluate(() => {
      (globalThis as unknown as BenchGlobal).benchFrames = (n, work) =>
        new Promise<number>((done) => {
          const stamps: number[] = [];
          // performance.now(), not the frame's own time stamp: headless Chromium's stamps can run ahead of the clock.
          const frame = () => {
            stamps.push(performance.now());
            work(stamps.length);
            if (stamps.length < n) requestAnimationFrame(frame);
            else done((stamps.at(-1)! - stamps[0]) / (stamps.length - 1));
          };
          requestAnimationFrame(frame);
        });
    });
    const result = await page.evaluate(async (steps) => {
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const el = document.querySelector('ek-timeline') as HTMLElement & {
        timeline: { zoomTo(level: number): Promise<void>; panBy(dx: number): void };
      };
      await el.timeline.zoomTo(3); // the deepest level, 8× (fetched from the timeline's zoom file)
      const svg = el.querySelector('[data-pan] svg:not(.is-away)')!;
      (svg.querySelector('a.mark[tabindex="0"]') as SVGAElement).focus();
      const arrows: number[] = [];
      for (let i = 0; i < steps; i++) {
        const t0 = performance.now();
        document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
        (document.activeElement as Element).getBoundingClientRect();
        arrows.push(performance.now() - t0);
      }
      const pans: number[] = [];
      for (let i = 0; i < steps; i++) {
        const t0 = performance.now();
        el.timeline.panBy(i % 40 < 20 ? -6 : 6);
        svg.querySelector('a.mark')!.getBoundingClientRect();
        pans.push(performance.now() - t0);
      }
      const frames = (work: (i: number) => void) => (globalThis as unknown as BenchGlobal).benchFrames(120, work);
      // Let the last step's work end (labels at the window's edges are checked once a pan rests).
      await new Promise((r) => setTimeout(r, 500));
      const idle = await frames(() => {});
      const interval = await frames((i) => el.timeline.panBy(i % 40 < 20 ? -6 : 6));
      return { arrow: med(arrows), pan: med(pans), interval, idle };
    }, steps);
    // A busy machine: the CPU slowed 4×, the same pan.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const busy = await page.evaluate(async () => {
      const el = document.querySelector('ek-timeline') as HTMLElement & { timeline: { panBy(dx: number): void } };
      const frames = (work: (i: number) => void) => (globalThis as unknown as BenchGlobal).benchFrames(60, work);
      return { idle: await frames(() => {}), pan: await frames((i) => el.timeline.panBy(i % 30 < 15 ? -6 : 6)) };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.evaluate(() => (document.querySelector('ek-timeline') as HTMLElement & { timeline: { panBy(dx: number): void } }).timeline.panBy(1e7));
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
    const marksInAxTree = nodes.filter((n) => !n.ignored && n.role?.value === 'link' && /^[^:]*\d{4}: A /.test(n.name?.value ?? '')).length;
    return {
      events,
      arrowRightMs: round(result.arrow),
      panFrameMs: round(result.pan),
      panFrameIntervalMs: round(result.interval),
      idleFrameIntervalMs: round(result.idle),
      busyPanFrameIntervalMs: round(busy.pan),
      busyIdleFrameIntervalMs: round(busy.idle),
      marksInAxTree,
      steps,
    };
  } finally {
    await browser?.close();
    server.kill();
  }
}

/** Removes the site copies made by benchBuild. */
export function cleanup(builds: BuildBench[]): void {
  for (const b of builds) rmSync(b.dir, { recursive: true, force: true });
}

/** Runs every timeline benchmark: layout and build at 10/100/1,000 events, browser at 1,000. */
export async function runTimelineBench(sizes: number[] = [10, 100, 1000]): Promise<TimelineBench> {
  const layout = await benchLayout(sizes);
  const build = await benchBuild(sizes);
  try {
    const largest = build.at(-1)!;
    const browser = await benchBrowser(largest.dir, largest.events);
    return { layout, build, browser };
  } finally {
    cleanup(build);
  }
}

/** The timeline section of `npm run bench`'s report: the figures of runTimelineBench, build folders left out. */
export type TimelineSection = { available: true; sizes: number[]; results: Omit<TimelineBench, 'build'> & { build: Omit<BuildBench, 'dir'>[] } };

export const TIMELINE_SIZES = [10, 100, 1000];

/** Runs the timeline benchmarks for `npm run bench` and logs the browser figures. */
export async function timelineSection(_root: string, options: { log: (s: string) => void }): Promise<TimelineSection> {
  options.log(`  timeline: layout, build and Chromium at ${TIMELINE_SIZES.join(', ')} events…`);
  const raw = await runTimelineBench(TIMELINE_SIZES);
  if (!raw.browser) throw new Error('bench/timeline.ts returned no browser measurements');
  options.log(`  ArrowRight ${raw.browser.arrowRightMs} ms per step, pan ${raw.browser.panFrameMs} ms per frame at ${raw.browser.events} events`);
  // Only the figures: the temporary build folders are gone by now.
  return { available: true, sizes: TIMELINE_SIZES, results: { ...raw, build: raw.build.map(({ dir: _dir, ...b }) => b) } };
}

/** The results as a plain-text table. */
export function formatTable(r: TimelineBench): string {
  const rows: string[][] = [['measure', ...r.layout.map((l) => `${l.events} events`)]];
  rows.push(['layout, both orientations (ms, median)', ...r.layout.map((l) => String(l.layoutMs))]);
  rows.push(['astro build, whole site (ms)', ...r.build.map((b) => String(b.buildMs))]);
  if (r.browser) {
    const pad = (v: number) => [...r.layout.slice(0, -1).map(() => '—'), String(v)];
    rows.push(['Chromium: ArrowRight step (ms, median)', ...pad(r.browser.arrowRightMs)]);
    rows.push(['Chromium: pan frame, script+layout (ms, median)', ...pad(r.browser.panFrameMs)]);
    rows.push(['Chromium: frame interval while panning (ms)', ...pad(r.browser.panFrameIntervalMs)]);
    rows.push(['Chromium: frame interval idle, baseline (ms)', ...pad(r.browser.idleFrameIntervalMs)]);
    rows.push(['Chromium, CPU 4× slower: frame interval panning (ms)', ...pad(r.browser.busyPanFrameIntervalMs ?? NaN)]);
    rows.push(['Chromium, CPU 4× slower: frame interval idle (ms)', ...pad(r.browser.busyIdleFrameIntervalMs ?? NaN)]);
    rows.push(['marks in the accessibility tree, panned to the end at 8×', ...pad(r.browser.marksInAxTree ?? NaN)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')).join('\n');
}

const round = (v: number) => Math.round(v * 100) / 100;

if (import.meta.main) {
  const result = await runTimelineBench();
  console.log(formatTable(result));
}
