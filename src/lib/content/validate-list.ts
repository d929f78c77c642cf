import type { z } from 'astro/zod';
import { parseYamlList, lineOf, type ItemLocation } from './yaml-source';
import { pathToField, type ContentProblem } from './problems';

export interface ValidEntry<T> {
  id: string;
  data: T;
  loc: ItemLocation;
}

/**
 * Parses and validates one YAML list file against the schema of its entries. Pure: the same text
 * gives the same entries and problems, whether called by the Astro loader, the lint or a test.
 */
export function validateYamlList<S extends z.ZodType>(
  text: string,
  file: string,
  kind: string,
  schema: S,
): { entries: ValidEntry<z.output<S>>[]; problems: ContentProblem[] } {
  const parsed = parseYamlList(text, file, kind);
  const problems = [...parsed.problems];
  const entries: ValidEntry<z.output<S>>[] = [];
  const seen = new Map<string, number>();
  parsed.items.forEach((raw, i) => {
    const loc = parsed.locations[i];
    const rawId = (raw as { id?: unknown } | null)?.id;
    const entry = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `#${i + 1} in the list`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = pathToField(issue.path);
        problems.push({ file, line: lineOf(loc, field), kind, entry, field, message: issue.message });
      }
      return;
    }
    const earlier = seen.get(entry);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: loc.line,
        kind,
        entry,
        field: 'id',
        message: `duplicate id: already used by the ${kind} on line ${earlier}`,
      });
      return;
    }
    seen.set(entry, loc.line);
    entries.push({ id: entry, data: result.data, loc });
  });
  return { entries, problems };
}
