import type { z } from 'astro/zod';
import { propIssues } from '../../schemas/components/props.ts';

const heading = (component: string, file?: string) => `Invalid props for <${component}>${file ? ` in ${file}` : ''}:`;

/**
 * Validates an MDX component's props with its schema (src/schemas/components/<Component>.ts) and
 * throws an error an editor can act on: it names the component, the prop, what was given and what
 * is allowed, and the MDX file being built. The lint reports the same messages before the build.
 */
export function validateProps<S extends z.ZodType>(component: string, schema: S, props: unknown, file?: string): z.output<S> {
  const result = propIssues(component, schema, props);
  if (result.data !== undefined) return result.data;
  throw new Error(`${heading(component, file)}\n${result.issues.map((i) => `  • <${component}> prop "${i.prop}": ${i.message}`).join('\n')}`);
}

/** Throws the same kind of error as validateProps, for a rule checked after parsing. */
export function propError(component: string, file: string | undefined, prop: string, message: string): never {
  throw new Error(`${heading(component, file)}\n  • <${component}> prop "${prop}": ${message}`);
}

/** For a component whose schema says the text between its tags is required (meta `children`). */
export function requireChildren(component: string, schema: z.ZodType, hasChildren: boolean, file: string | undefined) {
  const message = (schema.meta() as { children?: string } | undefined)?.children;
  if (message && !hasChildren) propError(component, file, 'children', message);
}
