// /<slug>/timeline-<n>.json: the closer zoom levels of the n-th <Timeline> of an explainer's MDX, and
// /<slug>/timeline-embed.json those of its embed's timeline. Written at build time with the page's
// own components (src/components/mdx/Timeline/TimelineZoom.astro), so the page carries zoom 1 only
// and the island fetches the rest when the reader first zooms (src/client/timeline/zoom-levels.ts).
// `{ "markup": "<svg …>…</svg>…" }`: the drawings as Astro writes them into a page (HTML, not XML:
// an attribute may hold a "<"), parsed by the browser's HTML parser as the page's own markup is.
import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getExplainerData, getSiteContent, type ExplainerEntry } from '../../content/site.ts';
import { SCAN_KEY, isUnevaluated, type MdxScan } from '../../content/mdx/scan.ts';
import type { Props as TimelineProps } from '../../schemas/components/Timeline.ts';
import { explainerPath } from '../../lib/urls.ts';
import { explainerCacheKey } from '../../content/cache-key.ts';
import TimelineZoom from '../../components/mdx/Timeline/TimelineZoom.astro';

interface Props {
  entry: ExplainerEntry;
  /** The <Timeline>'s props, as written. */
  timeline: TimelineProps;
  /** Which timeline of its page it is. */
  index: number;
  embed: boolean;
}

export const getStaticPaths = (async () => {
  const { explainers } = await getSiteContent();
  const paths = [];
  for (const entry of explainers) {
    if ((await getExplainerData(entry.id)).events.length === 0) continue; // <Timeline> draws a note, no island
    const cacheKey = await explainerCacheKey(entry.id);
    const scan = (await render(entry)).remarkPluginFrontmatter[SCAN_KEY] as MdxScan | undefined;
    const usages = (scan?.usages ?? []).filter((u) => u.component === 'Timeline');
    usages.forEach((u, i) => {
      // The lint refuses props that are not literals; such a timeline keeps its levels in the page.
      if (u.spread || Object.values(u.props).some(isUnevaluated)) return;
      paths.push({ params: { slug: entry.id, n: String(i + 1) }, props: { entry, timeline: u.props as TimelineProps, index: i + 1, embed: false }, cacheKey });
    });
    // The embed page's <Timeline explainer="…" /> (src/pages/embed/[slug]/[island].astro).
    paths.push({ params: { slug: entry.id, n: 'embed' }, props: { entry, timeline: { explainer: entry.id }, index: 1, embed: true }, cacheKey });
  }
  return paths;
}) satisfies GetStaticPaths;

let container: AstroContainer | undefined;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { entry, timeline, index, embed } = props;
  container ??= await AstroContainer.create();
  const locals: App.Locals = { explainer: entry.id, ...(embed ? { embedBase: new URL(explainerPath(entry.id), site).href } : {}) };
  const markup = await container.renderToString(TimelineZoom, { props: { timeline, index }, locals });
  return new Response(JSON.stringify({ markup }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
