// The timeline's own measurements (issue #3) live in bench/timeline.ts, written with the timeline:
// layout and build time at 10/100/1,000 events and, in Chromium, ms per ArrowRight step and per
// pan frame at 1,000 events. This runner imports it when it exists and says so plainly when it
// doesn't: no number here is made up.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The shape bench/timeline.ts's runTimelineBench() returns (see that file). */
export interface TimelineBenchResult {
  layout: { events: number; layoutMs: number; runs: number }[];
  build: { events: number; buildMs: number }[];
  browser: { events: number; arrowRightMs: number; panFrameMs: number; panFrameIntervalMs?: number; idleFrameIntervalMs?: number; steps: number } | null;
}

export type TimelineSection =
  | { available: false; reason: string }
  | { available: true; sizes: number[]; results: TimelineBenchResult };

export const TIMELINE_SIZES = [10, 100, 1000];

export async function timelineSection(root: string, options: { log: (s: string) => void }): Promise<TimelineSection> {
  const file = join(root, 'bench/timeline.ts');
  if (!existsSync(file)) {
    return { available: false, reason: 'not available yet: bench/timeline.ts (the timeline island, issue #3) is not on this branch' };
  }
  const mod = (await import(pathToFileURL(file).href)) as { runTimelineBench?: (sizes: number[]) => Promise<TimelineBenchResult> };
  if (typeof mod.runTimelineBench !== 'function') {
    throw new Error('bench/timeline.ts does not export runTimelineBench(sizes): the bench cannot read its numbers');
  }
  options.log(`  timeline: layout, build and Chromium at ${TIMELINE_SIZES.join(', ')} events…`);
  const raw = await mod.runTimelineBench(TIMELINE_SIZES);
  // Only the figures: the temporary build folders it reports are gone by now.
  const results: TimelineBenchResult = { ...raw, build: raw.build.map(({ events, buildMs }) => ({ events, buildMs })) };
  if (!results.browser) throw new Error('bench/timeline.ts returned no browser measurements');
  options.log(`  ArrowRight ${results.browser.arrowRightMs} ms per step, pan ${results.browser.panFrameMs} ms per frame at ${results.browser.events} events`);
  return { available: true, sizes: TIMELINE_SIZES, results };
}
