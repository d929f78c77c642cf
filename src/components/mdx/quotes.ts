import { mdxToMdast } from 'satteri';
import type { CrossCheckInput } from '../../lib/content/crosscheck';
import type { ContentProblem } from '../../lib/content/problems';
import { checkQuote, proseQuotes, quoteMessage, speakerNames, type CitedParagraph, type ProseBlock, type ProsePiece } from '../../lib/quote-check';
import { readLiteral } from './usages';
import type { MdxFile } from './lint';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** A `<Quote>` block as written: its words, speaker and cited paragraphs. */
interface QuoteBlock {
  text: string;
  line: number;
  speaker?: string;
  paragraphs: number[];
  article?: string;
}

const attr = (node: Node, name: string): unknown => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (typeof a.value === 'string') return a.value;
  try {
    return readLiteral(String((a.value as { value?: unknown })?.value ?? ''));
  } catch {
    return undefined;
  }
};
const numbers = (v: unknown) => (Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n)) : []);
const textOf = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/**
 * The prose of an MDX body as blocks of text, <Ref> citations and <Actor> names (paragraphs, list
 * items, headings), and its <Quote> blocks. Text inside other components (props, <Quote>) is not prose.
 */
export function readProse(body: string, lineOffset = 0): { blocks: ProseBlock[]; quotes: QuoteBlock[] } {
  const blocks: ProseBlock[] = [];
  const quotes: QuoteBlock[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch {
    return { blocks, quotes }; // The MDX lint reports the syntax error.
  }
  const line = (n: Node) => (n.position?.start.line ?? 1) + lineOffset;
  const inline = (node: Node, out: ProsePiece[]) => {
    for (const c of node.children ?? []) {
      if (c.type === 'text') out.push({ kind: 'text', text: c.value ?? '', line: line(c) });
      else if (c.type === 'mdxJsxTextElement' && c.name === 'Ref') {
        out.push({ kind: 'ref', paragraphs: numbers(attr(c, 'paragraphs')), article: attr(c, 'article') as string | undefined });
      } else if (c.type === 'mdxJsxTextElement' && c.name === 'Actor') out.push({ kind: 'actor', id: String(attr(c, 'id') ?? ''), text: textOf(c) });
      else if (c.type === 'mdxJsxTextElement' && c.name && /^[A-Z]/.test(c.name) && c.name !== 'Term') continue;
      else inline(c, out);
    }
  };
  const walk = (node: Node) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Quote') {
      quotes.push({
        text: textOf(node).trim(),
        line: line(node),
        speaker: attr(node, 'speaker') as string | undefined,
        paragraphs: numbers(attr(node, 'paragraphs')),
        article: attr(node, 'article') as string | undefined,
      });
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const pieces: ProsePiece[] = [];
      inline(node, pieces);
      blocks.push({ pieces });
      return;
    }
    // Components other than layout wrappers hold props, not prose; their children are walked
    // (a <Callout> or <KeyFacts> body is prose).
    node.children?.forEach(walk);
  };
  walk(tree);
  return { blocks, quotes };
}

/**
 * The quote check of explainers, for the build and the lint alike: every quote in MDX prose, in
 * <Quote> and in events' `quote` fields must be the quoted words of a paragraph its sentence, block
 * or event cites, and must name its speaker. One problem per quote, with file:line and the nearest passage.
 */
export function checkQuotes(files: readonly MdxFile[], content: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = new Map(content.sources.map((s) => [s.id, s.paragraphs]));
  const names = speakerNames(content.actors);
  const cited = (article: string | undefined, paragraphs: readonly number[]): CitedParagraph[] => {
    const text = article ? sources.get(article) : undefined;
    return text ? paragraphs.filter((n) => n >= 1 && n <= text.length).map((n) => ({ n, text: text[n - 1] })) : [];
  };

  for (const mdx of files) {
    const explainer = content.explainers.find((e) => e.id === mdx.id);
    const article = explainer?.sources[0];
    const { blocks, quotes } = readProse(mdx.body, mdx.bodyLine - 1);
    const add = (line: number, entry: string, field: string, message: string) => problems.push({ file: mdx.file, line, kind: 'quote', entry, field, message });

    for (const block of blocks) {
      for (const q of proseQuotes(block, names)) {
        const paragraphs = q.citations.flatMap((c) => cited(c.article ?? article, c.paragraphs));
        const verdict = checkQuote(q.text, paragraphs);
        if (!verdict.ok) add(q.line, 'text', 'quotation marks', quoteMessage(q.text, verdict, paragraphs.map((p) => p.n)));
        else if (!q.hasSpeaker) add(q.line, 'text', 'quotation marks', `"${q.text}" names no speaker: say who said it in the same sentence (a name, or <Actor id="…" />)`);
      }
    }
    for (const q of quotes) {
      if (!q.speaker) add(q.line, '<Quote>', 'speaker', 'a quote names its speaker: add speaker="<actor id>"');
      const paragraphs = cited(q.article ?? article, q.paragraphs);
      const verdict = checkQuote(q.text, paragraphs);
      if (!verdict.ok) add(q.line, '<Quote>', 'children', quoteMessage(q.text, verdict, paragraphs.map((p) => p.n)));
    }
  }

  for (const ev of content.events) {
    if (!ev.quote || !('article' in ev.citation)) continue;
    const paragraphs = cited(ev.citation.article, ev.citation.paragraphs);
    const verdict = checkQuote(ev.quote.text, paragraphs);
    if (!verdict.ok) {
      problems.push({
        file: ev.loc.file,
        line: ev.loc.fields['quote.text'] ?? ev.loc.fields.quote ?? ev.loc.line,
        kind: 'event',
        entry: ev.id,
        field: 'quote.text',
        message: quoteMessage(ev.quote.text, verdict, paragraphs.map((p) => p.n)),
      });
    }
  }
  return problems;
}
