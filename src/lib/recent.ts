/**
 * A memo that keeps only the last `size` keys it was asked for, the oldest dropped first: for what is
 * costly to make and to keep, and asked for in runs (a page's components all ask for their
 * explainer's schemas; the next page for the next explainer's). Keeping every one for a whole build
 * of thousands of explainers held gigabytes.
 */
export function recentMemo<K, V>(size: number): (key: K, make: () => V) => V {
  const kept = new Map<K, V>();
  return (key, make) => {
    if (kept.has(key)) {
      const value = kept.get(key)!;
      // Asked again: now the newest.
      kept.delete(key);
      kept.set(key, value);
      return value;
    }
    const value = make();
    kept.set(key, value);
    if (kept.size > size) kept.delete(kept.keys().next().value as K);
    return value;
  };
}
