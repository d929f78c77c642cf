// The timeline's own measurements (issue #3) live in bench/timeline.ts, written with the timeline:
// layout/build time at 10/100/1,000 events and, in Chromium, ms per ArrowRight step and per pan
// frame at 1,000 events. This runner imports it when it exists and says so plainly when it doesn't.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type TimelineSection =
  | { available: false; reason: string }
  | { available: true; results: Record<string, unknown>; errors: Record<string, string> };

export async function timelineSection(root: string, options: { quick: boolean; log: (s: string) => void }): Promise<TimelineSection> {
  const file = join(root, 'bench/timeline.ts');
  if (!existsSync(file)) {
    return { available: false, reason: 'not available yet: bench/timeline.ts (the timeline island, issue #3) is not on this branch' };
  }
  // Through Vite's module runner: the timeline code imports src/ modules without file extensions.
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport<Record<string, unknown>>(file, { configFile: false, logLevel: 'error', root });
  const results: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [name, fn] of Object.entries(module)) {
    if (typeof fn !== 'function') continue;
    options.log(`  timeline: ${name}…`);
    try {
      results[name] = await (fn as (o: unknown) => Promise<unknown>)({ quick: options.quick, root });
    } catch (e) {
      errors[name] = (e as Error).message;
    }
  }
  return { available: true, results, errors };
}
