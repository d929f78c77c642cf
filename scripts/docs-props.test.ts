import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DOC, withPropsTable } from './docs-props.ts';
import { componentDocs } from '../src/schemas/components/docs.ts';
import * as components from '../src/components/mdx/index.ts';

describe('docs/editing.md components table', () => {
  it('is the table generated from the components’ schemas (run `node scripts/docs-props.ts` after changing one)', () => {
    const doc = readFileSync(DOC, 'utf-8');
    expect(withPropsTable(doc)).toBe(doc);
  });

  it('covers every component editors can use, each prop with a description', () => {
    const docs = componentDocs();
    expect(docs.map((d) => d.name).sort()).toEqual(Object.keys(components).sort());
    for (const d of docs) {
      expect(d.description, d.name).not.toBe('');
      for (const p of d.props) expect(p.description, `${d.name}.${p.name}`).toMatch(/\.$/);
    }
  });
});
