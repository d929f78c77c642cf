// The bench's tables, as Markdown: printed by `npm run bench` and pasted into the README.
import type { Transfer } from './transfer.ts';
import type { BuildRun } from './scaling.ts';
import type { TimelineSection } from '../timeline.ts';
import { formatScale, type ScaleSection } from '../scale.ts';

/** One Lighthouse run's figures (bench/lib/lighthouse.ts measures them). */
export interface LighthouseResult {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** First Contentful Paint, ms. */
  fcp: number;
  /** Audits that failed in accessibility, best practices and SEO (id: title), to act on. */
  failed: string[];
  lighthouseVersion: string;
  userAgent: string;
}

interface Results {
  generatedAt: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; ramGiB: number; os: string; node: string; chromium?: string; loadAverage: { start: number; end: number } };
  versions: { lighthouse?: string; timelinejs: string };
  explainer: string;
  site?: { builtFiles: { initialGzip: number; siteClientJsGzip: number; lazyJsGzip: number } };
  pageWeight?: Record<string, { explainer: Transfer; timelinejs: Transfer; ratio: number }>;
  lighthouse?: Record<string, LighthouseResult & { runs: number }>;
  buildScaling?: { runs: BuildRun[]; ratio: { of: string; value: number; cpu: number; cpuAboveFixed: number }; fit: { fixed: number; perExplainer: number }; cpuFit: { fixed: number; perExplainer: number } };
  timeline?: TimelineSection;
  scale?: ScaleSection;
  /** When the scale section ran alone (`node bench/run.ts scale`): its own date and load. */
  scaleGeneratedAt?: string;
  scaleMachine?: { loadAverage: { start: number; end: number } };
  errors: Record<string, string>;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(row)].join('\n');
const notRun = (name: string, errors: Record<string, string>) => {
  const e = Object.entries(errors).find(([k]) => k.toLowerCase().includes(name));
  return e ? `_${name}: failed in this run (${e[1].split('\n')[0]})_` : `_${name}: not run_`;
};

export function formatTables(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Run ${r.generatedAt}${r.quick ? ' (--quick)' : ''} on ${m.cpus} CPUs (${m.cpuModel}), ${m.ramGiB} GiB RAM, ${m.os}; Node ${m.node}, Chromium ${m.chromium ?? '?'}, Lighthouse ${r.versions.lighthouse ?? '?'}, TimelineJS ${r.versions.timelinejs}. Load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end. Explainer: \`/${r.explainer}/\`.`,
  );

  out.push('\n**Page weight** — transferred bytes (gzip) after loading and scrolling to the end, Chromium');
  if (r.pageWeight) {
    out.push(
      table(
        ['Viewport', 'This explainer (whole article)', 'TimelineJS (timeline only)', 'TimelineJS / explainer'],
        Object.entries(r.pageWeight).map(([device, w]) => [
          device,
          `${kb(w.explainer.total)} in ${w.explainer.requests} requests`,
          `${kb(w.timelinejs.total)} in ${w.timelinejs.requests} requests${w.timelinejs.thirdParty.length ? ` + ${w.timelinejs.thirdParty.length} third-party font files not counted` : ''}`,
          `${w.ratio}×`,
        ]),
      ),
    );
    const w = Object.values(r.pageWeight)[0];
    const kinds = [...new Set([...Object.keys(w.explainer.byKind), ...Object.keys(w.timelinejs.byKind)])];
    out.push(
      '',
      table(
        ['By type (' + Object.keys(r.pageWeight)[0] + ')', 'Explainer', 'TimelineJS'],
        kinds.map((k) => [k, kb(w.explainer.byKind[k] ?? 0), kb(w.timelinejs.byKind[k] ?? 0)]),
      ),
    );
  } else out.push(notRun('page weight', r.errors));
  if (r.site) {
    out.push(
      `\nBuilt files (budget tests): ${kb(r.site.builtFiles.initialGzip)} gzip before interaction (budget 40 KB); ${kb(r.site.builtFiles.siteClientJsGzip)} gzip of client JS in the whole site, lazy chunks included (budget 30 KB).`,
    );
  }

  out.push('\n**Lighthouse** — mobile preset (simulated slow 4G, 4× CPU slowdown)');
  if (r.lighthouse) {
    const e = r.lighthouse.explainer;
    const t = r.lighthouse.timelinejs;
    const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v} ms`);
    out.push(
      table(
        [`Metric (median of ${e.runs} run${e.runs > 1 ? 's' : ''})`, 'This explainer', 'TimelineJS'],
        [
          ['Performance', e.performance, t.performance],
          ['Accessibility', e.accessibility, t.accessibility],
          ['Best practices', e.bestPractices, t.bestPractices],
          ['SEO', e.seo, t.seo],
          ['Largest Contentful Paint', ms(e.lcp), ms(t.lcp)],
          ['Total Blocking Time', ms(e.tbt), ms(t.tbt)],
          ['Cumulative Layout Shift', e.cls.toFixed(3), t.cls.toFixed(3)],
        ],
      ),
    );
    for (const [name, res] of Object.entries(r.lighthouse)) if (res.failed.length) out.push(`\n${name} failed audits: ${res.failed.join('; ')}`);
  } else out.push(notRun('lighthouse', r.errors));

  out.push(`\n**Build scaling** — synthetic sites, 50 events per explainer, \`astro build\` from a cold cache${r.quick ? '' : ', faster of 2 runs'}`);
  if (r.buildScaling) {
    const s = r.buildScaling;
    out.push(
      table(
        ['Explainers', 'Events', 'Build, wall (s)', 'Seconds per explainer', 'CPU (s)'],
        s.runs.map((x) => [x.explainers, x.events.toLocaleString('en'), x.seconds.toFixed(1), x.secondsPerExplainer.toFixed(3), x.cpuSeconds.toFixed(1)]),
      ),
      `\nRatio ${s.ratio.of}: **${s.ratio.value}** wall clock, ${s.ratio.cpu} CPU; ` +
        `CPU above the fixed start-up cost: **${s.ratio.cpuAboveFixed}** (2 = linear). ` +
        `Least-squares fit: ${s.cpuFit.fixed} CPU s fixed + ${(s.cpuFit.perExplainer * 1000).toFixed(0)} CPU ms per explainer ` +
        `(wall clock: ${s.fit.fixed} s + ${(s.fit.perExplainer * 1000).toFixed(0)} ms per explainer).`,
    );
  } else out.push(notRun('build scaling', r.errors));

  out.push('\n**Timeline at 1,000 events** (bench/timeline.ts)');
  if (!r.timeline) out.push(notRun('timeline', r.errors));
  else {
    const t = r.timeline.results;
    const b = t.browser!;
    const at = (n: number) => (n === b.events ? '' : '—');
    out.push(
      table(
        ['Events', ...t.layout.map((l) => l.events.toLocaleString('en'))],
        [
          ['Layout, both orientations (ms, median)', ...t.layout.map((l) => l.layoutMs)],
          ['`astro build` of the site with that timeline (s)', ...t.build.map((x) => (x.buildMs / 1000).toFixed(1))],
          ['Chromium: ms per ArrowRight step (median)', ...t.layout.map((l) => at(l.events) || b.arrowRightMs)],
          ['Chromium: ms per pan frame, script + layout (median)', ...t.layout.map((l) => at(l.events) || b.panFrameMs)],
          ...(b.panFrameIntervalMs !== undefined
            ? [['Chromium: frame interval while panning / idle (ms)', ...t.layout.map((l) => at(l.events) || `${b.panFrameIntervalMs} / ${b.idleFrameIntervalMs}`)]]
            : []),
        ],
      ),
    );
  }
  out.push('');
  if (r.scale) {
    if (r.scaleGeneratedAt) out.push(`_Scale section run on its own at ${r.scaleGeneratedAt} (load average ${r.scaleMachine?.loadAverage.start} at its start, ${r.scaleMachine?.loadAverage.end} at its end)._\n`);
    out.push(formatScale(r.scale));
  } else out.push(notRun('scale', r.errors));
  const failed = Object.keys(r.errors);
  if (failed.length) out.push(`\n**Failed sections:** ${failed.join(', ')}`);
  return `${out.join('\n')}\n`;
}
