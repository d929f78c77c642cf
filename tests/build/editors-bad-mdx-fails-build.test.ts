import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content-fixture';
import { cleanEnv } from '../helpers/clean-env';

const MDX = 'tests/fixtures/site/content/explainers/fixture-riverside-flood.mdx';

/** A copy of the project whose fixture explainer has `find` replaced by `replace`, built as the fixture site. */
function buildWith(find: string, replace: string) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-mdx-'));
  for (const p of ['src', 'public', 'tests/fixtures/site', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const text = readFileSync(join(dir, MDX), 'utf-8');
  expect(text).toContain(find);
  writeFileSync(join(dir, MDX), text.replace(find, replace));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf-8',
    env: { ...cleanEnv(), CONTENT_DIR: 'tests/fixtures/site/content', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('astro build with a wrong component prop in MDX', () => {
  it('fails naming the component, the MDX file, the prop and the allowed values (data component)', () => {
    const { status, output } = buildWith('<Actor id="priya-nair" />', '<Actor id="priya" />');
    expect(status).not.toBe(0);
    expect(output).toContain(`Invalid props for <Actor> in ${MDX}:`);
    expect(output).toContain('<Actor> prop "id": "priya" is not a known actor id (content/actors.yaml or content/actors/*.yaml); allowed: ');
    expect(output).not.toContain('[build] Complete!');
  }, 120_000);

  it('fails naming the MDX file for a component that reads no data', () => {
    const { status, output } = buildWith('<Callout tone="open-question"', '<Callout tone="question"');
    expect(status).not.toBe(0);
    expect(output).toContain(`Invalid props for <Callout> in ${MDX}:`);
    expect(output).toContain('<Callout> prop "tone": must be one of: note, open-question, context');
  }, 120_000);
});
