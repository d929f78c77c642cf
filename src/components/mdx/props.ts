import { z } from 'astro/zod';

/**
 * Validates an MDX component's props and throws an error an editor can act on: it names the
 * component, the prop, what was given and what is allowed, and the MDX file being built.
 */
export function validateProps<S extends z.ZodType>(
  component: string,
  schema: S,
  props: unknown,
  file?: string,
): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const prop = issue.path.length ? issue.path.map(String).join('.') : '(props)';
    let message = issue.message;
    // zod's own wording for an unknown prop does not say which props exist: add them.
    if (issue.code === 'unrecognized_keys' && schema instanceof z.ZodObject) {
      const keys = (issue as { keys?: string[] }).keys ?? [];
      return `  • <${component}> prop "${keys.join('", "')}": not a prop of <${component}>; allowed props: ${Object.keys(schema.shape).join(', ')}`;
    }
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = `is required: ${expected(issue)}`;
    return `  • <${component}> prop "${prop}": ${message}`;
  });
  throw new Error(`${heading(component, file)}\n${lines.join('\n')}`);
}

/** What an invalid_type issue expected, in editor's words. */
function expected(issue: z.core.$ZodIssue): string {
  const e = (issue as { expected?: string }).expected;
  if (e === 'array') return 'a list, e.g. {[1, 2]} or {["a", "b"]}';
  if (e === 'number') return 'a number, e.g. {3}';
  if (e === 'boolean') return 'true or false, e.g. {false}';
  return e ? `a ${e}` : 'a value';
}

const heading = (component: string, file?: string) => `Invalid props for <${component}>${file ? ` in ${file}` : ''}:`;

/** Throws the same kind of error as validateProps, for a rule checked after parsing. */
export function propError(component: string, file: string | undefined, prop: string, message: string): never {
  throw new Error(`${heading(component, file)}\n  • <${component}> prop "${prop}": ${message}`);
}

/** z.enum over values known only at build time (lane ids, event ids), with a readable message. */
export function oneOf(values: readonly string[], what: string) {
  const allowed = values.length ? values.join(', ') : '(none defined)';
  const a = /^[aeiou]/.test(what) ? 'an' : 'a';
  return z.string({ error: (issue) => `${issue.input === undefined ? 'is required' : 'must be text'}: ${a} ${what}; allowed: ${allowed}` }).refine((v) => values.includes(v), {
    error: (issue) => `"${String(issue.input)}" is not a known ${what}; allowed: ${allowed}`,
  });
}

/** Checks that the paragraphs a component cites exist in the article. */
export function checkParagraphs(
  component: string,
  file: string,
  article: string,
  paragraphs: number[],
  count: number,
) {
  const bad = paragraphs.filter((p) => p > count);
  if (bad.length) {
    propError(component, file, 'paragraphs', `paragraph ${bad.join(', ')} does not exist: article "${article}" has ${count} paragraphs`);
  }
}
