/**
 * A content mistake, said the way an editor needs it: which file (and line), which entry, which
 * field, what is wrong.
 */
export interface ContentProblem {
  /** Path from the project root, e.g. content/events/syria.yaml */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** What kind of entry: event, incident, actor, term, source, explainer. */
  kind: string;
  /** The entry's id (or the file's slug for front matter). */
  entry: string;
  /** Dotted path of the field, e.g. citation.paragraphs.1 */
  field: string;
  message: string;
}

/**
 * Characters a message may echo from content that would break it: line breaks and other controls
 * (a message is one line) and bidi controls (which reorder the terminal's line), shown as escapes.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu;
const printable = (s: string) => s.replace(UNPRINTABLE, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return printable(`${where} — ${p.kind} "${p.entry}", field "${p.field || '(entry)'}": ${p.message}`);
}

/** Problems in reading order: files as first met, and by line within a file (a stable sort). */
export function inReadingOrder(problems: readonly ContentProblem[]): ContentProblem[] {
  const files = new Map<string, number>();
  problems.forEach((p) => files.has(p.file) || files.set(p.file, files.size));
  return [...problems].sort((a, b) => files.get(a.file)! - files.get(b.file)! || (a.line ?? 0) - (b.line ?? 0));
}

/** Thrown when content is invalid: its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  /** Read by Astro's error overlay and build log in place of its own guess. */
  readonly hint = 'Fix each line above at the file and line it names; `npm run check` lists them all without building.';
  constructor(problems: ContentProblem[]) {
    const n = problems.length;
    super(
      `${n} content problem${n === 1 ? '' : 's'} to fix:\n` + inReadingOrder(problems).map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The editor needs the list, not where in the kit it was thrown: no stack in the log (Astro
    // prints a "Stack trace:" heading only for an error that has one).
    this.stack = '';
    this.short = `${this.name}: ${n} content problem${n === 1 ? '' : 's'} to fix`;
  }

  private readonly short: string;

  /**
   * Astro adds a "Browser APIs are not available" hint to any error whose text holds the word
   * "document" (as in a cited document); the short form keeps that guess out of editors' way.
   */
  toString(): string {
    return this.short;
  }
}
