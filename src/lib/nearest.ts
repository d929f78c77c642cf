/** Edit distance between two strings (Levenshtein: insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * How far a mistyped value may be from a known one to be suggested: a slip or two (one more per four
 * letters of a long id), never a different word ("harwick" is not "munich").
 */
export const closeEnough = (value: string) => Math.max(2, Math.floor(value.length / 4));

/**
 * The known values closest to a mistyped one, for "did you mean" messages: the `n` nearest by edit
 * distance (ignoring case) within `closeEnough` of it, nearest first, ties in the given order. Empty
 * when nothing is that close.
 */
export function nearest(value: string, known: readonly string[], n = 3): string[] {
  const v = value.toLowerCase();
  const max = closeEnough(value);
  return known
    .map((k, i) => {
      const lk = k.toLowerCase();
      // One contains the other ("saudi" for "saudi-arabia"): as near as a one-letter typo.
      return { k, i, d: lk.includes(v) || v.includes(lk) ? Math.min(1, editDistance(v, lk)) : editDistance(v, lk) };
    })
    .filter((x) => x.d <= max)
    .sort((p, q) => p.d - q.d || p.i - q.i)
    .slice(0, n)
    .map((x) => x.k);
}

/** "; did you mean `x`?" for the one nearest known value within `closeEnough`, or '' when none is. */
export function didYouMean(value: string, known: readonly string[]): string {
  const [near] = nearest(value, known, 1);
  return near ? `; did you mean \`${near}\`?` : '';
}
