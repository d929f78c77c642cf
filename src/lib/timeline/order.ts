/**
 * The one order of a story's events, for the list, the graphic's keyboard path, the panel and the
 * default selection. Pure.
 *
 * Events are ordered by start (then end). But when one event's interval contains another's — a
 * day-only event ("state of emergency declared", 14 March) and a timed event that day (the 03:54
 * earthquake), or a month and a day in it — time cannot say which came first, so the two keep the
 * editor's order in the YAML file (its line). The default selected event is the first in this order.
 */

export interface Interval {
  start: number;
  end: number;
}

/** Compares numbers that may be infinite (open periods) without NaN. */
const by = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);

const contains = (a: Interval, b: Interval) => a.start <= b.start && b.end <= a.end;

/** Negative when `a` comes first: by start, unless one interval holds the other (then file order). */
export function compareInStory(a: Interval & { line: number }, b: Interval & { line: number }): number {
  if (contains(a, b) || contains(b, a)) return a.line - b.line;
  return by(a.start, b.start) || by(a.end, b.end) || a.line - b.line;
}

/**
 * `items` in story order. Containment is not transitive, so this is an insertion into the order by
 * start (then file order): deterministic for any input, and the plain sort whenever the rule is one.
 */
export function storyOrder<T>(items: readonly T[], when: (item: T) => Interval, line: (item: T) => number): T[] {
  const keyed = items.map((item) => {
    const w = when(item);
    // An unreadable date sorts last, in file order.
    const ok = Number.isFinite(w.start) || Number.isFinite(w.end);
    return { item, start: ok ? w.start : Infinity, end: ok ? w.end : Infinity, line: line(item) };
  });
  keyed.sort((a, b) => by(a.start, b.start) || by(a.end, b.end) || a.line - b.line);
  const out: typeof keyed = [];
  for (const k of keyed) {
    let j = out.length;
    while (j > 0 && compareInStory(out[j - 1], k) > 0) j--;
    out.splice(j, 0, k);
  }
  return out.map((k) => k.item);
}
