// Lighthouse, mobile preset (its default: a mid-range phone, simulated slow 4G and 4× CPU slowdown),
// on the Chromium the tests use ($CHROME_PATH, else tests/helpers/browser.ts's choice), headless,
// with the same flags as Playwright. Offline: requests to other origins fail, as they would behind a
// strict firewall; the report lists them.
import lighthouse from 'lighthouse';
import type { LighthouseResult } from './report.ts';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../tests/helpers/browser.ts';


export function chromePath(): string {
  const p = process.env.CHROME_PATH ?? chromiumExecutable();
  if (!p) throw new Error('No Chromium found: set CHROME_PATH (or PLAYWRIGHT_CHROMIUM_PATH)');
  return p;
}

export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const failed = ['accessibility', 'best-practices', 'seo'].flatMap((cat) =>
      (lhr.categories[cat]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${cat}/${ref.id}: ${lhr.audits[ref.id].title}`),
    );
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: Math.round(num('largest-contentful-paint')),
      tbt: Math.round(num('total-blocking-time')),
      cls: Number(num('cumulative-layout-shift').toFixed(4)),
      fcp: Math.round(num('first-contentful-paint')),
      failed,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
    };
  } finally {
    chrome.kill();
  }
}

/** Runs Lighthouse `runs` times and keeps the run with the median performance score. */
export async function medianLighthouse(url: string, runs: number): Promise<LighthouseResult & { runs: number; performanceScores: number[] }> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url));
  const sorted = [...results].sort((a, b) => a.performance - b.performance || a.lcp - b.lcp);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], runs, performanceScores: results.map((r) => r.performance) };
}
