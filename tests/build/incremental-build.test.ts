import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cleanEnv } from '../helpers/clean-env';
import { snapshot } from '../helpers/tree-snapshot';
import { projectCopy } from '../helpers/project-copy';
import { ROOT } from '../helpers/root';
import { writeSyntheticContent } from '../../bench/lib/scaling';
import { generatedFiles } from '../../scripts/build-cache';

const ENV = { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const EXPLAINERS = 20;


/** `npm run build` of the synthetic content, with the files Astro rendered and reused (from its log). */
function build(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, encoding: 'utf-8', env: { ...ENV, CONTENT_DIR: 'synthetic', ...env }, maxBuffer: 64 * 2 ** 20 });
  const output = `${r.stdout}\n${r.stderr}`;
  return { status: r.status, output, ...generatedFiles(r.stdout) };
}

/** The explainer a file belongs to: a path segment equal to its slug. */
const ownerIn = (slugs: string[]) => (path: string) => path.split(/[/.]/).find((s) => slugs.includes(s));

describe('npm run build is incremental (about 20 explainers)', () => {
  it('renders no explainer page when nothing changed, only the edited explainer’s pages after an edit, and the same site as a full build; a refused build leaves the site and the cache as they were', () => {
    const dir = projectCopy({ extra: ['scripts'] });
    const slugs = writeSyntheticContent(join(ROOT, 'content'), join(dir, 'synthetic'), EXPLAINERS, 15, 10);
    const owner = ownerIn(slugs);
    const edited = slugs[7];
    const mdx = join(dir, 'synthetic/explainers', `${edited}.mdx`);
    const original = readFileSync(mdx, 'utf-8');
    const retitled = original.replace('Benchmark 8:', 'Benchmark 8 (retitled):');
    expect(retitled).not.toBe(original);

    // Cold (--force: a new cache, as the first build has anyway): every file rendered; the edited
    // explainer's own are its page, embeds, share image, CSV and source page.
    const cold = build(dir, ['--force']);
    expect(cold.status, cold.output).toBe(0);
    expect(cold.reused).toEqual([]);
    const itsFiles = cold.rendered.filter((p) => owner(p) === edited).sort();
    expect(itsFiles).toEqual(
      expect.arrayContaining([
        `/${edited}/index.html`,
        `/og/${edited}.png`,
        `/${edited}/casualties.csv`,
        expect.stringMatching(new RegExp(`^/${edited}/source/[^/]+/index\\.html$`)),
        expect.stringMatching(new RegExp(`^/embed/${edited}/[^/]+/index\\.html$`)),
      ]),
    );
    const explainerFiles = cold.rendered.filter((p) => owner(p) !== undefined).sort();
    expect(explainerFiles.length).toBe(EXPLAINERS * itsFiles.length);
    const good = snapshot(join(dir, 'dist'));

    // A build that fails after Astro rendered the edit (refused after a complete build: pages over a
    // size budget) leaves the site as it was, and the cache the next build starts from with it.
    writeFileSync(mdx, retitled);
    const refused = build(dir, [], { EXPLAINER_MAX_PAGE_KB: '50' });
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toContain('build: refused the output: ');
    expect(refused.output).toMatch(/\/bench-\d+\/index\.html is \d+ KB of HTML, over the budget of 50 KB for one page/);
    expect(refused.rendered.filter((p) => owner(p) !== undefined).sort()).toEqual(itsFiles);
    expect(snapshot(join(dir, 'dist'))).toEqual(good);

    // Nothing changed since the last good build (the edit undone): no explainer file rendered, the
    // search index kept, the site byte-identical. Only the pages without a cache key render again.
    writeFileSync(mdx, original);
    const same = build(dir);
    expect(same.status, same.output).toBe(0);
    expect(same.rendered.filter((p) => owner(p) !== undefined)).toEqual([]);
    expect(same.reused.sort()).toEqual(explainerFiles);
    expect(same.rendered.sort()).toEqual(cold.rendered.filter((p) => owner(p) === undefined).sort());
    expect(same.output).toContain('build: search index kept');
    expect(snapshot(join(dir, 'dist'))).toEqual(good);

    // One explainer retitled: its files render again, and no other explainer's.
    writeFileSync(mdx, retitled);
    const edit = build(dir);
    expect(edit.status, edit.output).toBe(0);
    expect(edit.rendered.filter((p) => owner(p) !== undefined).sort()).toEqual(itsFiles);
    expect(edit.output).toContain('build: search index rebuilt');
    expect(readFileSync(join(dir, 'dist', edited, 'index.html'), 'utf-8')).toContain('Benchmark 8 (retitled):');

    // The edit undone: its files render again, from the cache of the edited site, and the site is the
    // cold (full) build's byte for byte: pages rendered beside pages reused make what a full build makes.
    writeFileSync(mdx, original);
    const undone = build(dir);
    expect(undone.status, undone.output).toBe(0);
    expect(undone.rendered.filter((p) => owner(p) !== undefined).sort()).toEqual(itsFiles);
    expect(snapshot(join(dir, 'dist'))).toEqual(good);
  }, 900_000);
});
