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
    return `  • <${component}> prop "${prop}": ${issue.message}`;
  });
  const where = file ? ` in ${file}` : '';
  throw new Error(`Invalid props for <${component}>${where}:\n${lines.join('\n')}`);
}

/** z.enum over values known only at build time (lane ids, event ids), with a readable message. */
export function oneOf(values: readonly string[], what: string) {
  const allowed = values.length ? values.join(', ') : '(none defined)';
  return z.string().refine((v) => values.includes(v), {
    error: (issue) => `"${String(issue.input)}" is not a known ${what}; allowed: ${allowed}`,
  });
}
