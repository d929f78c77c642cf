import { mdxToMdast } from 'satteri';

/** A prop written as an expression the reader below cannot evaluate, e.g. `{someVariable}`. */
export interface Unevaluated {
  expression: string;
}

/** One `<Component …>` written in an MDX file, with its literal props and where it is. */
export interface Usage {
  component: string;
  /** 1-based line in the MDX file (front matter included when `lineOffset` is given). */
  line: number;
  props: Record<string, unknown>;
}

export interface UsageScan {
  usages: Usage[];
  /** An MDX syntax error, with its line, when the body does not parse. */
  error?: { line: number; message: string };
}

export const isUnevaluated = (v: unknown): v is Unevaluated =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && 'expression' in v;

/**
 * Reads the value of a JSX attribute expression when it is a plain literal — strings, numbers,
 * booleans, null, arrays and objects of those, e.g. `{[1, 7]}` or `{['a', 'b']}` — without
 * evaluating any code. Anything else comes back as `{ expression }`.
 */
export function readLiteral(source: string): unknown {
  let i = 0;
  const s = source;
  const fail = (): never => {
    throw new SyntaxError('not a literal');
  };
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const value = (): unknown => {
    ws();
    const c = s[i];
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (s[i] === ']') return i++, out;
      for (;;) {
        out.push(value());
        ws();
        if (s[i] === ',') {
          i++;
          ws();
          if (s[i] === ']') return i++, out;
          continue;
        }
        if (s[i] === ']') return i++, out;
        fail();
      }
    }
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      ws();
      if (s[i] === '}') return i++, out;
      for (;;) {
        ws();
        let key: string;
        if (s[i] === '"' || s[i] === "'") key = str();
        else {
          const m = /^[A-Za-z_$][\w$]*/.exec(s.slice(i));
          if (!m) fail();
          key = m![0];
          i += key.length;
        }
        ws();
        if (s[i] !== ':') fail();
        i++;
        out[key] = value();
        ws();
        if (s[i] === ',') {
          i++;
          ws();
          if (s[i] === '}') return i++, out;
          continue;
        }
        if (s[i] === '}') return i++, out;
        fail();
      }
    }
    if (c === '"' || c === "'") return str();
    const m = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|true|false|null)(?![\w$])/.exec(s.slice(i));
    if (!m) fail();
    i += m![0].length;
    return JSON.parse(m![0]);
  };
  const str = (): string => {
    const quote = s[i++];
    let out = '';
    while (i < s.length && s[i] !== quote) {
      if (s[i] === '\\') {
        const n = s[++i];
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        i++;
      } else out += s[i++];
    }
    if (s[i] !== quote) fail();
    i++;
    return out;
  };
  try {
    const v = value();
    ws();
    if (i !== s.length) fail();
    return v;
  } catch {
    return { expression: source.trim() } satisfies Unevaluated;
  }
}

interface Node {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/**
 * Every JSX component written in an MDX body, in document order, with the literal value of each
 * prop. Used by the content lint (to check ids and paragraphs with file:line) and by <Sources>,
 * <WhoIsWho> and <KeyTerms> (to list what the page cites and names). Pure: no files, no Astro.
 * `lineOffset` is the number of lines before the body (the front matter), so lines are the file's.
 */
export function findUsages(body: string, lineOffset = 0): UsageScan {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (e) {
    const first = (e as Error).message.split('\n')[0];
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(first);
    const line = Number(at?.[1] ?? 1);
    return { usages: [], error: { line: line + lineOffset, message: at ? first.slice(at[0].length) : first } };
  }
  const usages: Usage[] = [];
  const walk = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      const props: Record<string, unknown> = {};
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        const v = a.value;
        if (v === null || v === undefined) props[a.name] = true;
        else if (typeof v === 'string') props[a.name] = v;
        else props[a.name] = readLiteral(String((v as { value?: unknown }).value ?? ''));
      }
      usages.push({ component: node.name, line: (node.position?.start.line ?? 1) + lineOffset, props });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { usages };
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
