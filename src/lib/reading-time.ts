/** Words a reader gets through in a minute of careful, non-fiction reading. */
export const WORDS_PER_MINUTE = 220;

/**
 * The prose of an MDX body as plain text: drops ESM lines, JSX tags (keeping text between them),
 * {expressions}, Markdown link targets and emphasis marks. Good enough to count words, not to render.
 */
export function mdxPlainText(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>[\]|~-]+/g, ' ');
}

/** Number of words (runs of letters or digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words`, at least 1. */
export function readingMinutes(words: number, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wpm));
}
