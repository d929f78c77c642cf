import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astro, projectCopy } from '../helpers/project-copy';

const MDX = 'tests/fixtures/site/content/explainers/fixture-riverside-flood.mdx';

/** A copy of the project whose fixture explainer has `find` replaced by `replace`, built as the fixture site. */
function buildWith(find: string, replace: string) {
  const dir = projectCopy({ extra: ['tests/fixtures/site'] });
  const text = readFileSync(join(dir, MDX), 'utf-8');
  expect(text).toContain(find);
  writeFileSync(join(dir, MDX), text.replace(find, replace));
  return astro(dir, ['build'], { CONTENT_DIR: 'tests/fixtures/site/content' });
}

describe('astro build with a wrong component prop in MDX', () => {
  it('fails naming the component, the MDX file, the prop and the allowed values (data component)', () => {
    const { status, output } = buildWith('<Actor id="priya-nair" />', '<Actor id="priya" />');
    expect(status).not.toBe(0);
    // The lint's own line (the build runs the MDX lint before any page renders), with the line number.
    expect(output).toMatch(new RegExp(`${MDX.replace(/[.*/]/g, '\\$&')}:\\d+ — component "<Actor>", field "id": "priya" is not a known actor id \\(content/actors\\.yaml or content/actors/\\*\\.yaml\\); allowed: `));
    expect(output).not.toContain('[build] Complete!');
  }, 120_000);

  it('fails naming the MDX file for a component that reads no data', () => {
    const { status, output } = buildWith('<Callout tone="open-question"', '<Callout tone="question"');
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${MDX.replace(/[.*/]/g, '\\$&')}:\\d+ — component "<Callout>", field "tone": must be one of: note, open-question, context`));
  }, 120_000);
});
