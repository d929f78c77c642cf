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
  | { ok: false; reason: 'no-citation' }
  | { ok: false; reason: 'split'; paragraphs: number[] };

/**
 * Each opening quotation mark and the marks that close it: English and most European styles (“…”,
 * ‘…’, „…“, „…”, ‚…‘, «…», »…«, ‹…›, ›…‹), CJK brackets (「…」, 『…』, 〝…〞), full-width and
 * straight quotes. A single ’ or ' closes only before a non-letter ("Kerry’s" is no close); a
 * straight ' opens only at the start of a word ("dogs'" and "Kerry's" open nothing).
 */
const CLOSE_OF: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
  '〝': '〞〟',
  '＂': '＂',
  '"': '"',
  '‘': '’',
  '‚': '‘’',
  "'": "'",
};
const SINGLE = new Set(['’', "'", '‘']);

/** Quotation marks, dashes and spaces made uniform, so typography never decides a match. */
export function normalise(s: string): string {
  return s
    .replace(/[“”„‟«»"＂「」『』‹›〝〞〟]/g, '"')
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

const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Passages between quotation marks in a text, as [start, end) offsets of their inner text. */
export function quotedPassages(text: string): { start: number; end: number; text: string }[] {
  return scanQuotes(text).passages;
}

/**
 * Offsets of the double quotation marks (“, ", „, «, », 「…) in a text that open a quotation it
 * never closes: in a paragraph of an explainer, a quote that runs on into the next paragraph (the
 * check compares a quote with one paragraph). Single marks are left out: ’90s and ’tis open nothing.
 */
export function unclosedQuotes(text: string): number[] {
  return scanQuotes(text).unclosed.filter((i) => !SINGLE.has(text[i]) && text[i] !== "'" && text[i] !== '‚');
}

function scanQuotes(text: string): { passages: { start: number; end: number; text: string }[]; unclosed: number[] } {
  const out: { start: number; end: number; text: string }[] = [];
  const unclosed: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const closers = CLOSE_OF[c];
    if (!closers) continue;
    // A straight or single quote inside a word is an apostrophe or an inch mark (Kerry's, 5"), not an opening.
    if ((c === "'" || c === '"') && letter(text[i - 1])) continue;
    if (c === "'" && !letter(text[i + 1])) continue;
    let close = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (!closers.includes(text[j])) continue;
      if (SINGLE.has(text[j]) && (letter(text[j + 1]) || /\s/.test(text[j - 1]))) continue;
      close = j;
      break;
    }
    if (close < 0) {
      unclosed.push(i);
      continue;
    }
    out.push({ start: i + 1, end: close, text: text.slice(i + 1, close) });
    i = close;
  }
  return { passages: out, unclosed };
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
  const quoted = paragraphs.map((p) => ({ n: p.n, passages: quotedPassages(p.text).map((q) => comparable(q.text)) }));
  const all = sentences(quote);
  // Where each sentence is quoted: the paragraphs that hold it between quotation marks.
  const homes = all.map((sentence) => quoted.filter((p) => p.passages.some((q) => q.includes(sentence))).map((p) => p.n));
  for (const [i, sentence] of all.entries()) {
    if (homes[i].length) continue;
    // Words running from the end of one paragraph's quotation into the next one's: one quote made of two.
    for (let k = 0; k + 1 < quoted.length; k++) {
      const joined = [quoted[k].passages.at(-1), quoted[k + 1].passages[0]];
      if (joined[0] && joined[1] && `${joined[0]} ${joined[1]}`.includes(sentence)) return { ok: false, reason: 'split', paragraphs: [quoted[k].n, quoted[k + 1].n] };
    }
    const reported = paragraphs.find((p) => comparable(p.text).includes(sentence));
    if (reported) return { ok: false, reason: 'paraphrase', paragraph: reported.n };
    return { ok: false, reason: 'not-found', nearest: nearestPassage(quote, paragraphs) };
  }
  // One quotation, one paragraph: sentences stitched from two paragraphs read as words said together.
  if (!paragraphs.some((p) => homes.every((h) => h.includes(p.n)))) {
    return { ok: false, reason: 'split', paragraphs: [...new Set(homes.map((h) => h[0]))] };
  }
  return { ok: true };
}

/** The verdict in words, for a one-line content error; `elsewhere`: the paragraph of the cited article that does hold the words. */
export function quoteMessage(quote: string, verdict: Exclude<QuoteVerdict, { ok: true }>, cited: readonly number[], elsewhere?: number): string {
  const shown = `"${normalise(quote).replace(/"/g, '')}"`;
  const where = [...new Set(cited)].map((n) => `¶${n}`).join(', ');
  switch (verdict.reason) {
    case 'paraphrase':
      return `paraphrase presented as a quote: ${shown} is reported speech in ¶${verdict.paragraph}, not words in quotation marks; drop the quotation marks or quote the paragraph's quoted words`;
    case 'no-citation':
      return `${shown} has no citation: put <Ref paragraphs={[n]} /> in the same sentence or block, pointing at the paragraph that quotes it`;
    case 'split':
      return `${shown} is not in one paragraph: its words are in ${verdict.paragraphs.map((n) => `¶${n}`).join(' and ')}; quote each paragraph's words on their own, each with its quotation marks`;
    case 'not-found':
      // The words are in another paragraph of the same article: the citation is what is wrong.
      if (elsewhere !== undefined) return `${shown} is not the words of the cited paragraphs (${where}): they are in ¶${elsewhere} of the same article; cite ¶${elsewhere}`;
      return `${shown} is not the words of the cited paragraphs (${where})${verdict.nearest ? `; nearest passage: ¶${verdict.nearest.paragraph} "${verdict.nearest.passage.replace(/"/g, '')}"` : ''}`;
  }
}

/** One piece of a block of prose: text, a citation (<Ref>), or a named speaker (<Actor>, a name). */
export type ProsePiece =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'ref'; paragraphs: number[]; article?: string }
  | { kind: 'actor'; id: string; text?: string };

/**
 * A `<Quote>` block as written: its words, speaker and cited paragraphs. A Markdown blockquote
 * (`> …`) without quotation marks is a quote too: `blockquote` is set, its citations are the <Ref>s
 * inside it and its speaker an <Actor> or a name in it (`named`).
 */
export interface QuoteBlock {
  text: string;
  /** Its paragraphs' words, each checked on its own (a block may quote two paragraphs, one each). */
  parts?: string[];
  line: number;
  speaker?: string;
  paragraphs: number[];
  article?: string;
  blockquote?: true;
  /** A paragraph of a blockquote that has quotation marks elsewhere, without any of its own: words presented as quoted, unchecked. */
  unquoted?: true;
  /** For a blockquote: the <Ref>s inside it. */
  refs?: { article?: string; paragraphs: number[] }[];
  /** For a blockquote: its text outside the quoted words (an attribution line), where a speaker's name may be. */
  attribution?: string;
}

/**
 * A block of prose (a paragraph, a list item, a heading) as a sequence of pieces, in order. A
 * component's text prop (a <Callout> title) is a block too, with the citations of the component's
 * body: `where` then names the component and the prop.
 */
export interface ProseBlock {
  pieces: ProsePiece[];
  where?: { entry: string; field: string };
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
/** A block as one string, with a private-use marker where each non-text piece stands, and the line of each text piece. */
function flatten(block: ProseBlock) {
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
  // The line of the text piece an offset falls in, plus the line breaks before it in that piece.
  const lineAt = (at: number) => {
    const piece = [...lines].reverse().find((l) => l.at <= at) ?? { at: 0, line: lines[0]?.line ?? 1 };
    return piece.line + (flat.slice(piece.at, at).match(/\n/g)?.length ?? 0);
  };
  return { flat, marks, lineAt };
}

/**
 * Quotation marks a block opens and never closes (a quote run on into the next paragraph, or a
 * closing mark forgotten): the words after one cannot be checked against any paragraph.
 */
export function unclosedProseQuotes(block: ProseBlock): { line: number; text: string }[] {
  const { flat, lineAt } = flatten(block);
  const words = (from: number) => flat.slice(from).replace(/\uE000/g, '').replace(/\s+/g, ' ').trim();
  return unclosedQuotes(flat).map((i) => ({ line: lineAt(i), text: words(i + 1).length > 40 ? `${words(i + 1).slice(0, 40)}…` : words(i + 1) }));
}

export function proseQuotes(block: ProseBlock, names: readonly string[]): ProseQuote[] {
  const { flat, marks, lineAt } = flatten(block);
  // A quote with a component inside (<Actor>, <Ref>) is checked too, on its words.
  const quotes = quotedPassages(flat).filter((q) => q.text.replace(/\uE000/g, '').trim());
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
      marks.some((m) => m.piece.kind === 'actor' && m.at >= s.start && m.at <= s.end && !(m.at >= q.start && m.at < q.end)) ||
      names.some((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(forMatching(outside)));
    return {
      text: q.text.replace(/\uE000/g, ''),
      line: lineAt(q.start),
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
