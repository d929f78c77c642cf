import { quotedPassages, type ProseBlock, type ProsePiece, type QuoteBlock } from '../../lib/quote-check.ts';

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
  const isElement = (n: ProseNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
  const refsIn = (n: ProseNode): Extract<ProsePiece, { kind: 'ref' }>[] =>
    isElement(n) && n.name === 'Ref' ? [{ kind: 'ref', paragraphs: numbers(attr(n, 'paragraphs')), ...opt('article', attr(n, 'article')) }] : (n.children ?? []).flatMap(refsIn);
  const actorIn = (n: ProseNode): string | undefined => (isElement(n) && n.name === 'Actor' ? String(attr(n, 'id') ?? '') : (n.children ?? []).map(actorIn).find(Boolean));
  // A block's paragraphs, each on its own: <p>s in a <Quote>, paragraphs of a blockquote.
  const partsOf = (n: ProseNode) => (n.children ?? []).map((c) => textOf(c).replace(/\s+/g, ' ').trim()).filter(Boolean);
  /** Text props of a component (a <Callout> title, <TeacherNotes> goals) with quotation marks: blocks citing what its body cites. */
  const propBlocks = (node: ProseNode) => {
    const name = node.name!;
    const own = numbers(attr(node, 'paragraphs'));
    const cites: ProsePiece[] = [...(own.length ? [{ kind: 'ref' as const, paragraphs: own, ...opt('article', attr(node, 'article')) }] : []), ...refsIn(node)];
    const speaker = attr(node, 'speaker');
    const leaves = (v: unknown, path: string): { path: string; text: string }[] =>
      typeof v === 'string' ? [{ path, text: v }] : Array.isArray(v) ? v.flatMap((x, i) => leaves(x, `${path}.${i}`)) : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => leaves(x, `${path}.${k}`)) : [];
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
      for (const leaf of leaves(attr(node, a.name), a.name)) {
        if (!quotedPassages(plain(leaf.text)).length) continue;
        const pieces: ProsePiece[] = [{ kind: 'text', text: plain(leaf.text), line: line(node) }, ...cites, ...(typeof speaker === 'string' ? [{ kind: 'actor' as const, id: speaker }] : [])];
        blocks.push({ pieces, where: { entry: `<${name}>`, field: leaf.path } });
      }
    }
  };
  const walk = (node: ProseNode) => {
    if (isElement(node) && node.name && /^[A-Z]/.test(node.name)) propBlocks(node);
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Quote') {
      quotes.push({ text: textOf(node).trim(), parts: partsOf(node), line: line(node), ...opt('speaker', attr(node, 'speaker')), paragraphs: numbers(attr(node, 'paragraphs')), ...opt('article', attr(node, 'article')) });
      return;
    }
    // A blockquote is a quotation: without quotation marks of its own, all its words are the quote.
    if (node.type === 'blockquote' && !quotedPassages(textOf(node)).length) {
      const parts = partsOf(node);
      // An attribution ("— Kerry", on its own line or ending the last one) is not the quoted words.
      const DASH = /(?:^|\s)[—–―]\s*(?!.*[—–―])(.*)$/u;
      const tail = DASH.exec(parts.at(-1) ?? '');
      const attribution = tail ? tail[1] : '';
      if (tail) parts[parts.length - 1] = parts.at(-1)!.slice(0, tail.index).trim();
      const words = parts.filter(Boolean);
      const speaker = actorIn(node);
      quotes.push({ text: words.join(' '), parts: words, line: line(node), blockquote: true, paragraphs: [], refs: refsIn(node).map(({ kind: _, ...r }) => r), attribution, ...opt('speaker', speaker || undefined) });
      return;
    }
    // A blockquote with quotation marks: each paragraph holds quoted words (or is the attribution,
    // "— Kerry"), checked as prose with the <Ref>s of the whole blockquote when its own sentence has none.
    if (node.type === 'blockquote') {
      const refs = refsIn(node);
      for (const c of node.children ?? []) {
        const text = textOf(c).trim();
        if (!text) continue;
        if (!quotedPassages(text).length && !/^[—–―]/u.test(text)) quotes.push({ text, line: line(c), paragraphs: [], blockquote: true, unquoted: true });
        if (c.type !== 'paragraph') continue;
        const pieces: ProsePiece[] = [];
        inline(c, pieces);
        blocks.push({ pieces: pieces.some((p) => p.kind === 'ref') ? pieces : [...pieces, ...refs] });
      }
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
