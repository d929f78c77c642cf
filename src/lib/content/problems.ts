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

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where} — ${p.kind} "${p.entry}", field "${p.field || '(entry)'}": ${p.message}`;
}

/** Thrown when content is invalid: its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const n = problems.length;
    super(
      `${n} content problem${n === 1 ? '' : 's'} to fix:\n` + problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Dotted path of a zod issue, e.g. ["citation", "paragraphs", 1] → "citation.paragraphs.1". */
export function pathToField(path: ReadonlyArray<PropertyKey>): string {
  return path.map((k) => String(k)).join('.');
}
