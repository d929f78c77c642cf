import type { CrossCheckInput } from './crosscheck.ts';
import type { ContentProblem } from './problems.ts';
import { scanMdx } from './mdx/scan.ts';
import { checkQuote, proseQuotes, quoteMessage, speakerNames, type CitedParagraph } from '../lib/quote-check.ts';

/**
 * The quote check of a content folder, run by the reader (so by the build, `npm run check`, the
 * guide and the tests alike): every quote in MDX prose, in <Quote> and in events' `quote` fields
 * must be the quoted words of a paragraph its sentence, block or event cites, and must name its
 * speaker. One problem per quote, with file:line and the nearest passage of the cited paragraphs.
 */
export function checkQuotes(explainers: readonly { id: string; file: string; text: string }[], content: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = new Map(content.sources.map((s) => [s.id, s.paragraphs]));
  const names = speakerNames(content.actors);
  // A source with its own problem (an empty text) is reported once, not once per quote citing it.
  const broken = new Set(content.invalid?.sources);
  // A citation of a paragraph the article does not have is reported by the citation's own check: the quote waits for it.
  const citesMissing = (article: string | undefined, paragraphs: readonly number[]) => {
    const text = article ? sources.get(article) : undefined;
    return !text || paragraphs.some((n) => n < 1 || n > text.length);
  };
  const cited = (article: string | undefined, paragraphs: readonly number[]): CitedParagraph[] => {
    const text = article ? sources.get(article) : undefined;
    return text ? paragraphs.filter((n) => n >= 1 && n <= text.length).map((n) => ({ n, text: text[n - 1] })) : [];
  };

  for (const mdx of explainers) {
    const article = content.explainers.find((e) => e.id === mdx.id)?.sources[0];
    const { scan } = scanMdx(mdx.text);
    if (!scan) continue; // The MDX lint and the build report the syntax error.
    const add = (line: number, entry: string, field: string, message: string) => problems.push({ file: mdx.file, line, kind: 'quote', entry, field, message });
    for (const block of scan.prose.blocks) {
      for (const q of proseQuotes(block, names)) {
        if (q.citations.some((c) => broken.has(c.article ?? article ?? '') || citesMissing(c.article ?? article, c.paragraphs))) continue;
        const paragraphs = q.citations.flatMap((c) => cited(c.article ?? article, c.paragraphs));
        const verdict = checkQuote(q.text, paragraphs);
        if (!verdict.ok) add(q.line, 'text', 'quotation marks', quoteMessage(q.text, verdict, paragraphs.map((p) => p.n)));
        else if (!q.hasSpeaker) add(q.line, 'text', 'quotation marks', `"${q.text}" names no speaker: say who said it in the same sentence (a name, or <Actor id="…" />)`);
      }
    }
    for (const q of scan.prose.quotes) {
      // A <Quote> without speaker= is the component schema's to report (one line, with the ids or the misspelt prop).
      if (broken.has(q.article ?? article ?? '') || (q.paragraphs.length && citesMissing(q.article ?? article, q.paragraphs))) continue;
      const paragraphs = cited(q.article ?? article, q.paragraphs);
      const verdict = checkQuote(q.text, paragraphs);
      if (!verdict.ok) add(q.line, '<Quote>', 'children', quoteMessage(q.text, verdict, paragraphs.map((p) => p.n)));
    }
  }

  for (const ev of content.events) {
    if (!ev.quote || !('article' in ev.citation) || broken.has(ev.citation.article) || citesMissing(ev.citation.article, ev.citation.paragraphs)) continue;
    const paragraphs = cited(ev.citation.article, ev.citation.paragraphs);
    const verdict = checkQuote(ev.quote.text, paragraphs);
    if (verdict.ok) continue;
    problems.push({
      file: ev.loc.file,
      line: ev.loc.fields['quote.text'] ?? ev.loc.fields.quote ?? ev.loc.line,
      kind: 'event',
      entry: ev.id,
      field: 'quote.text',
      message: quoteMessage(ev.quote.text, verdict, paragraphs.map((p) => p.n)),
    });
  }
  return problems;
}
