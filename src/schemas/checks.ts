/**
 * Cross-checks inside one entry (an incident's figures, an explainer's lists), each a small function returning its problems so the
 * schema (src/schemas/figure.ts) reports them on the exact field. Kept apart from the date rules,
 * which compare reports in time.
 */
import type { Killed } from './figure.ts';

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Each repeat of an item in a list of ids, on its own index: `what` says why a repeat is wrong. */
export function repeatedIds(list: string[] | undefined, field: string, what: string): FieldProblem[] {
  return (list ?? []).flatMap((id, i) => (list!.indexOf(id) < i ? [{ path: [field, i], message: `"${id}" is listed twice: ${what}, remove the repeat` }] : []));
}

/** A total that lists a part twice would count it twice ("at least 195" for 68 + 68 + 59). */
export const repeatedParts = (parts: string[] | undefined) => repeatedIds(parts, 'parts', 'a total counts each part once');

/** The fewest deaths a toll claims, where it claims a minimum at all ("about 40" claims none). */
function lowerBound(k: Killed): number | undefined {
  switch (k.qualifier) {
    case 'at-least':
    case 'exactly':
      return k.value;
    case 'more-than':
      return k.value + 1;
    case 'range':
      return k.low;
    default:
      return undefined;
  }
}

const words = (k: Killed) => (k.qualifier === 'range' ? `${k.low}–${k.high}` : k.qualifier === 'none' ? String(k.value) : `${k.qualifier.replace('-', ' ')} ${k.value}`);

/**
 * A minimum only goes up as bodies are counted: a later report with a lower minimum is either a
 * mistake in content or a correction by the source, which the editor must say (`correction: true`),
 * and which the page then shows as a correction rather than a revision.
 */
export function lowerBoundRevisedDown(reports: { killed: Killed; correction?: boolean }[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let highest: { bound: number; killed: Killed } | undefined;
  reports.forEach((r, i) => {
    if (!r?.killed) return;
    const bound = lowerBound(r.killed);
    // A bare or approximate figure claims no minimum, but one below an earlier minimum still reads as
    // a fall ("at least 51", then "47 killed"): the editor must say it is a correction too.
    const stated = bound ?? (r.killed as { value?: number }).value;
    if (highest && stated !== undefined && stated < highest.bound && !r.correction) {
      problems.push({
        path: ['reports', i, 'killed'],
        message: `lowers the toll from ${words(highest.killed)} to ${words(r.killed)}: a minimum only goes up; if the source corrected the earlier figure, add correction: true to this report`,
      });
    }
    if (r.correction && stated !== undefined) highest = { bound: bound ?? stated, killed: r.killed };
    else if (bound !== undefined && (!highest || bound > highest.bound)) highest = { bound, killed: r.killed };
  });
  return problems;
}

/**
 * The instant a report was published, in milliseconds UTC, for comparing reports: a date-time with
 * its zone as written (11:00+05:00 is 06:00 UTC, before 10:00Z), a plain day as its start in UTC.
 * Comparing the texts would order 10:00Z before 11:00+05:00.
 */
export function reportInstant(reportedAt: string): number {
  return Date.parse(/T/.test(reportedAt) ? reportedAt : `${reportedAt}T00:00Z`);
}
