import { describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cleanEnv } from '../tests/helpers/clean-env.ts';
import { ROOT } from '../tests/helpers/root.ts';
import { projectCopy } from '../tests/helpers/project-copy.ts';

const env = { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** A throwaway copy of the project, with its scripts, to scaffold into and build. */
const copy = () => projectCopy({ extra: ['scripts'] });

const run = (dir: string, script: string, args: string[] = []) =>
  spawnSync(process.execPath, [join(dir, script), ...args], { cwd: dir, encoding: 'utf-8', env });

/** Every file under content/ with its size and modification time: to prove nothing was written. */
function snapshot(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [`${join(d, e.name)} ${statSync(join(d, e.name)).size} ${statSync(join(d, e.name)).mtimeMs}`]));
  return walk(join(dir, 'content')).sort();
}

describe('npm run new -- <slug> "<Title>"', () => {
  it('creates a draft explainer with events, figures and a source stub that passes the lint; published while still empty, the lint says what to fill in', () => {
    const dir = copy();
    const r = run(dir, 'scripts/new.ts', ['portvale-strike', 'The Portvale dock strike']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of ['explainers/portvale-strike.mdx', 'events/portvale-strike.yaml', 'figures/portvale-strike.yaml', 'sources/portvale-strike.txt', 'sources/portvale-strike.yaml']) {
      expect(existsSync(join(dir, 'content', f)), f).toBe(true);
    }
    const mdx = readFileSync(join(dir, 'content/explainers/portvale-strike.mdx'), 'utf-8');
    expect(mdx).toMatch(/^---\ntitle: "The Portvale dock strike"\n/);
    expect(mdx).toContain('draft: true');
    expect(mdx).toContain('sources: [portvale-strike]');
    expect(mdx.match(/^## .+$/gm)).toEqual(['## What happened', '## What happens next']);

    // The new story's people and terms go in the shared lists, in English only: the Arabic edition
    // of the seed uses none of them, so neither the lint nor the build asks for their Arabic words.
    appendFileSync(join(dir, 'content/actors.yaml'), '- id: portvale-dockers-union\n  name: Portvale Dockers\' Union\n  kind: group\n');
    appendFileSync(join(dir, 'content/glossary.yaml'), '- id: picket-line\n  term: Picket line\n  definition: A line of strikers outside a workplace, asking others not to go in.\n');
    const lint = run(dir, 'scripts/lint-content.ts');
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);

    // A draft, it is built and left out of the pages and the sitemap: tests/build/incremental-build.test.ts
    // builds a site with a draft `npm run new` wrote.

    // Published as scaffolded, the lint refuses to publish the placeholders.
    writeFileSync(join(dir, 'content/explainers/portvale-strike.mdx'), mdx.replace('draft: true', 'draft: false'));
    const placeholders = run(dir, 'scripts/lint-content.ts');
    expect(placeholders.status).toBe(1);
    expect(placeholders.stderr).toContain('content/explainers/portvale-strike.mdx:3 — explainer "portvale-strike", field "dek": still has the placeholder text of `npm run new`');
    expect(placeholders.stderr).toContain('content/sources/portvale-strike.txt:1 — source "portvale-strike", field "(entry)": still has the placeholder text of `npm run new`, not the article');
    expect(placeholders.stderr).toContain('content/sources/portvale-strike.yaml:3 — source "portvale-strike", field "kind": still has the placeholder text');
    expect(placeholders.stderr).toContain('content/sources/portvale-strike.yaml:4 — source "portvale-strike", field "outlet": still has the placeholder text');
    // Published with empty events and figures, the lint (which the build runs before any page
    // renders: tests/build/lint-and-build-agree.test.ts) says which file to fill in.
    expect(placeholders.stderr).toMatch(/content\/explainers\/portvale-strike\.mdx:\d+ — component "<Timeline>", field "\(content\)": the content file events\/portvale-strike\.yaml lists no events\. Add events \(each with its citation\), or remove <Timeline \/> from the explainer\./);
    expect(placeholders.stderr).toMatch(/content\/explainers\/portvale-strike\.mdx:\d+ — component "<CasualtyChart>", field "\(content\)": the content file figures\/portvale-strike\.yaml lists no incidents\./);
  }, 180_000);

  it('refuses an existing slug with a clear message and exit code 1, writing nothing', () => {
    const dir = copy();
    const before = snapshot(dir);
    const r = run(dir, 'scripts/new.ts', ['syria-ceasefire-2016', 'Another Syria explainer']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('The slug "syria-ceasefire-2016" is already used: content/explainers/syria-ceasefire-2016.mdx');
    expect(r.stderr).toContain('nothing was written');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a slug that only a source article uses, writing nothing', () => {
    const dir = copy();
    const before = snapshot(dir);
    const r = run(dir, 'scripts/new.ts', ['2016-02-21-amman-syria-ceasefire', 'A clash with a source id']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/sources/2016-02-21-amman-syria-ceasefire.txt');
    expect(snapshot(dir)).toEqual(before);
  });

  for (const bad of ['Portvale', 'portvale_strike', '-portvale', 'portvale--strike', 'portvale strike', 'grève']) {
    it(`refuses the invalid slug "${bad}" with exit code 1, writing nothing`, () => {
      const dir = copy();
      const before = snapshot(dir);
      const r = run(dir, 'scripts/new.ts', [bad, 'A perfectly good title']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Invalid slug "${bad}": use lower-case letters, digits and single hyphens`);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('refuses a missing title, with the usage, writing nothing', () => {
    const dir = copy();
    const before = snapshot(dir);
    const r = run(dir, 'scripts/new.ts', ['portvale-strike']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Missing the title.\nUsage: npm run new -- <slug> "<Title>"');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('the scaffold\'s commented examples', () => {
  it('build as they are once uncommented: every example line without its "# " is valid content', async () => {
    const { scaffoldFiles } = await import('./new.ts');
    const { readFolder } = await import('../src/content/folder-fs.ts');
    const { readContent } = await import('../src/content/read.ts');
    const { formatProblem } = await import('../src/content/problems.ts');
    const folder = readFolder(ROOT, 'content');
    const files = new Map(folder.files);
    const uncomment = (text: string) => text.replace(/^# (?=[ -])/gm, '').replace(/^# ?(Example|Timeline|Casualty).*$/gm, '').replace(/^#$/gm, '');
    const scaffold = scaffoldFiles('portvale-strike', 'The Portvale dock strike', 'content', '2030-03-05');
    for (const f of scaffold) {
      const path = f.path.slice('content/'.length);
      files.set(path, path.endsWith('.yaml') && !path.startsWith('sources/') ? uncomment(f.text) : f.text);
    }
    const events = files.get('events/portvale-strike.yaml')!;
    expect(events).toMatch(/^- id: talks-collapse /m);
    expect(events).not.toContain('[]');
    const { entries, problems } = readContent({ dir: 'content', files });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.events.filter((e) => e.explainer === 'portvale-strike').map((e) => e.id)).toEqual(['talks-collapse', 'strike-ends']);
    expect(entries.incidents.filter((i) => i.explainer === 'portvale-strike').map((i) => i.reports.map((r) => r.reportedAt))).toEqual([['unknown', '2030-03-04']]);
  });
});
