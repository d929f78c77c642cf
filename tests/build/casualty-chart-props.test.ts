import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astro, projectCopy } from '../helpers/project-copy';

describe('astro build with a wrong <CasualtyChart> prop', () => {
  it('fails, naming the MDX file, the component, the prop, the bad value and the allowed ones', () => {
    const dir = projectCopy();
    const mdx = join(dir, 'content/explainers/syria-ceasefire-2016.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf-8').replace('<CasualtyChart />', "<CasualtyChart incidents={['damascus-bombing']} />"));
    const { status, output } = astro(dir, ['build']);
    expect(status).not.toBe(0);
    // The lint's own line (the build runs the MDX lint before any page renders): file:line, component, prop, value, allowed.
    expect(output).toMatch(/content\/explainers\/syria-ceasefire-2016\.mdx:\d+ — component "<CasualtyChart>", field "incidents\.0": "damascus-bombing" is not a known incident id; allowed: damascus-bombings, homs-bombings, damascus-homs-total/);
    expect(output).not.toMatch(/^\s+at /m);
  }, 120_000);
});
