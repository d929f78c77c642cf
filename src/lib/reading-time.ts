/** Words a reader gets through in a minute of careful, non-fiction reading. */
export const WORDS_PER_MINUTE = 220;

/** Number of words (runs of letters or digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words`, at least 1. */
export function readingMinutes(words: number, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wpm));
}
