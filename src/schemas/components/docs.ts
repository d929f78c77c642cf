import type { z } from 'astro/zod';
import { componentSchemas, type ComponentName } from './index.ts';

/** One row of a component's prop table. */
export interface PropDoc {
  name: string;
  required: boolean;
  description: string;
  /** The default, as an editor would write it, when there is one. */
  default?: string;
}

/** What the guide and docs/editing.md say about a component, all read from its schema. */
export interface ComponentDoc {
  name: ComponentName;
  description: string;
  example: string;
  /** The message when the text between the tags is missing, for components that need it. */
  children?: string;
  props: PropDoc[];
}

type Def = { type: string; innerType?: z.ZodType; defaultValue?: unknown; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def; optin?: string } })._zod;

/** The doc of every component, in the order of `componentSchemas`. */
export function componentDocs(): ComponentDoc[] {
  return (Object.keys(componentSchemas) as ComponentName[]).map((name) => {
    const schema = componentSchemas[name]();
    const meta = (schema.meta() ?? {}) as { description?: string; example?: string; children?: string };
    const shape = defOf(schema).def.shape ?? {};
    const props = Object.entries(shape)
      .filter(([key]) => key !== 'explainer')
      .map(([key, prop]): PropDoc => {
        const zod = defOf(prop);
        const dflt = zod.def.type === 'default' ? zod.def.defaultValue : undefined;
        return {
          name: key,
          required: zod.optin !== 'optional' && zod.optin !== 'defaulted',
          description: prop.description ?? '',
          ...(dflt !== undefined && !(Array.isArray(dflt) && dflt.length === 0) ? { default: typeof dflt === 'string' ? `"${dflt}"` : `{${JSON.stringify(dflt)}}` } : {}),
        };
      });
    return { name, description: meta.description ?? '', example: meta.example ?? `<${name} />`, ...(meta.children ? { children: meta.children } : {}), props };
  });
}

/** The components table of docs/editing.md, generated: `npm run docs:props` writes it, a test keeps it in sync. */
export function propsTable(): string {
  const rows = componentDocs().map((c) => {
    const props = c.props.map((p) => `${p.required ? `**\`${p.name}\`**` : `\`${p.name}\``}${p.default ? ` (default ${p.default})` : ''}`);
    if (c.children) props.splice(c.props.filter((p) => p.required).length, 0, '**the text between the tags**');
    // Tags and paths in code spans, so Markdown shows them instead of reading them as HTML.
    const description = c.description.replace(/(<\/?[A-Z]\w*(?: \/)?>|content\/[^\s:,]+)/g, '`$1`').replace(/\|/g, '\\|');
    return `| \`${c.example}\` | ${description} | ${props.join(', ') || '—'} |`;
  });
  return ['| Component | What it does | Props (required in bold) |', '| --- | --- | --- |', ...rows].join('\n');
}
