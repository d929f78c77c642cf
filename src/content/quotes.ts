import type { CrossCheckInput } from './crosscheck.ts';
import type { ContentProblem } from './problems.ts';
import { scanMdx } from './mdx/scan.ts';
import { checkQuote, forMatching, proseQuotes, quoteMessage, speakerNames, unclosedProseQuotes, type CitedParagraph, type QuoteVerdict } from '../lib/quote-check.ts';

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

  /** The paragraph of `article` whose quoted words these are, when the cited ones are not. */
  const elsewhereIn = (text: string, verdict: QuoteVerdict, article: string | undefined): number | undefined => {
    if (verdict.ok || verdict.reason !== 'not-found' || !article) return undefined;
    return cited(article, (sources.get(article) ?? []).map((_, i) => i + 1)).find((p) => checkQuote(text, [p]).ok)?.n;
  };
  /** quoteMessage, saying where in the cited article the words are when it has them. */
  const say = (text: string, verdict: Exclude<QuoteVerdict, { ok: true }>, paragraphs: CitedParagraph[], article: string | undefined) =>
    quoteMessage(text, verdict, paragraphs.map((p) => p.n), elsewhereIn(text, verdict, article));

  for (const mdx of explainers) {
    const articles = content.explainers.find((e) => e.id === mdx.id)?.sources ?? [];
    const article = articles[0];
    // Every paragraph of the explainer's own articles: what a quote in an uncited prop is checked against.
    const everyParagraph = () => articles.flatMap((a) => cited(a, (sources.get(a) ?? []).map((_, i) => i + 1)));
    const { scan } = scanMdx(mdx.text);
    if (!scan) continue; // The MDX lint and the build report the syntax error.
    const add = (line: number, entry: string, field: string, message: string) => problems.push({ file: mdx.file, line, kind: 'quote', entry, field, message });
    for (const block of scan.prose.blocks) {
      const entry = block.where?.entry ?? 'text';
      const field = block.where?.field ?? 'quotation marks';
      for (const u of unclosedProseQuotes(block)) {
        add(u.line, entry, field, `the quotation opened here ("${u.text}") is not closed in the same paragraph, so its words cannot be checked: a quote lies within one paragraph; close it here, and quote the next paragraph's words on their own`);
      }
      for (const q of proseQuotes(block, names)) {
        if (q.citations.some((c) => broken.has(c.article ?? article ?? '') || citesMissing(c.article ?? article, c.paragraphs))) continue;
        // A prop of a component that cites nothing (<TeacherNotes> questions, a <Timeline> title): a
        // quote someone is said to have said is checked against the explainer's articles; quotation
        // marks around words nobody is said to have said ("at least 68") mention them, and pass.
        const uncitedProp = block.where && !q.citations.length;
        if (uncitedProp && (!q.hasSpeaker || articles.some((a) => broken.has(a)))) continue;
        const paragraphs = uncitedProp ? everyParagraph() : q.citations.flatMap((c) => cited(c.article ?? article, c.paragraphs));
        const verdict = checkQuote(q.text, paragraphs);
        if (!verdict.ok) add(q.line, entry, field, say(q.text, verdict, paragraphs, q.citations[0]?.article ?? article));
        else if (!q.hasSpeaker) add(q.line, entry, field, `"${q.text}" names no speaker: say who said it in the same sentence (a name, or <Actor id="…" />)`);
      }
    }
    // Each paragraph of a block quotes one paragraph of the source (or more, each its own).
    const verdictOf = (parts: readonly string[], paragraphs: CitedParagraph[]): QuoteVerdict => parts.map((p) => checkQuote(p, paragraphs)).find((v) => !v.ok) ?? { ok: true };
    for (const q of scan.prose.quotes) {
      const parts = q.parts?.length ? q.parts : [q.text];
      if (q.unquoted) {
        add(q.line, '> blockquote', 'children', `"${q.text.length > 40 ? `${q.text.slice(0, 40)}…` : q.text}" is in a blockquote, which marks a quotation, but is not in quotation marks: quote the speaker's words, or take this paragraph out of the blockquote`);
        continue;
      }
      if (q.blockquote) {
        const entry = '> blockquote';
        const refs = q.refs ?? [];
        if (refs.some((r) => broken.has(r.article ?? article ?? '') || citesMissing(r.article ?? article, r.paragraphs))) continue;
        const paragraphs = refs.flatMap((r) => cited(r.article ?? article, r.paragraphs));
        const verdict = verdictOf(parts, paragraphs);
        if (!verdict.ok) {
          const message = verdict.reason === 'no-citation' ? `a blockquote is a quotation: cite the paragraph that holds its words with <Ref paragraphs={[n]} /> inside it (or write it as text, without >)` : say(parts.find((p) => !checkQuote(p, paragraphs).ok) ?? q.text, verdict, paragraphs, refs[0]?.article ?? article);
          add(q.line, entry, 'children', message);
        } else if (!q.speaker && !names.some((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(forMatching(q.attribution ?? '')))) {
          add(q.line, entry, 'speaker', 'a blockquote is a quotation: name its speaker on a last line, e.g. "— <Actor id="john-kerry" />"');
        }
        continue;
      }
      // A <Quote> without speaker= is the component schema's to report (one line, with the ids or the misspelt prop).
      if (broken.has(q.article ?? article ?? '') || (q.paragraphs.length && citesMissing(q.article ?? article, q.paragraphs))) continue;
      const paragraphs = cited(q.article ?? article, q.paragraphs);
      const verdict = verdictOf(parts, paragraphs);
      if (!verdict.ok) add(q.line, '<Quote>', 'children', say(parts.find((p) => !checkQuote(p, paragraphs).ok) ?? q.text, verdict, paragraphs, q.article ?? article));
    }
  }

  /**
   * Quotation marks in a YAML text field (an event's description, a role, a term note): a quote the
   * text says someone said ("Kerry said “…”") must be quoted words of the entry's cited paragraphs;
   * words the report itself uses, in quotation marks ("the report says “last week”"), pass.
   */
  const fieldQuotes = (text: unknown, citation: unknown, at: { file: string; line: number; kind: string; entry: string; field: string }) => {
    if (typeof text !== 'string' || !citation || typeof citation !== 'object' || !('article' in citation)) return;
    const c = citation as { article: string; paragraphs: number[] };
    if (broken.has(c.article)) return;
    for (const q of proseQuotes({ pieces: [{ kind: 'text', text, line: at.line }, { kind: 'ref', paragraphs: c.paragraphs, article: c.article }] }, names)) {
      if (!q.hasSpeaker) continue;
      const paragraphs = cited(c.article, c.paragraphs);
      const verdict = checkQuote(q.text, paragraphs);
      if (!verdict.ok) problems.push({ ...at, message: say(q.text, verdict, paragraphs, c.article) });
    }
  };
  for (const ev of content.events) {
    for (const field of ['title', 'description'] as const) {
      fieldQuotes(ev[field], ev.citation, { file: ev.loc.file, line: ev.loc.fields[field] ?? ev.loc.line, kind: 'event', entry: ev.id, field });
    }
  }
  for (const exp of content.explainers) {
    const loc = exp.loc;
    const line = (field: string) => loc?.fields[field] ?? loc?.line ?? 1;
    const story = (field: string, text: unknown, citation: unknown) => fieldQuotes(text, citation, { file: exp.file, line: line(field), kind: 'explainer', entry: exp.id, field });
    // Roles and the updates log describe (and quote old wording); a term note may report a speaker's words.
    for (const [id, n] of Object.entries(exp.termNotes ?? {})) story(`termNotes.${id}.note`, (n as { note?: unknown }).note, n.citation);
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
      message: say(ev.quote.text, verdict, paragraphs, ev.citation.article),
    });
  }
  return problems;
}
