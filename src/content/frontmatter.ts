/**
 * Where an MDX file's front matter ends: the one rule both the content reader (`splitFrontmatter`)
 * and the MDX scan (`blankFrontmatter`) use. Astro closes the front matter at the first line that
 * starts with `---` (its regex is `\n---`), so that line is the fence; a fence with more on its line
 * (`----- not ready`) is refused by the reader rather than read differently from Astro.
 */
export interface Frontmatter {
  /** The YAML between the fences, without the newline before the closing fence. */
  yaml: string;
  /** The opening fence, the YAML and the closing fence line, without the newline after it. */
  head: string;
  /** The closing fence line as written (no line ending), and its 1-based line number. */
  fence: { text: string; line: number; exact: boolean };
}

const FRONTMATTER = /^\uFEFF?---\r?\n((?:[\s\S]*?\n)?)(---[^\n]*?)\r?(?=\n|$)/;

export function matchFrontmatter(text: string): Frontmatter | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  const line = m[0].split('\n').length;
  return { yaml: m[1].replace(/\r?\n$/, ''), head: m[0], fence: { text: m[2], line, exact: /^---[ \t]*$/.test(m[2]) } };
}

/** Front matter of an MDX file (the YAML between the first two `---` lines) and where the body starts. */
export function splitFrontmatter(text: string): { yaml: string | undefined; body: string; bodyLine: number; fence?: Frontmatter['fence'] } {
  const m = matchFrontmatter(text);
  if (!m) return { yaml: undefined, body: text, bodyLine: 1 };
  const rest = text.slice(m.head.length).replace(/^\r?\n/, '');
  return { yaml: m.yaml, body: rest, bodyLine: m.fence.line + 1, fence: m.fence };
}
