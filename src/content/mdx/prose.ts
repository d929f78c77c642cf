import type { ProseBlock, ProsePiece, QuoteBlock } from '../../lib/quote-check.ts';

/** The part of an mdast node the prose reader looks at. */
export interface ProseNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ProseNode[];
}

/** What an MDX file says in its own words: blocks of prose, and its <Quote> blocks. */
export interface MdxProse {
  blocks: ProseBlock[];
  quotes: QuoteBlock[];
}

/**
 * Quotation marks and apostrophes as straight ones: Astro's compile curls them (smartypants) before
 * the scan sees the text, the lint's parse does not, and the quote check compares them as equal anyway.
 */
const plain = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
const textOf = (node: ProseNode): string => (node.type === 'text' ? plain(node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/**
 * The prose of an MDX tree as blocks (paragraphs, list items, headings, table cells) of text,
 * <Ref> citations and <Actor> names, and its <Quote> blocks, for the quote check. Text inside other
 * components' props is not prose; `readProp` reads a prop's literal value (the scan's own reader).
 */
export function proseOf(root: ProseNode, readProp: (code: string) => unknown): MdxProse {
  const blocks: ProseBlock[] = [];
  const quotes: QuoteBlock[] = [];
  const attr = (node: ProseNode, name: string): unknown => {
    const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
    if (!a) return undefined;
    return typeof a.value === 'string' ? a.value : readProp(String((a.value as { value?: unknown })?.value ?? ''));
  };
  const numbers = (v: unknown) => (Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n)) : []);
  // Only the props written: the scan travels through Astro's front matter, which drops undefined keys.
  const opt = (key: string, v: unknown) => (typeof v === 'string' ? { [key]: v } : {});
  const line = (n: ProseNode) => n.position?.start.line ?? 1;
  const inline = (node: ProseNode, out: ProsePiece[]) => {
    for (const c of node.children ?? []) {
      if (c.type === 'text') out.push({ kind: 'text', text: plain(c.value ?? ''), line: line(c) });
      else if (c.type === 'mdxJsxTextElement' && c.name === 'Ref') out.push({ kind: 'ref', paragraphs: numbers(attr(c, 'paragraphs')), ...opt('article', attr(c, 'article')) });
      else if (c.type === 'mdxJsxTextElement' && c.name === 'Actor') out.push({ kind: 'actor', id: String(attr(c, 'id') ?? ''), text: textOf(c) });
      else if (c.type === 'mdxJsxTextElement' && c.name && /^[A-Z]/.test(c.name) && c.name !== 'Term') continue;
      else inline(c, out);
    }
  };
  const walk = (node: ProseNode) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Quote') {
      quotes.push({ text: textOf(node).trim(), line: line(node), ...opt('speaker', attr(node, 'speaker')), paragraphs: numbers(attr(node, 'paragraphs')), ...opt('article', attr(node, 'article')) });
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const pieces: ProsePiece[] = [];
      inline(node, pieces);
      blocks.push({ pieces });
      return;
    }
    // A <Callout> or <KeyFacts> body is prose: walk into components' children.
    node.children?.forEach(walk);
  };
  walk(root);
  return { blocks, quotes };
}
