import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, allInvalidFixtures } from '../helpers/content-fixture';
import { cleanEnv } from '../helpers/clean-env';
import { lintContent } from '../../scripts/lint-content.ts';
import { formatProblem } from '../../src/content/problems.ts';

// Every fixture of tests/fixtures/invalid/ in one content folder: one build reports them all, and
// the lint must say exactly the same, line for line.
const project = mkdtempSync(join(tmpdir(), 'explainer-agree-'));
for (const p of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, p), join(project, p), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
const { dir, expected } = allInvalidFixtures(project);
const env = { ...cleanEnv(), CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

describe('lint and build on every invalid fixture at once', () => {
  const lint = lintContent(project, dir).filter((p) => p.kind !== 'component' && p.kind !== 'mdx').map(formatProblem);

  it('the lint reports each fixture with its file, line, entry, field and message', () => {
    for (const e of expected) {
      const match = lint.find((m) => m.startsWith(`${e.where} — ${e.entry}, ${e.field}: `) && m.includes(e.message));
      expect(match, `${e.name}: expected «${e.where} — ${e.entry}, ${e.field}: …${e.message}…» among:\n${lint.join('\n')}`).toBeDefined();
    }
  });

  it('astro build fails with exactly the problems the lint lists, in one pass, without a stack trace', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(project, 'dist')], { cwd: project, encoding: 'utf-8', env });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    const built = output.split('\n').filter((l) => l.startsWith('  • ')).map((l) => l.slice(4));
    expect(built).toEqual(lint);
    expect(output).toContain(`${lint.length} content problems to fix:`);
    expect(output).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('npm run check prints every problem of every file, one line each, and no stack trace', () => {
    const r = spawnSync(process.execPath, [join(project, 'scripts/lint-content.ts')], { cwd: project, encoding: 'utf-8', env });
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('  • ')).map((l) => l.slice(4));
    for (const line of lint) expect(lines).toContain(line);
    expect(r.stderr + r.stdout).not.toMatch(/^\s+at /m);
  }, 60_000);
});
