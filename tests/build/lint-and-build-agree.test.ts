import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, allInvalidFixtures } from '../helpers/content-fixture.ts';
import { cleanEnv } from '../helpers/clean-env.ts';
import { ASTRO_BIN, projectCopy } from '../helpers/project-copy.ts';
import { lintContent } from '../../scripts/lint-content.ts';
import { formatProblem } from '../../src/content/problems.ts';

// Every fixture of tests/fixtures/invalid/ in one content folder: one build reports them all, and
// the lint must say exactly the same, line for line.
// A copy of the project (tests/helpers/project-copy.ts): its own Astro and Vite caches.
const project = projectCopy({ extra: ['scripts'] });
const { dir, expected } = allInvalidFixtures(project);
const env = { ...cleanEnv(), CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

describe('lint and build on every invalid fixture at once', () => {
  // The build runs the MDX lint too, so it must say exactly what `npm run check` says, in the same order.
  const lint = lintContent(project, dir).map(formatProblem);

  it('the lint reports each fixture with its file, line, entry, field and message', () => {
    for (const e of expected) {
      const match = lint.find((m) => m.startsWith(`${e.where} — ${e.entry}, ${e.field}: `) && m.includes(e.message));
      expect(match, `${e.name}: expected «${e.where} — ${e.entry}, ${e.field}: …${e.message}…» among:\n${lint.join('\n')}`).toBeDefined();
    }
  });

  it('astro build fails with exactly the problems the lint lists, in one pass, without a stack trace', () => {
    const r = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--outDir', join(project, 'dist')], { cwd: project, encoding: 'utf-8', env });
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
  }, 180_000);
});

describe('lint and build on MDX that breaks the trust model', () => {
  // The seed, its explainer holding one of each thing explainers may not hold.
  const mdxDir = 'content-mdx';
  cpSync(join(ROOT, 'content'), join(project, mdxDir), { recursive: true });
  const file = join(project, mdxDir, 'explainers/syria-ceasefire-2016.mdx');
  const hostile = [
    "import fs from 'node:fs'",
    "export const leak = fs.readFileSync('/etc/hostname', 'utf-8')",
    '<script type="module" src="/evil.js"></script>',
    'A <abbr title="United Nations" onClick="alert(1)">UN</abbr> figure of {12 + 1}, <a href="javascript:alert(1)">a link</a>.',
    '<meta httpEquiv="refresh" content="2;url=https://evil.example" />',
    '<Ref paragraphs={[12 + 1]} />',
    '<Ref {...{ paragraphs: [1] }} />',
    // Code without a node import: a module's address, loaded by a script.
    "import u from './helper.js?url'",
    '<script type="module" src={u}></script>',
    // Words no paragraph holds, presented as a quotation; one stitched from two paragraphs.
    '> Totally invented words of the secretary <Ref paragraphs={[4]} />\n>\n> — <Actor id="john-kerry" />',
    'Kerry said "not yet done. The modalities for a cessation of hostilities are now being completed" <Ref paragraphs={[3, 4]} />.',
  ].join('\n\n');
  // And a key fact without its citation: the box's rule, once the component's own (a stack trace in the build).
  writeFileSync(file, readFileSync(file, 'utf-8').replace('\n## ', `\n${hostile}\n\n## `).replace(/ <Ref paragraphs=\{\[9\]\} \/>\.\n<\/KeyFacts>/, '.\n</KeyFacts>'));
  const lint = lintContent(project, mdxDir).map(formatProblem);

  it('the lint refuses each with file:line and what to write instead', () => {
    expect(lint.length).toBe(14);
    for (const field of ['field "children": fact 4 has no citation', '"> blockquote", field "children"', 'is not in one paragraph: its words are in ¶3 and ¶4', '"import" is not allowed']) {
      expect(lint.some((l) => l.includes(field)), field).toBe(true);
    }
    expect(lint.every((l) => l.startsWith(`${mdxDir}/explainers/syria-ceasefire-2016.mdx:`))).toBe(true);
  });

  it('astro build fails with exactly the lint’s lines, before any page is written', () => {
    const r = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--outDir', join(project, 'dist-mdx')], {
      cwd: project,
      encoding: 'utf-8',
      env: { ...env, CONTENT_DIR: mdxDir },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(output.split('\n').filter((l) => l.startsWith('  • ')).map((l) => l.slice(4))).toEqual(lint);
    expect(existsSync(join(project, 'dist-mdx/syria-ceasefire-2016/index.html'))).toBe(false);
  }, 120_000);
});
