import { getExplainerData, type SiteContent, type ExplainerEntry, type EventData, type IncidentData } from '../../content/site.ts';
import { propValues, type Usage } from '../../content/mdx/scan.ts';
import { propError } from './props.ts';
import type { z } from 'astro/zod';
import { recentMemo } from '../../lib/recent.ts';
import { propContext, type PropContext } from '../../schemas/components/props.ts';
import { paragraphAnchor, paragraphHref } from '../../lib/urls.ts';
import { findExplainer } from '../../lib/editions.ts';
import { sourceNames, type SourceName } from '../../lib/sources.ts';
import { t } from '../../lib/i18n.ts';

/** What a component needs to know about the explainer it is rendered in. */
export interface ExplainerData {
  site: SiteContent;
  events: EventData[];
  incidents: IncidentData[];
}

/**
 * Explainers whose data does not come from the content collections: the living guide registers
 * its example data here (from `src/pages/guide/_content/`), so the examples render on any site.
 */
const registered = new Map<string, ExplainerData & { file: string; usages: Usage[] }>();

/** Makes `slug` resolve to this data instead of the content collections (see the guide page). */
export function registerExplainerData(slug: string, data: ExplainerData & { file: string; usages: Usage[] }) {
  registered.set(slug, data);
}

/**
 * The data of the explainer being rendered. Pages set `Astro.locals.explainer` before rendering the
 * MDX, so editors write `<Timeline />` without repeating the slug; a component used outside an
 * explainer page must be given `explainer="<slug>"`.
 */
export async function explainerContext(component: string, locals: App.Locals, explicit?: string) {
  const slug = explicit ?? locals.explainer;
  if (!slug) {
    throw new Error(`<${component}> needs to know its explainer: use it inside an explainer MDX file, or pass explainer="<slug>"`);
  }
  const own = registered.get(slug);
  const data: ExplainerData = own ?? (await getExplainerData(slug));
  const explainer: ExplainerEntry | undefined = findExplainer(data.site, slug);
  const file = own?.file ?? explainer?.filePath ?? `content/explainers/${slug}.mdx`;
  if (explicit && !own && !explainer) {
    const known = data.site.explainers.map((e) => e.id);
    propError(component, await currentFile(locals), 'explainer', `"${explicit}" is not a known explainer; allowed: ${known.join(', ') || '(none)'}`);
  }
  /** Every component written in this explainer's MDX, with its props (scanned by Astro's MDX compile). */
  const usages = own?.usages ?? (locals.explainer === slug ? locals.mdx?.usages : undefined) ?? [];
  // `slug` names the data (ids in the page, data-explainer): a translation shows its original's, so
  // its ids and anchors are the original's. `page` is the page's own id, for its paths (/ar/<slug>/…).
  return { slug: explainer?.data.translation?.of ?? slug, page: slug, file, explainer, usages, ...data };
}

export type ExplainerContext = Awaited<ReturnType<typeof explainerContext>>;

/** The MDX file being rendered, for error messages of components that need no data. */
export async function currentFile(locals: App.Locals): Promise<string | undefined> {
  const slug = locals.explainer;
  if (!slug) return undefined;
  const own = registered.get(slug);
  if (own) return own.file;
  const { site } = await getExplainerData(slug);
  return findExplainer(site, slug)?.filePath ?? `content/explainers/${slug}.mdx`;
}

/** What this explainer's components may refer to, for their schemas (src/schemas/components/). */
export function propsContextOf(ctx: ExplainerContext): PropContext {
  // Once per explainer (its events are read once: getExplainerData), not once per component written.
  let made = contexts.get(ctx.events);
  if (!made) contexts.set(ctx.events, (made = new Map()));
  const key = `${ctx.page}\n${ctx.explainer?.data.lang ?? ''}`;
  let props = made.get(key);
  if (!props) {
    made.set(
      key,
      (props = propContext({
        actors: ctx.site.actors,
        terms: ctx.site.glossary,
        events: ctx.events,
        incidents: ctx.incidents,
        articles: articlesOf(ctx),
        sources: ctx.site.sources,
        places: ctx.site.places,
        lang: ctx.explainer?.data.lang,
      })),
    );
  }
  return props;
}

const contexts = new WeakMap<readonly object[], Map<string, PropContext>>();
/** The schemas of the last few explainers rendered (a page's are asked for together): kept for all, they held gigabytes at 3,000. */
const schemas = recentMemo<PropContext, Map<(ctx: PropContext) => z.ZodType, z.ZodType>>(4);

/**
 * A component's prop schema for this explainer (`make` is the component's, e.g. refSchema): made once
 * per page and component, not once per use (a page writes <Ref> dozens of times, and making a
 * schema costs more than checking props with it).
 */
export function propsSchemaOf<S extends z.ZodType>(ctx: ExplainerContext, make: (ctx: PropContext) => S): S {
  const props = propsContextOf(ctx);
  const made = schemas(props, () => new Map());
  let schema = made.get(make);
  if (!schema) made.set(make, (schema = make(props)));
  return schema as S;
}

/** Source article ids a component may cite: the explainer's front matter `sources`. */
export function articlesOf(ctx: ExplainerContext): string[] {
  return ctx.explainer?.data.sources ?? [...ctx.site.sources.keys()];
}

/**
 * The actors a page names, in order of first appearance: in its events (as actors or speakers),
 * then in <Actor> and <Quote> in the text. <WhoIsWho> lists them and <Sources> cites them.
 */
export function pageActorIds(ctx: ExplainerContext): string[] {
  const ids = [
    ...ctx.events.flatMap((e) => [...e.actors, ...(e.quote ? [e.quote.speaker] : [])]),
    ...ctx.usages.flatMap((u) =>
      u.component === 'Actor' && typeof u.props.id === 'string' ? [u.props.id] : u.component === 'Quote' && typeof u.props.speaker === 'string' ? [u.props.speaker] : [],
    ),
  ];
  return [...new Set(ids)].filter((id) => ctx.site.actors.has(id));
}

/** The glossary terms a page uses: <Term id> in the text, then <KeyTerms terms>. */
export function pageTermIds(ctx: ExplainerContext): string[] {
  const listed = ctx.usages.flatMap((u) => (u.component === 'KeyTerms' && Array.isArray(u.props.terms) ? u.props.terms : []));
  const ids = [...propValues(ctx.usages, 'Term', 'id'), ...listed.filter((t): t is string => typeof t === 'string')];
  return [...new Set(ids)].filter((id) => ctx.site.glossary.has(id));
}

const idCounters = new WeakMap<object, Map<string, number>>();
/** `prefix-1`, `prefix-2`, … per rendered page: ids for components an editor may repeat. */
export function uniqueId(locals: App.Locals, prefix: string): string {
  const seen = idCounters.get(locals) ?? new Map<string, number>();
  idCounters.set(locals, seen);
  const n = (seen.get(prefix) ?? 0) + 1;
  seen.set(prefix, n);
  return `${prefix}-${n}`;
}

/**
 * Whether the explainer being rendered has its own source pages (/<slug>/source/<id>/). The guide's
 * registered examples have none: their ¶ links point at the paragraphs <Sources> quotes on the page.
 */
export function hasSourcePages(locals: App.Locals): boolean {
  return !!locals.explainer && !registered.has(locals.explainer);
}

/** Where a ¶ citation links: the paragraph on the source's own page (or on this page, in the guide). */
export function paragraphLink(locals: App.Locals, article: string, n: number): string {
  return hasSourcePages(locals) ? paragraphHref(locals.explainer!, article, n) : `#${paragraphAnchor(article, n)}`;
}

/**
 * How a citation names `article` when the page cites several sources, so two "¶1" links to
 * different articles never look or sound alike; undefined when the page has one source (the ¶ is enough).
 */
export function sourceNameOf(ctx: ExplainerContext, article: string): SourceName | undefined {
  const ids = articlesOf(ctx);
  if (ids.length < 2) return undefined;
  const sources = ids.flatMap((id) => {
    const s = ctx.site.sources.get(id);
    return s ? [{ ...s, id }] : [];
  });
  return sourceNames(sources, ctx.explainer?.data.lang).get(article);
}

/** The accessible name of one ¶ link: "source, paragraph 7", or with the source's name when the page has several. */
export function paragraphLabel(name: SourceName | undefined, n: number, lang = 'en'): string {
  return name ? t('cite.paragraphOf', { source: name.long, n }, lang) : t('cite.paragraph', { n }, lang);
}
