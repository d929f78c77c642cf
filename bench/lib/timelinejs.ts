// The page newsrooms would otherwise publish: Knight Lab's TimelineJS, from its npm package
// (@knight-lab/timelinejs, served locally from node_modules), showing the same events as our
// explainer. Its data is built from our content files, in TimelineJS's JSON format.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Where the package keeps what a page loads: dist/js/timeline.js, dist/css/timeline.css, icon font, locales. */
export function timelineJsDist(root: string): string {
  const dir = join(root, 'bench/node_modules/@knight-lab/timelinejs/dist');
  if (!existsSync(join(dir, 'js/timeline.js'))) throw new Error(`TimelineJS is not installed (${dir}): run npm ci`);
  return dir;
}

export function timelineJsVersion(root: string): string {
  return JSON.parse(readFileSync(join(root, 'bench/node_modules/@knight-lab/timelinejs/package.json'), 'utf-8')).version;
}

interface EventLike {
  id: string;
  date: string;
  precision?: string;
  status?: string;
  lane: string;
  title: string;
  description: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ymd = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);

const laneLabel = (lane: string) => lane.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/** TimelineJS's JSON for a title slide and our events (a week-precision date becomes a 7-day span). */
export function timelineJsData(title: { headline: string; text: string }, events: EventLike[]) {
  return {
    title: { text: { headline: escapeHtml(title.headline), text: `<p>${escapeHtml(title.text)}</p>` } },
    events: events.map((e) => ({
      unique_id: `event-${e.id}`,
      start_date: ymd(e.date),
      ...(e.precision === 'week' ? { end_date: ymd(addDays(e.date, 6)) } : {}),
      ...(e.precision === 'approximate' || e.precision === 'after' ? { display_date: `${e.precision === 'after' ? 'After' : 'Around'} ${e.date}` } : {}),
      text: { headline: escapeHtml(e.title) + (e.status === 'expected' ? ' (expected)' : ''), text: `<p>${escapeHtml(e.description)}</p>` },
      group: laneLabel(e.lane),
    })),
  };
}

/** Reads an explainer's front matter and events from a content folder (validated by the build). */
export function readExplainer(contentDir: string, slug: string) {
  const mdx = readFileSync(join(contentDir, 'explainers', `${slug}.mdx`), 'utf-8');
  const fm = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)![1]) as { title: string; dek: string };
  const events = (parse(readFileSync(join(contentDir, 'events', `${slug}.yaml`), 'utf-8')) ?? []) as EventLike[];
  return { title: fm.title, dek: fm.dek, events: events.map((e) => ({ ...e, date: String(e.date) })) };
}

/**
 * Writes a minimal, fair TimelineJS page into `dir`: lang, title, viewport and description set
 * (so Lighthouse judges the timeline, not a sloppy page), the package's CSS and JS from `/tl/`
 * (served from node_modules), and the data as a JSON file, as the embed loads it.
 */
export function writeTimelineJsPage(dir: string, explainer: ReturnType<typeof readExplainer>, tlPrefix = '/tl/') {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify(timelineJsData({ headline: explainer.title, text: explainer.dek }, explainer.events)));
  writeFileSync(
    join(dir, 'index.html'),
    `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(explainer.title)} · TimelineJS</title>
<meta name="description" content="${escapeHtml(explainer.dek)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${tlPrefix}css/timeline.css">
<style>html,body{height:100%;margin:0}#timeline-embed{height:100%}</style>
</head>
<body>
<main id="timeline-embed"></main>
<script src="${tlPrefix}js/timeline.js"></script>
<script>
  window.timeline = new TL.Timeline('timeline-embed', new URL('timeline.json', location.href).href, { script_path: new URL('${tlPrefix}js/', location.href).href, language: 'en' });
</script>
</body>
</html>
`,
  );
}
