import { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';
import { lineOf, type ItemLocation } from './yaml.ts';

type Issue = z.core.$ZodRawIssue;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a value of a zod type looks like, said as an editor writes it. */
function shapeOf(expected: string | undefined): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a whole number, e.g. 3';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list, e.g. [a, b]';
    case 'object':
      return 'a set of fields (key: value)';
    default:
      return expected ? `a ${expected}` : 'a value';
  }
}

function received(input: unknown): string {
  if (input === null) return 'empty (null)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'object') return 'a set of fields';
  return `${typeof input === 'number' ? 'the number' : typeof input === 'boolean' ? 'the value' : 'a'} ${String(input)}`;
}

/**
 * The wording of every rule a schema does not word itself: zod's defaults ("Too small: expected
 * string to have >=1 characters") never reach editors. Pass it to `safeParse(…, { error })`;
 * a message written in a schema wins over it.
 */
export function editorMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required: write ${shapeOf(issue.expected)}`;
      if (issue.expected === 'int' && typeof issue.input === 'number') return `must be a whole number, not ${issue.input}`;
      return `must be ${shapeOf(issue.expected)}, not ${received(issue.input)}${issue.expected === 'string' && typeof issue.input !== 'object' ? ' (put it in quotes)' : ''}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty: write the text, or leave the field out if it is optional' : `must be at least ${plural(min, 'character')} long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must list at least ${plural(min, 'item')}`;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${plural(max, 'character')} long: shorten it`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must list at most ${plural(max, 'item')}`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max}`;
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'is not written in the expected form' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'does not match any of the forms this field can take: see docs/editing.md';
    case 'invalid_key':
    case 'invalid_element':
      return 'has an invalid key or item';
    default:
      return undefined;
  }
}

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
