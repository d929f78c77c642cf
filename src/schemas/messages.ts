import type { z } from 'astro/zod';

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
