/**
 * The MDX trust model. Editors write words; developers write code. An explainer's MDX may hold:
 * Markdown; the kit's components (`<Timeline />`, `<Ref paragraphs={[7]} />`…) with literal props
 * (strings, numbers, booleans, and arrays and objects of them); `{/* comments *\/}`; and a few inline
 * HTML elements with safe attributes (INLINE_HTML). Nothing else: no import/export, no `{expression}`,
 * no other element (script, style, iframe, object, base, form, meta…), no event handler or style
 * attribute. Each refusal says what to write instead. The one MDX check (src/content/mdx) applies it.
 */
import { linkProblem } from './content-url.ts';

/** Inline HTML an editor may write, with the attributes each may carry. Values are literal strings. */
export const INLINE_HTML: Record<string, readonly string[]> = {
  abbr: ['title', 'lang'],
  sup: ['lang'],
  sub: ['lang'],
  br: [],
  em: ['lang'],
  strong: ['lang'],
  a: ['href', 'title', 'hreflang', 'lang'],
};

/** Attributes whose value is a link, checked against the link allow-list (src/lib/content-url.ts). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background']);

const COMPONENTS = 'the kit\'s components (see docs/editing.md)';

/** What to write instead of an element the model refuses. */
const INSTEAD: Record<string, string> = {
  script: 'scripts are code, and code belongs in src/components, written by developers',
  style: 'styling comes from the kit\'s CSS; ask a developer for a component',
  link: 'styling comes from the kit\'s CSS; for a link write [text](https://…)',
  iframe: `embed nothing in an explainer: use ${COMPONENTS} or a link [text](https://…)`,
  object: `embed nothing in an explainer: use ${COMPONENTS} or a link [text](https://…)`,
  embed: `embed nothing in an explainer: use ${COMPONENTS} or a link [text](https://…)`,
  base: 'a page\'s base address is the site\'s: remove it',
  meta: 'page metadata comes from the front matter: remove it',
  form: 'explainers hold no forms: remove it',
  input: 'explainers hold no forms: remove it',
  button: 'explainers hold no forms: remove it',
  img: 'images are not supported in explainer text yet: describe the picture in words, or ask a developer',
  svg: 'graphics come from the kit\'s components: use <Timeline /> or <CasualtyChart />',
  b: 'write **bold** (or <strong>)',
  i: 'write *italic* (or <em>)',
  p: 'write paragraphs as Markdown: leave a blank line between them',
  div: 'write paragraphs as Markdown, or use <Callout>',
  span: 'write the words without it, or use <Term> / <Actor>',
  h1: 'the title comes from the front matter; write sections as ## Heading',
  h2: 'write ## Heading',
  h3: 'write ### Heading',
  h4: 'write #### Heading',
  ul: 'write a list as lines starting with "- "',
  ol: 'write a list as lines starting with "1. "',
  li: 'write a list as lines starting with "- "',
  blockquote: 'use <Quote speaker="…" paragraphs={[n]}>…</Quote>, or lines starting with "> "',
  details: 'use <Callout> or <TeacherNotes>',
  table: 'write a Markdown table (| a | b |)',
  code: 'write `code` between backticks',
  pre: 'write a code block between ``` lines',
  hr: 'write --- on a line of its own',
};

/** Why an element written in MDX is refused, or undefined. `attributes` holds literal values as strings. */
export function elementProblem(name: string, attributes: { name: string; value: string | { expression: string } | null }[]): string | undefined {
  const allowed = INLINE_HTML[name];
  if (!allowed) {
    const instead = INSTEAD[name] ?? `write Markdown, ${COMPONENTS}, or one of ${Object.keys(INLINE_HTML).map((n) => `<${n}>`).join(', ')}`;
    return `<${name}> is not allowed in an explainer: ${instead}`;
  }
  for (const a of attributes) {
    const attr = a.name.toLowerCase();
    if (/^on/.test(attr)) return `<${name} ${a.name}>: event handlers run code and are not allowed: remove ${a.name}`;
    if (attr === 'style' || attr === 'class' || attr === 'classname') return `<${name} ${a.name}>: styling comes from the kit's CSS: remove ${a.name}`;
    if (!allowed.includes(attr)) {
      return `<${name} ${a.name}> is not allowed: <${name}> may have ${allowed.length ? allowed.join(', ') : 'no attributes'}`;
    }
    if (a.value !== null && typeof a.value === 'object') return `<${name} ${a.name}={…}>: write the value as text in quotes, ${a.name}="…"`;
    if (URL_ATTRIBUTES.has(attr)) {
      const problem = a.value === null ? 'is empty' : linkProblem(a.value);
      if (problem) return `<${name} ${a.name}> link ${JSON.stringify(a.value ?? '')} ${problem}`;
    }
  }
  if (name === 'a' && !attributes.some((a) => a.name.toLowerCase() === 'href')) return '<a> needs href="https://…", or write [text](https://…)';
  return undefined;
}

/** Why `import`/`export` is refused. */
export const ESM_PROBLEM =
  'import and export run code when the site is built and are not allowed in an explainer: the kit\'s components need no import, and code belongs in src/components, written by developers';

/** Why a `{…}` in the text is refused, or undefined for a comment (`{/* … *\/}`), which is allowed. */
export function expressionProblem(code: string): string | undefined {
  if (code.trim() === '') return undefined;
  return `{${code.length > 40 ? `${code.slice(0, 40)}…` : code}} is code, which is not allowed in an explainer: write the words or numbers themselves (to show braces, write \\{ and \\})`;
}

/** Why a component prop written as an expression (not a literal) is refused. */
export function propExpressionProblem(component: string, prop: string, code: string): string {
  return `<${component}> prop "${prop}" is the expression {${code}}, which is not run: write the value itself — "text", a number, true or false, or a list such as [1, 2]`;
}

/** Why `{...spread}` props are refused. */
export const SPREAD_PROBLEM = '{...} spreads code into a component and is not allowed: write each prop with its value, e.g. paragraphs={[7]}';
