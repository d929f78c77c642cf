/**
 * What one <Timeline> draws, worked out once for the two places that render it: the explainer page
 * (Timeline.astro: zoom 1 and the phone layout) and the static file of its closer zoom levels
 * (TimelineZoom.astro, served as /<slug>/timeline-<n>.json and fetched when the reader first zooms).
 * Both get the same events, layouts, ids and words from here, so the levels fit the page they join.
 */
import { timelineSchema, type Props } from '../../../schemas/components/Timeline.ts';
import { explainerContext, propsSchemaOf } from '../context.ts';
import { validateProps } from '../props.ts';
import { claimIsland, type IslandIds, type IslandTally } from '../../../lib/ids.ts';
import { uiStrings, DEFAULT_LANG } from '../../../lib/i18n.ts';
import { tickWords } from '../../../lib/tick-words.ts';
import { dateLocale, formatWhen } from '../../../lib/dates.ts';
import { eventAnchor, explainerPath } from '../../../lib/urls.ts';
import { eventWhen } from '../../../lib/timeline/events.ts';
import { dayStart, DAY } from '../../../lib/timeline/interval.ts';
import { layoutTimeline, toLayoutEvent, ZOOM_LEVELS, type TimelineLayout } from '../../../lib/timeline/index.ts';

/**
 * `drawn`: the zoom level the caller draws first (0 for the page, 1 for the zoom file): the lanes'
 * names and the clock are read from it (they are the same at every level), so no other level is laid out for them.
 */
export async function timelineDrawing(locals: App.Locals, raw: Props, island: IslandIds, drawn = 0) {
  const t = uiStrings(locals.lang);
  const ctx = await explainerContext('Timeline', locals, raw.explainer);
  const props = validateProps('Timeline', propsSchemaOf(ctx, timelineSchema), raw, ctx.file);
  const shown = ctx.events.filter(
    (e) =>
      (!props.events || props.events.includes(e.id)) &&
      (!props.lanes || props.lanes.includes(e.lane)) &&
      (!props.from || eventWhen(e).end > dayStart(props.from)) &&
      (!props.to || eventWhen(e).start < dayStart(props.to) + DAY) &&
      (props.context || !('document' in e.citation)),
  );
  if (shown.length === 0) {
    throw new Error(`<Timeline> in ${ctx.file}: no event matches the props (events, lanes, from, to, context); widen them`);
  }
  /** In an embed, every link points at the article and opens in the top window. */
  const base = locals.embedBase;
  // The first timeline of a page keeps the plain ids (#event-<id> is the permalink teachers share); a
  // second one gets its own (src/lib/ids.ts), so two never share an id, a control or an address.
  const uid = island.id(`timeline-${ctx.slug}`);
  const hintId = `${uid}-keys`;
  /** The address part before an event id, in this timeline's list: `event-`, or `ek-timeline2-event-`… */
  const hashPrefix = island.id(eventAnchor(''));
  const anchorOf = (id: string) => `${hashPrefix}${id}`;

  const published = (article: string) => ctx.site.sources?.get(article)?.published;
  const lang = locals.lang ?? DEFAULT_LANG;
  // Another language than the kit's: each mark's date in it (the layout writes English).
  const layoutEvents = shown.map((e) => (lang === DEFAULT_LANG ? toLayoutEvent(e, published) : { ...toLayoutEvent(e, published), dateText: formatWhen(eventWhen(e), lang) }));
  // A translation names the lanes in its language (front matter lanes:), and its ticks' dates too.
  const laneNames = ctx.explainer?.data.translation?.lanes;
  const range = { lanes: props.lanes, from: props.from, to: props.to, laneNames };
  // The layouts are made as they are asked for, each once: the page draws zoom 1 and the phone
  // layout, the zoom file the closer levels (a layout is most of a timeline's build time, and the
  // page and its zoom file are rendered apart, so each asks only for its own). The page's key asks
  // whether any level clusters marks: when zoom 1 does, no other level is laid out for it.
  const made = new Map<number | 'vertical', TimelineLayout>();
  const make = (key: number | 'vertical', draw: () => TimelineLayout) => {
    let L = made.get(key);
    if (!L) made.set(key, (L = relabel(draw(), lang, laneNames)));
    return L;
  };
  // The deepest zoom level draws every mark (no clusters), so each one can be reached there.
  const level = (i: number) => make(i, () => layoutTimeline(layoutEvents, { ...range, orientation: 'horizontal', zoom: ZOOM_LEVELS[i], cluster: i !== ZOOM_LEVELS.length - 1 }));
  // A translation's dates are written in its words (relabel): a month's name in Arabic is longer than "Feb".
  const vertical = () => make('vertical', () => layoutTimeline(layoutEvents, { ...range, orientation: 'vertical', ...(lang !== DEFAULT_LANG && { gutter: 62 }) }));
  /** The closer zoom levels (2×, 4×, 8×), drawn by the zoom file (or a page without one). */
  const closerLevels = () => ZOOM_LEVELS.slice(1).map((_, i) => level(i + 1));
  /** Whether any level draws a cluster (the key explains it); the deepest never does. */
  const clustered = () => ZOOM_LEVELS.slice(0, -1).some((_, i) => level(i).clusters.length > 0);
  const lanes = level(drawn).lanes;
  const laneName = (lane: string) => lanes.find((l) => l.id === lane)?.label ?? lane;
  const desc = t('timeline.svgDesc', {
    count: shown.length,
    from: formatWhen(eventWhen(shown[0]), locals.lang),
    to: formatWhen(eventWhen(shown[shown.length - 1]), locals.lang),
    lanes: lanes.length,
    laneNames: lanes.map((l) => l.label).join(t('list.separator')),
  });
  const svgProps = { desc, hintId, base, anchorOf };
  // The clock the axis' hours are read on, named as the panel names an event's time ("GMT+5:45", "UTC").
  const clock = level(drawn).zone;
  const zone = clock && t('timeline.zone', { zone: zoneName(clock, locals.lang) });
  return { ctx, props, shown, base, uid, hintId, hashPrefix, anchorOf, level, closerLevels, clustered, vertical, lanes, laneName, svgProps, zone };
}

/**
 * A layout in the page's language: a translation's lane names (front matter lanes:), and its ticks'
 * dates in its words. The layout made room for "12 Feb", not for a long month name ("12 فبراير"):
 * after the first tick of a month, its days alone (as Arabic papers number a month's days).
 */
function relabel(L: TimelineLayout, lang: string, laneNames: Record<string, string> | undefined): TimelineLayout {
  if (laneNames) for (const l of L.lanes) l.label = laneNames[l.id] ?? l.label;
  if (lang !== DEFAULT_LANG) {
    let month = '';
    for (const tick of L.ticks) {
      const words = tickWords(tick, lang, { dayOnly: tick.label.length === 1 && tick.date.slice(0, 7) === month });
      month = tick.date.slice(0, 7);
      tick.label = words;
    }
  }
  return L;
}

/** The ids of the `index`-th timeline of a page, as claimIsland gave them when the page was rendered. */
export function nthTimeline(index: number): IslandIds {
  const tally: IslandTally = { islands: { timeline: index - 1 } };
  return claimIsland(tally, 'timeline');
}

/**
 * Which static file holds this timeline's closer zoom levels: the `index`-th <Timeline> of an
 * explainer's own MDX is /<slug>/timeline-<index>.json, an embed's timeline /<slug>/timeline-embed.json
 * (src/pages/[slug]/timeline-[n].json.ts writes them). Anywhere else (the editors' guide) there is no
 * file: the levels stay in the page, in <template>s.
 */
export function zoomFilePath(locals: App.Locals, index: number): string | undefined {
  const page = locals.explainer;
  // The files are written for the original's pages; a translation's page keeps its levels in <template>s.
  if (!page || (locals.lang ?? DEFAULT_LANG) !== DEFAULT_LANG) return undefined;
  if (locals.embedBase) return index === 1 ? `${explainerPath(page)}timeline-embed.json` : undefined;
  return locals.mdx ? `${explainerPath(page)}timeline-${index}.json` : undefined;
}

/** "+05:45" → "GMT+5:45", "Z" → "UTC": the zone's short name, as Intl writes it beside a time. */
export function zoneName(zone: string, lang?: string): string {
  const parts = new Intl.DateTimeFormat(dateLocale(lang), { timeZone: zone === 'Z' ? 'UTC' : zone, timeZoneName: 'short' }).formatToParts(0);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}
