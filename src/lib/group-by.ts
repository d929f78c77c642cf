/**
 * Items grouped by a key, each group in the items' order: made once where each of a site's explainers
 * asks for its own events or figures (filtering the whole site's list for each one grows with the
 * square of the site: 3,000 explainers have 45,000 events).
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Items by the explainer they belong to (`explainer`, the file stem the reader adds; '' when none). */
export const byExplainer = <T extends { explainer?: string }>(items: Iterable<T>): Map<string, T[]> => groupBy(items, (i) => i.explainer ?? '');
