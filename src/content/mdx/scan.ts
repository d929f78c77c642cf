import { mdxToJs, type MdastPluginDefinition } from 'satteri';
import { countWords } from '../../lib/reading-time.ts';
import { matchFrontmatter } from '../frontmatter.ts';
import { proseOf, type MdxProse } from './prose.ts';
import { recallParse } from '../parse-cache.ts';

/**
 * What an explainer's MDX holds besides Markdown, read from the tree of the parser Astro compiles
 * MDX with (Sätteri, as resolved by @astrojs/mdx): inside Astro's own compile by the plugin of
 * plugin.ts, and by the lint through `scanMdx()`, which runs the same scan through the same parser.
 */

/** A literal prop value: what an editor may write in `{…}`. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** A prop written as an expression that is not a literal, e.g. `{someVariable}` or `{12 + 1}`. */
export interface Unevaluated {
  expression: string;
}

/** One `<Component …>` written in an MDX file, with its props and the line it is on. */
export interface Usage {
  component: string;
  /** 1-based line in the MDX file, front matter included. */
  line: number;
  /** A prop written without a value (`<Timeline context />`) is `true`. */
  props: Record<string, Literal | Unevaluated>;
  /** Whether anything is written between its tags. */
  children: boolean;
  /** Set when props are also given as `{...spread}`: the props listed are then not all there is. */
  spread?: true;
  /**
   * For `<KeyFacts>`: its facts (the top-level bullets of the lists between its tags), each with its
   * line and whether it cites (a <Ref> or <Quote> inside it), and whether the box is the first thing
   * in the file's body (comments aside): what its rule checks (src/content/mdx/rules.ts).
   */
  facts?: { line: number; cited: boolean }[];
  first?: boolean;
}

/**
 * Anything else that is not plain Markdown text: import/export, `{expressions}`, lower-case HTML
 * elements, `{...spread}` props, and the addresses of Markdown links, reference definitions and images.
 */
export interface MdxConstruct {
  kind: 'esm' | 'expression' | 'element' | 'spread' | 'link' | 'image';
  /** The element's name, for `element`. */
  name?: string;
  /** The attributes of an `element`, with their values (`true` for one written without a value). */
  attributes?: Record<string, Literal | Unevaluated>;
  line: number;
  /** The code as written, for `esm`, `expression` and `spread`. An expression holding only a comment is `''`. */
  code?: string;
  /** The address of a Markdown `link` ([text](url), [ref]: url) or `image` (![alt](url)), as the parser read it. */
  url?: string;
}

export interface MdxScan {
  usages: Usage[];
  constructs: MdxConstruct[];
  /** Words of the prose (text between tags included, props and code aside): for the reading time. */
  words: number;
  /** The prose in blocks, and the <Quote> blocks: for the quote check (src/content/quotes.ts). */
  prose: MdxProse;
}

/** Where the scan travels in Astro's MDX compile: `render(entry).remarkPluginFrontmatter[SCAN_KEY]`. */
export const SCAN_KEY = 'explainerKitMdx';

export const isUnevaluated = (v: unknown): v is Unevaluated =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && 'expression' in v;

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** The estree of a JavaScript expression, parsed by Sätteri's own expression parser (no code runs). */
function parseExpression(code: string): { body: EstreeNode[] } | null {
  let program: { body: EstreeNode[] } | null = null;
  try {
    mdxToJs(`{${code}}`, {
      hastPlugins: [{ name: 'explainer-kit:expression', mdxFlowExpression: (node) => void (program = node.parseExpression() as never) }],
    });
  } catch {
    return null;
  }
  return program;
}

const PLAIN_NUMBER = /^(0|[1-9]\d*)(\.\d+)?$/;

/** The value of a literal estree node, or undefined when it is anything else. */
function literalOf(node: EstreeNode | null | undefined): Literal | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) return undefined;
      // A number as people write one (45, 2.5): 0x2D, 1e3, 1_000 or .5 would show another figure than the one read.
      if (typeof node.value === 'number' && typeof node.raw === 'string' && !PLAIN_NUMBER.test(node.raw)) return undefined;
      return node.value as Literal;
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[];
      return (node.expressions as unknown[]).length === 0 && quasis.length === 1 ? quasis[0].value.cooked : undefined;
    }
    case 'UnaryExpression': {
      const v = node.operator === '-' ? literalOf(node.argument as EstreeNode) : undefined;
      return typeof v === 'number' ? -v : undefined;
    }
    case 'ArrayExpression': {
      const out: Literal[] = [];
      for (const el of node.elements as (EstreeNode | null)[]) {
        const v = literalOf(el);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case 'ObjectExpression': {
      const out: { [key: string]: Literal } = {};
      for (const p of node.properties as EstreeNode[]) {
        if (p.type !== 'Property' || p.kind !== 'init' || p.computed || p.method) return undefined;
        const key = p.key as EstreeNode;
        const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : undefined;
        const v = literalOf(p.value as EstreeNode);
        if (name === undefined || v === undefined) return undefined;
        out[name] = v;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/**
 * The value of a prop written as JSON holding no object (`{[1, 7]}`, `{3}`, `{"text"}`, `{true}`):
 * JSON is JavaScript, and its arrays, numbers, strings and booleans mean the same in both, so it is
 * read without starting the MDX parser (a compile per prop was a tenth of a build's content read).
 * Anything else (objects, code, comments) is left to the parser: undefined.
 */
function jsonLiteral(code: string): Literal | undefined {
  if (!/^\s*[[\d"tfn-]/.test(code)) return undefined;
  // A number with an exponent (1e3) is refused as a literal (literalOf): left to the parser. Without
  // one, every number JSON can write is written as people write it (PLAIN_NUMBER, with its sign).
  if (/[eE]/.test(code.replace(/"(?:[^"\\]|\\.)*"/g, '').replace(/\b(?:true|false|null)\b/g, ''))) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(code);
  } catch {
    return undefined;
  }
  const plain = (x: unknown): boolean => (Array.isArray(x) ? x.every(plain) : x === null || typeof x !== 'object');
  return plain(v) ? (v as Literal) : undefined;
}

/** A prop's value: the literal written, or the expression as an `Unevaluated` (never run). */
export function readProp(code: string): Literal | Unevaluated {
  const json = jsonLiteral(code);
  if (json !== undefined) return json;
  const program = parseExpression(code);
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  const v = statement?.type === 'ExpressionStatement' ? literalOf(statement.expression as EstreeNode) : undefined;
  return v === undefined ? { expression: code.trim() } : v;
}

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
}

const isElement = (n: MdastNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** Whether a node holds a citation: a <Ref> or <Quote> anywhere inside it. */
const cites = (n: MdastNode): boolean => (isElement(n) && (n.name === 'Ref' || n.name === 'Quote')) || (n.children ?? []).some(cites);

/** The top-level bullets of the lists inside a node (a bullet's own sub-list is part of it). */
function factsOf(node: MdastNode): { line: number; cited: boolean }[] {
  return (node.children ?? []).flatMap((c) => (c.type === 'listItem' ? [{ line: c.position?.start.line ?? 1, cited: cites(c) }] : factsOf(c)));
}

/** The first node of the body that shows anything: comments ({/* … *\/}) aside. */
function firstBlock(root: MdastNode): MdastNode | undefined {
  return root.children?.find((c) => !(c.type === 'mdxFlowExpression' && !parseExpression(c.value ?? '')?.body.length) && c.type !== 'mdxjsEsm');
}

/** The scan of an MDX tree (mdast with positions). */
export function scanTree(root: MdastNode): MdxScan {
  const usages: Usage[] = [];
  const constructs: MdxConstruct[] = [];
  const text: string[] = [];
  const walk = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        text.push(node.value ?? '');
        break;
      case 'mdxjsEsm':
        constructs.push({ kind: 'esm', line, code: node.value ?? '' });
        break;
      case 'link':
      case 'definition':
        constructs.push({ kind: 'link', line, url: node.url ?? '' });
        break;
      case 'image':
        constructs.push({ kind: 'image', line, url: node.url ?? '' });
        break;
      case 'imageReference':
        // ![alt][ref]: an image all the same, its address in a definition elsewhere.
        constructs.push({ kind: 'image', line, url: `[${(node as { label?: string }).label ?? ''}]` });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // The file parsed, so an expression without a program holds only a comment.
        const program = parseExpression(node.value ?? '');
        constructs.push({ kind: 'expression', line, code: program && program.body.length ? (node.value ?? '') : '' });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes = node.attributes ?? [];
        for (const a of attributes) if (a.type === 'mdxJsxExpressionAttribute') constructs.push({ kind: 'spread', line, code: String(a.value ?? '') });
        const props: Usage['props'] = {};
        for (const a of attributes) {
          if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
          const v = a.value;
          props[a.name] = v === null || v === undefined ? true : typeof v === 'string' ? v : readProp(String((v as { value?: unknown }).value ?? ''));
        }
        const spread = attributes.some((a) => a.type === 'mdxJsxExpressionAttribute');
        if (node.name && /^[A-Z]/.test(node.name)) {
          const keyFacts = node.name === 'KeyFacts' ? { facts: factsOf(node), first: firstBlock(root) === node } : {};
          usages.push({ component: node.name, line, props, children: (node.children?.length ?? 0) > 0, ...(spread ? { spread: true as const } : {}), ...keyFacts });
        }
        else constructs.push({ kind: 'element', name: node.name ?? '', attributes: props, line });
        break;
      }
    }
    node.children?.forEach(walk);
  };
  walk(root);
  return { usages, constructs, words: countWords(text.join(' ')), prose: proseOf(root, readProp) };
}

/** The Sätteri mdast plugin that records the scan in the compile's data (`ctx.data.astro.frontmatter[SCAN_KEY]`). */
export function collectScan(): MdastPluginDefinition {
  return {
    name: 'explainer-kit:scan',
    options: { position: true },
    before(root, ctx) {
      const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
      data.astro ??= {};
      data.astro.frontmatter ??= {};
      data.astro.frontmatter[SCAN_KEY] = scanTree(root as unknown as MdastNode);
    },
  };
}

/** The front matter blanked out, lines kept: what Astro's MDX compile parses (its "empty-with-spaces"). */
export function blankFrontmatter(text: string): string {
  const m = matchFrontmatter(text);
  return m ? m.head.replace(/[^\r\n]/g, ' ') + text.slice(m.head.length) : text;
}

/**
 * Scans an MDX file as Astro compiles it: the same parser and the same plugin, without Astro. An
 * MDX syntax error comes back with its line instead of being thrown.
 */
export function scanMdx(text: string): ScanResult {
  // The lint and the quote check each scan every explainer of a read: parsed once (by its text).
  let result = scans.get(text);
  if (!result) {
    if (scans.size >= MAX_SCANS) scans.clear();
    // A clean scan of the same text is the last build's (parse-cache.ts).
    scans.set(text, (result = recallParse('mdx', text, () => scanText(text), (r) => !r.error)));
  }
  return result;
}

type ScanResult =
  | { scan: MdxScan; unclosed?: { line: number; name: string }[]; error?: undefined }
  | { scan?: undefined; unclosed?: undefined; error: { line: number; message: string } };
/** Scans kept: more than any site's explainers, so a read parses each once; a long `astro dev` session starts over past it. */
const MAX_SCANS = 20_000;
const scans = new Map<string, ScanResult>();

function scanText(text: string): ScanResult {
  const unclosed: { line: number; name: string }[] = [];
  let source = blankFrontmatter(text);
  for (;;) {
    const data: Record<string, unknown> = { astro: { frontmatter: {} } };
    try {
      mdxToJs(source, { mdastPlugins: [collectScan()], data });
    } catch (e) {
      const first = (e as Error).message.split('\n')[0];
      const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(first);
      const message = at ? first.slice(at[0].length) : first;
      // An HTML void element written as in HTML (<br>): read on as if it had its slash, so the
      // file's other mistakes are found too; the lint says to write <br />.
      const repaired = closeVoidElement(source, message);
      if (repaired && unclosed.length < 100) {
        unclosed.push(repaired.tag);
        source = repaired.source;
        continue;
      }
      return { error: { line: Number(at?.[1] ?? 1), message } };
    }
    const scan = (data.astro as { frontmatter: Record<string, MdxScan> }).frontmatter[SCAN_KEY];
    return unclosed.length ? { scan, unclosed } : { scan };
  }
}

/** HTML's void elements, which HTML writes without a slash and MDX cannot read without one. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The MDX with the void element the parser's "Expected a closing tag for `<br>` (line:column)" names
 * closed (`<br>` → `<br />`), or undefined when the message is about anything else.
 */
function closeVoidElement(source: string, message: string): { source: string; tag: { line: number; name: string } } | undefined {
  const m = /^Expected a closing tag for `<([a-zA-Z]+)[^`]*>` \((\d+):(\d+)\)/.exec(message);
  if (!m || !VOID_ELEMENTS.has(m[1].toLowerCase())) return undefined;
  const line = Number(m[2]);
  const lines = source.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Number(m[3]) - 1;
  const tag = /^<[a-zA-Z]+(?:\s+[a-zA-Z-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*>/.exec(source.slice(start));
  if (!tag) return undefined;
  const end = start + tag[0].length - 1;
  return { source: `${source.slice(0, end)} /${source.slice(end)}`, tag: { line, name: m[1] } };
}

/** Paragraph citations a page makes with <Ref> and <Quote>: article id → paragraph numbers. */
export function citedParagraphs(usages: Usage[], defaultArticle: string | undefined): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const u of usages) {
    if (u.component !== 'Ref' && u.component !== 'Quote') continue;
    const article = typeof u.props.article === 'string' ? u.props.article : defaultArticle;
    const paragraphs = u.props.paragraphs;
    if (!article || !Array.isArray(paragraphs)) continue;
    if (!out.has(article)) out.set(article, new Set());
    for (const p of paragraphs) if (Number.isInteger(p)) out.get(article)!.add(p as number);
  }
  return out;
}

/** The string values of one prop over every use of a component, e.g. all <Actor id>. */
export function propValues(usages: Usage[], component: string, prop: string): string[] {
  return usages.flatMap((u) => (u.component === component && typeof u.props[prop] === 'string' ? [u.props[prop] as string] : []));
}
