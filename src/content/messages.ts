import { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';
import { editorMessage } from '../schemas/messages.ts';
import { lineOf, type ItemLocation } from './yaml.ts';

/** The field names a schema allows at `path` (for "unknown field" messages), when it can tell. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let s: unknown = schema;
  const unwrap = () => {
    for (let i = 0; i < 10; i++) {
      const def = (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault' || def.type === 'readonly') s = def.innerType;
      else if (def.type === 'pipe') s = (def.in as { _zod?: { def?: { type?: string } } })?._zod?.def?.type === 'transform' ? def.out : def.in;
      else return;
    }
  };
  for (const key of [...path, undefined]) {
    unwrap();
    const def = (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return undefined;
    if (key === undefined) return def.type === 'object' ? Object.keys(def.shape as object) : undefined;
    if (def.type === 'object') s = (def.shape as Record<string, unknown>)[String(key)];
    else if (def.type === 'array') s = def.element;
    else return undefined;
  }
  return undefined;
}

/**
 * The problems of a failed parse, each at its field's own line: an unknown field is reported on
 * its line with the fields that exist, not on the entry's first line.
 */
export function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  at: { loc: ItemLocation; kind: string; entry: string; schema: z.ZodType; what?: string },
): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(at.schema, issue.path);
      for (const key of issue.keys) {
        const field = [...base, key].join('.');
        const message = `is not a field of ${base.length ? `"${base.join('.')}"` : (at.what ?? `an ${at.kind}`).replace(/^an ([^aeiou])/, 'a $1')}: remove it or fix its name${allowed ? `; fields: ${allowed.join(', ')}` : ''}`;
        out.push({ file: at.loc.file, line: lineOf(at.loc, field), kind: at.kind, entry: at.entry, field, message });
      }
      continue;
    }
    const field = base.join('.');
    out.push({ file: at.loc.file, line: lineOf(at.loc, field), kind: at.kind, entry: at.entry, field, message: issue.message });
  }
  return out;
}

/** Validates `value` with `schema` in editors' words: the data, or the problems at their lines. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  at: { loc: ItemLocation; kind: string; entry: string; what?: string },
): { data: z.output<S>; problems: [] } | { data?: undefined; problems: ContentProblem[] } {
  const r = schema.safeParse(value, { error: editorMessage });
  if (r.success) return { data: r.data, problems: [] };
  return { problems: issueProblems(r.error.issues, { ...at, schema }) };
}
