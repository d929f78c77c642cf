/**
 * The quote check: words the page puts between quotation marks must be the cited paragraph's own
 * quoted words. Pure and DOM-free: callers hand it the quotes (from MDX prose, <Quote> and events'
 * quote fields) and the text of the paragraphs each one cites.
 *
 * A quote passes when, after normalising quotation marks, dashes, whitespace and the case of its
 * first letter, each of its sentences lies inside one quoted passage of a cited paragraph. Words a
 * paragraph gives as reported speech (no quotation marks) are "paraphrase presented as a quote".
 */

/** One paragraph of a source article, with its number. */
export interface CitedParagraph {
  n: number;
  text: string;
}

export type QuoteVerdict =
  | { ok: true }
  | { ok: false; reason: 'paraphrase'; paragraph: number }
  | { ok: false; reason: 'not-found'; nearest?: { paragraph: number; passage: string } }
  | { ok: false; reason: 'no-citation' };

const OPEN = '“„«"';
const CLOSE_OF: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };

/** Quotation marks, dashes and spaces made uniform, so typography never decides a match. */
export function normalise(s: string): string {
  return s
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text as compared: normalised, without end punctuation (a quote may end where its source's
 * sentence goes on) and in lower case (a quote may start a sentence on the page and not in the source).
 */
const comparable = (s: string) => normalise(s).replace(/[\s.,;:!?…]+$/u, '').toLowerCase();

/** Passages between quotation marks in a text, as [start, end) offsets of their inner text. */
export function quotedPassages(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!OPEN.includes(c)) continue;
    // A straight double quote opens only where a word starts after it.
    if (c === '"' && !/\S/.test(text[i + 1] ?? '')) continue;
    const close = text.indexOf(CLOSE_OF[c], i + 1);
    if (close < 0) continue;
    out.push({ start: i + 1, end: close, text: text.slice(i + 1, close) });
    i = close;
  }
  return out;
}

/** A quote's sentences: each must be found in one quoted passage (the source may say "he said" between them). */
function sentences(quote: string): string[] {
  return normalise(quote)
    .split(/(?<=[.!?…])\s+(?=["'(]?[A-Z0-9])/u)
    .map(comparable)
    .filter(Boolean);
}

const words = (s: string) => normalise(s).split(' ').filter(Boolean);
const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Length of the longest common subsequence of two word lists; `work` counts the word comparisons. */
function lcs(a: readonly string[], b: readonly string[], work: { comparisons: number }): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
    work.comparisons += b.length;
  }
  return row[b.length];
}

/** Windows scored in full (word-order comparison): those sharing the most words with the quote. */
const CANDIDATES = 24;
/** Beyond this many words a quote gets no nearest passage: the message still names the cited ¶. */
const MAX_QUOTE_WORDS = 400;

/**
 * The run of the cited paragraphs' words closest to the quote: the most of its words in the same
 * order, in a run about as long as the quote. What the editor may have meant to quote.
 *
 * Near-linear in the paragraphs' length: every window of the quote's length (±1) is first counted
 * for the words it shares with the quote (one pass, sliding), and only the best few windows are
 * compared word by word in order. `work.comparisons` counts the word comparisons made.
 */
export function nearestPassage(quote: string, paragraphs: readonly CitedParagraph[], work = { comparisons: 0 }): { paragraph: number; passage: string } | undefined {
  const q = words(quote).map(bare);
  if (!q.length || q.length > MAX_QUOTE_WORDS) return undefined;
  const wanted = new Map<string, number>();
  for (const w of q) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  const windows: { p: CitedParagraph; w: string[]; plain: string[]; i: number; size: number; shared: number }[] = [];
  for (const p of paragraphs) {
    const w = words(p.text);
    const plain = w.map(bare);
    for (const size of [q.length - 1, q.length, q.length + 1].filter((n) => n >= 1 && n <= w.length)) {
      // Words of the window that the quote holds, counted at most as often as the quote holds them.
      const seen = new Map<string, number>();
      let shared = 0;
      const add = (x: string, d: 1 | -1) => {
        const before = seen.get(x) ?? 0;
        const cap = wanted.get(x) ?? 0;
        seen.set(x, before + d);
        shared += Math.min(before + d, cap) - Math.min(before, cap);
        work.comparisons++;
      };
      for (let i = 0; i < size; i++) add(plain[i], 1);
      for (let i = 0; ; i++) {
        if (shared > 0) windows.push({ p, w, plain, i, size, shared });
        if (i + size >= w.length) break;
        add(plain[i], -1);
        add(plain[i + size], 1);
      }
    }
  }
  windows.sort((a, b) => b.shared - a.shared);
  let best: { paragraph: number; passage: string; score: number } | undefined;
  for (const { p, w, plain, i, size } of windows.slice(0, CANDIDATES)) {
    const score = lcs(q, plain.slice(i, i + size), work) - 0.1 * Math.abs(size - q.length);
    if (!best || score > best.score) best = { paragraph: p.n, passage: w.slice(i, i + size).join(' ').replace(/^["']+|["',.;:]+$/g, ''), score };
  }
  return best && best.score >= 1 ? { paragraph: best.paragraph, passage: best.passage } : undefined;
}

/**
 * Whether `quote` is the quoted words of one of `paragraphs`. Each sentence of the quote must lie in
 * a quoted passage of a cited paragraph; found only outside quotation marks, it is a paraphrase.
 */
export function checkQuote(quote: string, paragraphs: readonly CitedParagraph[]): QuoteVerdict {
  if (!paragraphs.length) return { ok: false, reason: 'no-citation' };
  for (const sentence of sentences(quote)) {
    if (paragraphs.some((p) => quotedPassages(p.text).some((q) => comparable(q.text).includes(sentence)))) continue;
    const reported = paragraphs.find((p) => comparable(p.text).includes(sentence));
    if (reported) return { ok: false, reason: 'paraphrase', paragraph: reported.n };
    return { ok: false, reason: 'not-found', nearest: nearestPassage(quote, paragraphs) };
  }
  return { ok: true };
}

/** The verdict in words, for a one-line content error. */
export function quoteMessage(quote: string, verdict: Exclude<QuoteVerdict, { ok: true }>, cited: readonly number[]): string {
  const shown = `"${normalise(quote).replace(/"/g, '')}"`;
  const where = cited.map((n) => `¶${n}`).join(', ');
  switch (verdict.reason) {
    case 'paraphrase':
      return `paraphrase presented as a quote: ${shown} is reported speech in ¶${verdict.paragraph}, not words in quotation marks; drop the quotation marks or quote the paragraph's quoted words`;
    case 'no-citation':
      return `${shown} has no citation: put <Ref paragraphs={[n]} /> in the same sentence or block, pointing at the paragraph that quotes it`;
    case 'not-found':
      return `${shown} is not the words of the cited paragraphs (${where})${verdict.nearest ? `; nearest passage: ¶${verdict.nearest.paragraph} "${verdict.nearest.passage.replace(/"/g, '')}"` : ''}`;
  }
}

/** One piece of a block of prose: text, a citation (<Ref>), or a named speaker (<Actor>, a name). */
export type ProsePiece =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'ref'; paragraphs: number[]; article?: string }
  | { kind: 'actor'; id: string; text?: string };

/** A `<Quote>` block as written: its words, speaker and cited paragraphs. */
export interface QuoteBlock {
  text: string;
  line: number;
  speaker?: string;
  paragraphs: number[];
  article?: string;
}

/** A block of prose (a paragraph, a list item, a heading) as a sequence of pieces, in order. */
export interface ProseBlock {
  pieces: ProsePiece[];
}

/** A quote found in prose, with its citation and whether its sentence names who said it. */
export interface ProseQuote {
  text: string;
  line: number;
  /** The paragraphs cited in its sentence, else in its block: article id → paragraph numbers. */
  citations: { article?: string; paragraphs: number[] }[];
  /** True when its sentence names a speaker: an <Actor>, or an actor's name in the text. */
  hasSpeaker: boolean;
}

/**
 * The quotes of a prose block: text between quotation marks, with the <Ref>s of its sentence (or,
 * without one, of its block) and whether the sentence names a speaker (`names`: actors' names).
 */
export function proseQuotes(block: ProseBlock, names: readonly string[]): ProseQuote[] {
  // One string with a private-use marker where each non-text piece stands.
  let flat = '';
  const marks: { at: number; piece: ProsePiece }[] = [];
  const lines: { at: number; line: number }[] = [];
  for (const piece of block.pieces) {
    if (piece.kind === 'text') {
      lines.push({ at: flat.length, line: piece.line });
      flat += piece.text;
    } else {
      marks.push({ at: flat.length, piece });
      flat += piece.kind === 'actor' && piece.text ? `\uE000${piece.text}\uE000` : '\uE000';
    }
  }
  const quotes = quotedPassages(flat).filter((q) => q.text.trim() && !q.text.includes('\uE000'));
  // Sentence ends outside quotation marks: . ! ? followed by a space (or the end) and no lower-case word.
  const inQuote = (i: number) => quotes.some((q) => i >= q.start - 1 && i <= q.end);
  const ends: number[] = [];
  for (let i = 0; i < flat.length; i++) {
    if (/[.!?]/.test(flat[i]) && !inQuote(i) && (i + 1 >= flat.length || /\s/.test(flat[i + 1])) && !/^\s*[a-z]/.test(flat.slice(i + 1, i + 4))) ends.push(i);
  }
  const sentenceOf = (at: number) => {
    const start = Math.max(-1, ...ends.filter((e) => e < at)) + 1;
    const after = ends.filter((e) => e >= at);
    return { start, end: after.length ? after[0] + 1 : flat.length };
  };
  const refsIn = (from: number, to: number) =>
    marks.filter((m) => m.piece.kind === 'ref' && m.at >= from && m.at <= to).map((m) => m.piece as Extract<ProsePiece, { kind: 'ref' }>);
  return quotes.map((q) => {
    const s = sentenceOf(q.start);
    const own = refsIn(s.start, s.end);
    const refs = own.length ? own : refsIn(0, flat.length);
    const sentence = flat.slice(s.start, s.end);
    const outside = sentence.slice(0, q.start - 1 - s.start) + sentence.slice(q.end + 1 - s.start);
    const hasSpeaker =
      marks.some((m) => m.piece.kind === 'actor' && m.at >= s.start && m.at <= s.end) ||
      names.some((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(forMatching(outside)));
    // The line of the text piece the quote opens in, plus the line breaks before it in that piece.
    const piece = [...lines].reverse().find((l) => l.at <= q.start) ?? { at: 0, line: 1 };
    return {
      text: q.text,
      line: piece.line + (flat.slice(piece.at, q.start).match(/\n/g)?.length ?? 0),
      citations: refs.map((r) => ({ article: r.article, paragraphs: r.paragraphs })),
      hasSpeaker,
    };
  });
}

/**
 * A name or sentence as compared when matching speakers: spaces of every kind (a no-break space in
 * "John\u00a0Kerry") as one space, and invisible characters (a soft hyphen, a bidi isolate) dropped.
 */
export const forMatching = (s: string) =>
  s
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/\p{White_Space}+/gu, ' ')
    .trim();

/**
 * The names by which a page may name a speaker: each actor's name, its name without a bracketed
 * abbreviation and the abbreviation ("High Negotiations Committee (HNC)"), and its last word when
 * that is a surname-like word ("Kerry", "Assad").
 */
export function speakerNames(actors: Iterable<{ name: string; kind?: string }>): string[] {
  const out = new Set<string>();
  for (const a of actors) {
    const name = forMatching(a.name);
    out.add(name);
    const m = /^(.*?)\s*\(([^)]+)\)$/.exec(name);
    if (m) {
      out.add(m[1]);
      out.add(m[2]);
    }
    const last = (m ? m[1] : name).split(/\s+/).at(-1)!;
    if (a.kind === 'person' && last.length >= 3) out.add(last);
  }
  return [...out].filter(Boolean);
}
