import { z } from 'astro/zod';
import { editorMessage } from '../messages.ts';
import { didYouMean, nearest } from '../../lib/nearest.ts';
import { storyOrder } from '../../lib/timeline/order.ts';
import { writtenInterval, type DateQualifier, type WhenInput } from '../../lib/dates.ts';

/**
 * What an MDX component's props may refer to, known once the content is read: the ids of this
 * explainer's events and lanes, of all actors and terms, the articles it cites with their paragraph
 * counts. The build (the component) and the lint pass the same; without it (docs, types) any id is allowed.
 */
export interface PropContext {
  actors?: readonly string[];
  terms?: readonly string[];
  events?: readonly string[];
  lanes?: readonly string[];
  incidents?: readonly string[];
  /** Place ids (content/places.yaml). */
  places?: readonly string[];
  /** The explainer's source articles (front matter "sources"), the first being the default. */
  articles?: readonly string[];
  /** Paragraph count of each source article. */
  paragraphs?: ReadonlyMap<string, number>;
  /** The page's language: default headings are in it. */
  lang?: string;
}

const an = (what: string) => (/^[aeiou]/.test(what) ? 'an' : 'a');

/** Beyond this many, the known ids are not listed in a message (the file that defines them is named). */
const LISTED = 12;

/**
 * z.enum over values known only once content is read (actor ids, lanes), with a message that names
 * the nearest id when one is a slip away ("did you mean `daniel-orme`?"), else lists them when few.
 */
export function oneOf(values: readonly string[], what: string) {
  const allowed = !values.length ? '; allowed: (none defined)' : values.length <= LISTED ? `; allowed: ${values.join(', ')}` : '';
  const hint = (input: unknown) => (typeof input === 'string' && didYouMean(input, values)) || allowed || '; none is close: check the spelling';
  return z
    .string({ error: (issue) => `${issue.input === undefined ? 'is required' : 'must be text'}: ${an(what)} ${what}${allowed}` })
    .refine((v) => values.includes(v), { error: (issue) => `"${String(issue.input)}" is not a known ${what}${hint(issue.input)}` });
}

/** An id prop: one of `values` when they are known, otherwise any text. */
export const idOf = (values: readonly string[] | undefined, what: string) =>
  values ? oneOf(values, what) : z.string({ error: (i) => (i.input === undefined ? `is required: ${an(what)} ${what}` : 'must be text') });

export const WHAT = {
  actor: 'actor id (content/actors.yaml or content/actors/*.yaml)',
  term: 'glossary term id (content/glossary.yaml or content/glossary/*.yaml)',
  article: 'source article of this explainer (front matter "sources")',
} as const;

/** The prop every data component takes to show another explainer's data (checked by context.ts). */
export const explainerProp = z.string().optional().describe("The explainer whose data to show (default: the page's own).");

/** The source article a citation is from: one of the explainer's front matter "sources". */
export const articleProp = (ctx: PropContext) =>
  idOf(ctx.articles, WHAT.article).optional().describe('A source id from the front matter "sources" (default: the first).');

/** Paragraph numbers of a source article, e.g. {[1, 7]}. */
export const paragraphsProp = (example: string, what: string) =>
  z
    .array(z.int({ error: `must list whole paragraph numbers, e.g. {[${example}]}` }).min(1, { message: 'paragraph numbers start at 1' }), {
      error: (i) => (i.input === undefined ? `is required: ${what}, e.g. paragraphs={[${example}]}` : `must be a list of paragraph numbers, e.g. {[${example}]}`),
    })
    .min(1, { message: `must name at least one paragraph, e.g. {[${example.split(',')[0]}]}` });

/** The check that cited paragraphs exist in the article (default: the explainer's first source). */
export function paragraphsExist(ctx: PropContext) {
  return (p: { article?: string; paragraphs: number[] }, refine: z.RefinementCtx) => {
    const article = p.article ?? ctx.articles?.[0];
    const count = article === undefined ? undefined : ctx.paragraphs?.get(article);
    if (count === undefined) return;
    const bad = p.paragraphs.filter((n) => n > count);
    if (bad.length) refine.addIssue({ code: 'custom', path: ['paragraphs'], message: `paragraph ${bad.join(', ')} does not exist: article "${article}" has ${count} paragraphs` });
  };
}

/** One problem with a component's props: which prop (dotted), and what to write. */
export interface PropIssue {
  prop: string;
  message: string;
}

/**
 * Checks props against a component's schema, in editors' words: the one check behind the component
 * (which throws, failing the build) and the lint (which lists). Unknown props name the ones allowed.
 */
export function propIssues<S extends z.ZodType>(component: string, schema: S, props: unknown): { data: z.output<S>; issues: [] } | { data?: undefined; issues: PropIssue[] } {
  const result = schema.safeParse(props, { error: editorMessage });
  if (result.success) return { data: result.data, issues: [] };
  const shape = propNames(schema);
  const given = props && typeof props === 'object' ? Object.keys(props) : [];
  // A misspelt prop (speeker=) is one slip: one line naming the prop meant, and no "is required" line for that prop.
  const meant = new Map(given.filter((k) => !shape.includes(k)).map((k) => [k, nearest(k, shape.filter((p) => !given.includes(p)), 1)[0]] as const));
  const issues = result.error.issues.flatMap((issue): PropIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const near = meant.get(key);
        return { prop: key, message: near ? `\`${key}\` is not a prop of <${component}>: did you mean \`${near}\`?` : `not a prop of <${component}>; allowed props: ${shape.join(', ')}` };
      });
    }
    if (issue.path.length === 1 && [...meant.values()].includes(String(issue.path[0])) && !given.includes(String(issue.path[0]))) return [];
    return [{ prop: issue.path.length ? issue.path.map(String).join('.') : '(props)', message: issue.message }];
  });
  return { issues };
}

/** The prop names of a component schema (through refinements). */
export function propNames(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; shape?: object; in?: z.ZodType } } })._zod.def;
  if (def.shape) return Object.keys(def.shape);
  return def.in ? propNames(def.in) : [];
}

/** Ids, as a list or as the keys of the site's map of them. */
type Ids = readonly string[] | ReadonlyMap<string, unknown>;
type Sources = readonly { id: string; paragraphs: readonly string[] }[] | ReadonlyMap<string, { id: string; paragraphs: readonly string[] }>;

/** What `propContext` reads: the content one explainer can refer to, as the build and the lint hold it. */
export interface PropContextInput {
  /** The site's actors, terms and places (shared by every explainer: the same list or map for each). */
  actors: Ids;
  terms: Ids;
  /** This explainer's events and incidents, in any order: they are put in time and file order here. */
  events: readonly { id: string; lane: string; date: WhenInput; precision?: DateQualifier | 'day'; loc: { line: number } }[];
  incidents: readonly { id: string; loc: { line: number } }[];
  articles: readonly string[];
  sources: Sources;
  places?: Ids;
  lang?: string;
}

const idLists = new WeakMap<object, readonly string[]>();
const paragraphCounts = new WeakMap<object, ReadonlyMap<string, number>>();
/**
 * The site-wide parts of a context, made once per list and shared by every explainer's context (a
 * copy for each would grow with the square of the site: 3,000 explainers citing 3,000 articles).
 */
const idsOf = (ids: Ids): readonly string[] => {
  if (Array.isArray(ids)) return ids as readonly string[];
  let list = idLists.get(ids);
  if (!list) idLists.set(ids, (list = [...(ids as ReadonlyMap<string, unknown>).keys()]));
  return list;
};
const countsOf = (sources: Sources): ReadonlyMap<string, number> => {
  let counts = paragraphCounts.get(sources);
  if (!counts) {
    const list = Array.isArray(sources) ? sources : [...(sources as ReadonlyMap<string, { id: string; paragraphs: readonly string[] }>).values()];
    paragraphCounts.set(sources, (counts = new Map(list.map((s) => [s.id, s.paragraphs.length]))));
  }
  return counts;
};

/** The one way the component and the lint turn content into what props may refer to (same ids, same order). */
export function propContext(input: PropContextInput): PropContext {
  const events = storyOrder(input.events, writtenInterval, (e) => e.loc.line);
  return {
    actors: idsOf(input.actors),
    terms: idsOf(input.terms),
    events: events.map((e) => e.id),
    lanes: [...new Set(events.map((e) => e.lane))],
    incidents: [...input.incidents].sort((a, b) => a.loc.line - b.loc.line).map((i) => i.id),
    articles: input.articles,
    paragraphs: countsOf(input.sources),
    ...(input.places ? { places: idsOf(input.places) } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
  };
}
