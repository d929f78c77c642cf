import type { z } from 'astro/zod';
import type { CrossCheckInput } from '../crosscheck.ts';
import type { ContentProblem } from '../problems.ts';
import { scanMdx, isUnevaluated, type MdxScan, type Usage } from './scan.ts';
import { schemaOf, componentSchemas } from '../../schemas/components/index.ts';
import { propContext, propIssues, type PropContext } from '../../schemas/components/props.ts';
import { INLINE_HTML, syntaxRules, type MdxFinding } from './rules.ts';
import { byExplainer } from '../../lib/group-by.ts';
import { recentMemo } from '../../lib/recent.ts';

export interface MdxFile {
  id: string;
  file: string;
  /** The whole file, front matter included: lines are the file's. */
  text: string;
}

/** What a content rule sees: one explainer's scan and what its components may refer to. */
interface ContentRuleInput {
  scan: MdxScan;
  /** The prop context of an explainer (this one, or the one a component names with `explainer=`). */
  propsFor: (explainer: string) => PropContext | undefined;
  self: string;
  explainers: string[];
  /** Explainers with `draft: true`. */
  drafts: Set<string>;
  /** The explainer whose events and figures an explainer draws (a translation: its original). */
  ownerOf: (explainer: string) => string;
  /** A component's prop schema for an explainer, made once per run (`make` builds it). */
  schemaFor: (component: string, explainer: string, make: () => z.ZodType) => z.ZodType;
}
type ContentRule = (input: ContentRuleInput) => MdxFinding[];

/**
 * Every use of a component, checked with the component's own schema (src/schemas/components/): the
 * same rule and message as the build. Props written as expressions are left to the syntax rules.
 */
const componentProps: ContentRule = ({ scan, propsFor, schemaFor, self, explainers, drafts }) =>
  scan.usages.flatMap((u): MdxFinding[] => {
    const schema = cachedSchemaOf(u.component);
    const at = (field: string, message: string): MdxFinding => ({ line: u.line, kind: 'component', entry: `<${u.component}>`, field, message });
    if (!schema) return [at('(component)', `there is no component <${u.component}>; available: ${Object.keys(componentSchemas).sort().join(', ')}`)];
    const target = typeof u.props.explainer === 'string' ? u.props.explainer : self;
    const ctx = propsFor(target);
    if (!ctx) return [at('explainer', `"${target}" is not a known explainer; allowed: ${explainers.join(', ') || '(none)'}`)];
    // The build leaves drafts out: a published page pointing at one would have nothing to show.
    const draft = (id: string) => drafts.has(id);
    if (target !== self && draft(target) && !draft(self)) return [at('explainer', `"${target}" is a draft (draft: true), left out of the built site: publish it first, or point at a published explainer`)];
    const written = Object.fromEntries(Object.entries(u.props).filter(([, v]) => !isUnevaluated(v)));
    const unevaluated = new Set(Object.keys(u.props).filter((k) => !(k in written)));
    const { issues } = propIssues(u.component, schemaFor(u.component, target, () => schema(ctx)), written);
    // A prop written as code, or hidden in a {...spread}, is the syntax rules' to refuse: not checked here.
    const checkable = (prop: string) => !unevaluated.has(prop.split('.')[0]) && (!u.spread || prop.split('.')[0] in written);
    const findings = issues.filter((i) => checkable(i.prop)).map((i) => at(i.prop, i.message));
    const children = (schema().meta() as { children?: string } | undefined)?.children;
    if (children && !u.children) findings.push(at('children', children));
    return findings;
  });

const built = new WeakMap<object, Map<string, z.ZodType>>();
const NO_CONTEXT = {};
/**
 * A component's schema, made once per prop context (lintMdx makes one per explainer) instead of once
 * per use: building a zod schema costs more than checking props with it.
 */
function cachedSchemaOf(component: string): ((ctx?: PropContext) => z.ZodType) | undefined {
  const make = schemaOf(component);
  if (!make) return undefined;
  return (ctx?: PropContext) => {
    let schemas = built.get(ctx ?? NO_CONTEXT);
    if (!schemas) built.set(ctx ?? NO_CONTEXT, (schemas = new Map()));
    let schema = schemas.get(component);
    if (!schema) schemas.set(component, (schema = make(ctx)));
    return schema;
  };
}

/** Links that would lead nowhere: a citation or a name needs its list on the same page. */
const pageLinks: ContentRule = ({ scan }) => {
  const has = (c: string) => scan.usages.some((u) => u.component === c);
  const first = (...cs: string[]): Usage => scan.usages.find((u) => cs.includes(u.component))!;
  const findings: MdxFinding[] = [];
  const at = (u: Usage, message: string) => findings.push({ line: u.line, kind: 'component', entry: `<${u.component}>`, field: '(page)', message });
  if ((has('Ref') || has('Quote')) && !has('Sources')) {
    at(first('Ref', 'Quote'), 'the page cites paragraphs but has no <Sources />, so the ¶ links would lead nowhere: add <Sources /> at the end');
  }
  if ((has('Actor') || has('Quote')) && !has('WhoIsWho')) {
    at(first('Actor', 'Quote'), 'the page links names to "Who\'s who" but has no <WhoIsWho />: add it, e.g. before <Sources />');
  }
  return findings;
};

/** The data components and the content file each draws from: a published page must not ship one empty. */
export const DATA_COMPONENTS: Record<string, { file: (slug: string) => string; what: 'events' | 'incidents' }> = {
  Timeline: { file: (slug) => `events/${slug}.yaml`, what: 'events' },
  CasualtyChart: { file: (slug) => `figures/${slug}.yaml`, what: 'incidents' },
};

/**
 * What an editor is told when a published explainer's <Timeline> or <CasualtyChart> has nothing to
 * draw (a draft gets a note on its page instead: src/components/mdx/empty-data.ts). One message for
 * the lint and the build: the build runs this lint before any page renders.
 */
export function emptyDataMessage(component: string, slug: string): string {
  const { file, what } = DATA_COMPONENTS[component];
  return `the content file ${file(slug)} lists no ${what}. Add ${what} (each with its citation), or remove <${component} /> from the explainer.`;
}

/** A published explainer's data component with no data to draw (its own, or the explainer's it names). */
const emptyData: ContentRule = ({ scan, propsFor, ownerOf, self, drafts }) =>
  scan.usages.flatMap((u): MdxFinding[] => {
    const data = DATA_COMPONENTS[u.component];
    if (!data || drafts.has(self)) return [];
    const target = typeof u.props.explainer === 'string' ? u.props.explainer : self;
    const ctx = propsFor(target);
    // An unknown explainer is componentProps' to report.
    if (!ctx || (ctx[data.what]?.length ?? 0) > 0) return [];
    return [{ line: u.line, kind: 'component', entry: `<${u.component}>`, field: '(content)', message: emptyDataMessage(u.component, ownerOf(target)) }];
  });

const contentRules: ContentRule[] = [componentProps, pageLinks, emptyData];

/**
 * Checks the MDX of each explainer: the syntax rules the build applies too (src/content/mdx/rules.ts),
 * then every component's props against its schema and the content, and the page's links. Pure:
 * content in, problems out, each with file and line.
 */
export function lintMdx(files: MdxFile[], content: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const explainers = content.explainers.map((e) => e.id);
  const drafts = new Set(content.explainers.filter((e) => e.draft).map((e) => e.id));
  // Asked for each component written: made once per explainer, from the site's lists read once
  // (searching and filtering them for each use grew with the square of the site).
  const byId = new Map<string, CrossCheckInput['explainers'][number]>();
  for (const e of [...content.explainers].reverse()) byId.set(e.id, e);
  const eventsOf = byExplainer(content.events);
  const incidentsOf = byExplainer(content.incidents);
  const actors = content.actors.map((a) => a.id);
  const terms = content.glossary.map((g) => g.id);
  const places = (content.places ?? []).map((p) => p.id);
  const ownerOf = (id: string) => byId.get(id)?.original ?? id;
  const contexts = new Map<string, PropContext | undefined>();
  const propsFor = (id: string): PropContext | undefined => {
    if (contexts.has(id)) return contexts.get(id);
    const explainer = byId.get(id);
    const own = explainer && (explainer.original ?? id);
    const ctx =
      explainer &&
      propContext({ actors, terms, events: eventsOf.get(own!) ?? [], incidents: incidentsOf.get(own!) ?? [], articles: explainer.sources, sources: content.sources, places });
    contexts.set(id, ctx);
    return ctx;
  };
  // The schemas of the last explainers checked (files are checked one by one): kept for every
  // explainer of a site of thousands, they held gigabytes.
  const schemas = recentMemo<string, z.ZodType>(64);
  const schemaFor = (component: string, explainer: string, make: () => z.ZodType) => schemas(`${component} ${explainer}`, make);
  for (const mdx of files) {
    const { scan, error, unclosed } = scanMdx(mdx.text);
    if (error) {
      problems.push({ file: mdx.file, line: error.line, kind: 'mdx', entry: mdx.id, field: '', message: `MDX syntax error: ${error.message}` });
      continue;
    }
    // <br> as HTML writes it: the rest of the file was read as if it were <br />. An element the
    // kit does not allow (<hr>, <img>) gets the trust model's one line instead.
    for (const { line, name } of unclosed ?? []) {
      if (Object.hasOwn(INLINE_HTML, name)) problems.push({ file: mdx.file, line, kind: 'mdx', entry: mdx.id, field: `<${name}>`, message: `write <${name} /> (MDX needs the slash)` });
    }
    const findings = [...syntaxRules.flatMap((rule) => rule(scan)), ...contentRules.flatMap((rule) => rule({ scan, propsFor, ownerOf, schemaFor, self: mdx.id, explainers, drafts }))];
    problems.push(...findings.map((f) => ({ file: mdx.file, ...f, entry: f.entry ?? mdx.id })));
  }
  return problems;
}
