import { componentDocs as schemaDocs } from '../../schemas/components/docs.ts';

/** What the guide says about a component: its summary and prop table, read from its schema. */
export interface ComponentDoc {
  name: string;
  summary: string;
  props: { name: string; required?: boolean; allowed: string }[];
}

/** "KeyFacts" → "key-facts": the name of its example file, `_examples/<nn>-<name>.mdx`. */
const fileName = (component: string) => component.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();

/**
 * Each component's doc, keyed by its example file name. Written once, in the component's schema
 * (src/schemas/components/<Component>.ts): `.describe()` per prop, `.meta({ description })`.
 */
export const componentDocs: Record<string, ComponentDoc> = Object.fromEntries(
  schemaDocs().map((d) => [
    fileName(d.name),
    {
      name: d.name,
      summary: d.description,
      props: d.props.map((p) => ({ name: p.name, required: p.required, allowed: p.default ? `${p.description} Default: ${p.default}.` : p.description })),
    },
  ]),
);
