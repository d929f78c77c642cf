// `npm run bench` (`-- --quick` for a smaller, faster variant). Offline: everything is served
// from this machine. Writes bench/results.json, bench/results.md and the SVG charts, and
// prints the tables. A --quick run writes into bench/tmp/ instead, so it never replaces the
// committed results. `node bench/run.ts scale` runs only the scale section (bench/scale.ts; sizes
// with `--sizes=20,100`) and keeps the other sections' results from the last run.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { explainerPages, kb, pageWeight, ROOT as projectRoot, siteClientJs } from '../tests/helpers/built-site.ts';
import { serve } from './lib/server.ts';
import { readExplainer, timelineJsDist, timelineJsVersion, writeTimelineJsPage } from './lib/timelinejs.ts';
import { launch, measureTransfer, type Transfer } from './lib/transfer.ts';
// Lighthouse is installed by `npm run bench` (bench/package.json): loaded only when its sections run.
type LighthouseModule = typeof import('./lib/lighthouse.ts');
import { buildScaling, linearFit, projectCopy, round, timedBuild, type BuildRun } from './lib/scaling.ts';
import { timelineSection, type TimelineSection } from './timeline.ts';
import { barChartLayout, renderBarChart } from './lib/bar-chart.ts';
import { formatTables, type LighthouseResult } from './lib/report.ts';
import { SCALE_SIZES, scaleChartInput, scaleSection, type ScaleSection } from './scale.ts';

const quick = process.argv.includes('--quick');
const lighthouseModule = (): Promise<LighthouseModule> => import('./lib/lighthouse.ts');
/** `scale`: run only that section. */
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (only && only !== 'scale') throw new Error(`unknown section "${only}": the only one that runs alone is "scale"`);
const all = !only;
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const scaleSizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : quick ? [20, 50] : SCALE_SIZES;
const root = projectRoot;
const outDir = quick ? join(root, 'bench/tmp') : join(root, 'bench');
const log = (s: string) => console.log(s);
const errors: Record<string, string> = {};
const t0 = performance.now();
const loadStart = loadavg()[0];

/** Runs one section; a failure is recorded and reported, and the other sections still run. */
async function section<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  log(`\n▶ ${name}`);
  const start = performance.now();
  try {
    const r = await fn();
    log(`  (${((performance.now() - start) / 1000).toFixed(0)} s)`);
    return r;
  } catch (e) {
    errors[name] = (e as Error).stack ?? String(e);
    log(`  FAILED: ${(e as Error).message}`);
    return undefined;
  }
}

async function machine(chromium: string | undefined) {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf-8');
    } catch {
      return '';
    }
  })();
  const osRelease = (() => {
    try {
      return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf-8'))?.[1];
    } catch {
      return undefined;
    }
  })();
  return {
    cpus: availableParallelism(),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
    ramGiB: round(totalmem() / 2 ** 30, 1),
    os: osRelease ?? `${platform()} ${release()}`,
    node: process.version,
    chromium,
    chromiumPath: all ? (await lighthouseModule()).chromePath() : undefined,
    /** 1-minute load average when the run started and ended: above the CPU count, other work competed for the CPUs. */
    loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0], 2) },
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'explainer-bench-'));
const contentDir = join(root, 'content');
const slug = readdirSync(join(contentDir, 'explainers')).filter((f) => f.endsWith('.mdx')).sort()[0].replace(/\.mdx$/, '');
const siteDist = join(tmp, 'site');
const tlPage = join(tmp, 'timelinejs');
const server = all && (await serve([
  { prefix: '/', dir: siteDist },
  { prefix: '/tl/', dir: timelineJsDist(root) },
  { prefix: '/timelinejs/', dir: tlPage },
]));
const origin = server ? server.origin : '';
const pages = { explainer: `${origin}/${slug}/`, timelinejs: `${origin}/timelinejs/` };
log(`bench${quick ? ' (quick)' : ''}${only ? ` (${only} only)` : ''}: ${tmp}${server ? `, served at ${origin}` : ''}`);

const browser = all ? await launch() : undefined;
const chromiumVersion = browser?.version();

// 1. The site itself, built in a copy of the project with its canonical URLs on the bench server.
const site = !all ? undefined : await section('build the site', async () => {
  const { seconds } = await timedBuild(projectCopy(root, join(tmp, 'project-site')), contentDir, siteDist, { SITE_URL: origin });
  writeTimelineJsPage(tlPage, readExplainer(contentDir, slug));
  const explainerPage = explainerPages(siteDist, contentDir).find((p) => p.startsWith(`${slug}/`))!;
  const w = pageWeight(siteDist, explainerPage);
  const js = siteClientJs(siteDist);
  log(`  built in ${seconds.toFixed(1)} s; ${explainerPage}: ${kb(w.initialGzip)} gzip before interaction, ${kb(js.gzip)} gzip of client JS in the site`);
  return {
    seconds: round(seconds, 2),
    page: explainerPage,
    builtFiles: {
      htmlGzip: w.html.gzip,
      cssGzip: w.css.reduce((n, a) => n + a.gzip, 0),
      initialJsGzip: w.js.reduce((n, a) => n + a.gzip, 0),
      lazyJsGzip: w.lazyJs.reduce((n, a) => n + a.gzip, 0),
      initialGzip: w.initialGzip,
      siteClientJsGzip: js.gzip,
    },
  };
});

// 2. Page weight, both pages, same server, same browser, same scroll-to-the-end.
const weight = site
  ? await section('page weight: the explainer vs TimelineJS', async () => {
      const out: Record<string, { explainer: Transfer; timelinejs: Transfer; ratio: number }> = {};
      for (const device of ['phone', 'desktop'] as const) {
        const explainer = await measureTransfer(browser!, pages.explainer, device);
        const timelinejs = await measureTransfer(browser!, pages.timelinejs, device);
        out[device] = { explainer, timelinejs, ratio: round(timelinejs.total / explainer.total, 2) };
        log(`  ${device}: explainer ${kb(explainer.total)} in ${explainer.requests} requests; TimelineJS ${kb(timelinejs.total)} in ${timelinejs.requests} requests (${out[device].ratio}×)`);
        if (timelinejs.thirdParty.length) log(`  ${device}: TimelineJS also asked other origins for ${timelinejs.thirdParty.length} files (refused offline, not counted): ${timelinejs.thirdParty.join(', ')}`);
        if (explainer.thirdParty.length) log(`  ${device}: the explainer asked other origins: ${explainer.thirdParty.join(', ')}`);
      }
      return out;
    })
  : undefined;
await browser?.close();

// 3. Lighthouse, mobile preset, both pages in this run.
const lighthouse = site
  ? await section('Lighthouse (mobile)', async () => {
      const runs = quick ? 1 : 3;
      const out: Record<string, LighthouseResult & { runs: number; performanceScores: number[] }> = {};
      for (const [name, url] of Object.entries(pages)) {
        out[name] = await (await lighthouseModule()).medianLighthouse(url, runs);
        const r = out[name];
        log(`  ${name}: performance ${r.performance} (runs: ${r.performanceScores.join(', ')}), accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}; LCP ${r.lcp} ms, TBT ${r.tbt} ms, CLS ${r.cls}`);
        for (const f of r.failed) log(`    failed: ${f}`);
      }
      return out;
    })
  : undefined;
if (server) await server.close();

// 4. Build scaling.
const sizes = quick ? [10, 20, 40, 80] : [50, 100, 200, 400];
const scaling = !all ? undefined : await section(`build scaling: ${sizes.join(', ')} explainers × 50 events`, async () => {
  const runs: BuildRun[] = await buildScaling(root, tmp, sizes, quick ? 1 : 2, log);
  const [a, b] = runs.slice(-2);
  const cpuFit = linearFit(runs.map((r) => ({ explainers: r.explainers, seconds: r.cpuSeconds })));
  return {
    runs,
    ratio: {
      of: `${b.explainers}/${a.explainers}`,
      value: round(b.seconds / a.seconds, 2),
      cpu: round(b.cpuSeconds / a.cpuSeconds, 2),
      // The part that grows with the site: CPU seconds above the fixed start-up cost.
      cpuAboveFixed: round((b.cpuSeconds - cpuFit.fixed) / (a.cpuSeconds - cpuFit.fixed), 2),
    },
    fit: linearFit(runs),
    cpuFit,
  };
});

// 5. The timeline at 1,000 events (from bench/timeline.ts, issue #3).
const timeline: TimelineSection | undefined = !all ? undefined : await section('timeline (bench/timeline.ts)', () => timelineSection(root, { log }));

// 6. Scale: incremental builds of 100, 1,000 and 3,000 explainers (bench/scale.ts, issue #20).
const scale: ScaleSection | undefined = await section(`scale: ${scaleSizes.join(', ')} explainers, cold / no change / one edit`, () =>
  scaleSection(root, join(tmp, 'scale'), scaleSizes, log),
);

/** The last run's results, whose sections a run of one section keeps. */
const previous = (() => {
  try {
    return JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf-8')) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
const fresh = {
  generatedAt: new Date().toISOString(),
  quick,
  machine: await machine(chromiumVersion),
  versions: { lighthouse: lighthouse ? Object.values(lighthouse)[0]?.lighthouseVersion : undefined, timelinejs: all ? timelineJsVersion(root) : undefined },
  method: {
    transfer: 'Chromium via Playwright loads the page from a local server that gzips text at level 9, scrolls to the end in 80%-of-viewport steps, waits for network idle; sum of response body bytes as transferred. Requests to other origins are refused (offline) and listed.',
    lighthouse: `Lighthouse mobile preset (simulated throttling), ${quick ? 1 : 3} run(s) per page, the run with the median performance score kept; Chromium --headless=new with the test flags.`,
    buildScaling: 'Synthetic sites generated in a temporary folder from the first explainer of content/ (50 events each), each built with `astro build` in a fresh copy of the project (cold Astro cache), twice in a full run (the faster kept), once with --quick; wall-clock seconds, and CPU seconds (user + system) of the build process tree.',
  },
  explainer: slug,
  site,
  pageWeight: weight,
  lighthouse,
  buildScaling: scaling,
  timeline,
  scale,
  errors,
  benchSeconds: round((performance.now() - t0) / 1000, 1),
};
// Running one section keeps the others' figures (and their date and machine) from the last full run,
// and the scale section keeps the sizes it did not build this time (e.g. `--sizes=3000` alone).
const previousScale = previous.scale as ScaleSection | undefined;
// A scale run that failed keeps the last run's rows (its error is reported beside them).
const mergedScale: ScaleSection | undefined =
  scale && previousScale && !all
    ? { ...scale, runs: [...previousScale.runs.filter((r) => !scaleSizes.includes(r.explainers)), ...scale.runs].sort((a, b) => a.explainers - b.explainers) }
    : (scale ?? (all ? undefined : previousScale));
const results = (all ? fresh : { ...previous, scale: mergedScale, scaleGeneratedAt: fresh.generatedAt, scaleMachine: fresh.machine, errors }) as typeof fresh;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

// Pictures, drawn with the bench's bar-chart layout.
const KIND_COLORS = [
  { key: 'html', label: 'HTML', color: '#1f4e79' },
  { key: 'css', label: 'CSS', color: '#4f8fc0' },
  { key: 'js', label: 'JS', color: '#c0504d' },
  { key: 'font', label: 'Fonts', color: '#e3a33b' },
  { key: 'data', label: 'Data', color: '#7f6aa8' },
  { key: 'image', label: 'Images', color: '#6b8e23' },
  { key: 'other', label: 'Other', color: '#8c8c8c' },
];
if (weight) {
  const rows = (['phone', 'desktop'] as const).flatMap((d) => [
    { label: `This explainer (${d})`, segments: Object.entries(weight[d].explainer.byKind).map(([key, value]) => ({ key, value: value / 1024 })) },
    { label: `TimelineJS (${d})`, segments: Object.entries(weight[d].timelinejs.byKind).map(([key, value]) => ({ key, value: value / 1024 })) },
  ]);
  const svg = renderBarChart(
    barChartLayout({
      title: 'What a reader downloads: the whole explainer vs a TimelineJS timeline',
      description: `Transferred gzip bytes after loading and scrolling to the end, by file type. ${rows.map((r) => `${r.label}: ${r.segments.reduce((n, s) => n + s.value, 0).toFixed(1)} KB`).join('; ')}. TimelineJS's Google Fonts requests are refused offline and not counted.`,
      rows,
      keys: KIND_COLORS,
      format: (v) => `${Math.round(v * 10) / 10} KB`,
      axisLabel: 'KB transferred (gzip)',
    }),
  );
  writeFileSync(join(outDir, 'page-weight.svg'), svg);
}
if (scaling) {
  const svg = renderBarChart(
    barChartLayout({
      title: 'Build cost by number of explainers (50 events each)',
      description: `CPU seconds (user + system) of astro build. ${scaling.runs.map((r) => `${r.explainers} explainers: ${r.cpuSeconds} CPU s, ${r.seconds} s wall`).join('; ')}. Fit: ${scaling.cpuFit.fixed} s fixed + ${scaling.cpuFit.perExplainer} s per explainer.`,
      rows: scaling.runs.map((r) => ({
        label: `${r.explainers} explainers`,
        segments: [{ key: 'cpu', value: r.cpuSeconds }],
        note: `${r.cpuSeconds.toFixed(1)} CPU s · ${r.seconds.toFixed(1)} s wall`,
      })),
      keys: [{ key: 'cpu', label: 'CPU seconds', color: '#1f4e79' }],
      format: (v) => `${Math.round(v * 10) / 10} s`,
      axisLabel: 'CPU seconds (user + system) of astro build',
    }),
  );
  writeFileSync(join(outDir, 'build-scaling.svg'), svg);
}

if (results.scale) writeFileSync(join(outDir, 'scale.svg'), renderBarChart(barChartLayout(scaleChartInput(results.scale))));

const tables = formatTables(results);
writeFileSync(join(outDir, 'results.md'), tables);
// A full run also refreshes the README's table, between its bench markers.
const readme = join(root, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const text = readFileSync(readme, 'utf-8');
if (!quick && !Object.keys(errors).length && text.includes(START) && text.includes(END)) {
  writeFileSync(readme, `${text.slice(0, text.indexOf(START) + START.length)}\n${tables}${text.slice(text.indexOf(END))}`);
  log('updated the table in README.md');
}
log(`\n${tables}`);
log(`wrote ${join(outDir, 'results.json')}, results.md${weight ? ', page-weight.svg' : ''}${scaling ? ', build-scaling.svg' : ''}${scale ? ', scale.svg' : ''} in ${fresh.benchSeconds} s`);
rmSync(tmp, { recursive: true, force: true });
if (Object.keys(errors).length) {
  console.error(`\n${Object.keys(errors).length} section(s) failed:\n${Object.entries(errors).map(([k, v]) => `${k}: ${v}`).join('\n')}`);
  process.exit(1);
}
