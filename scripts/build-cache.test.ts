import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_ROOT, dropCache, generatedFiles, keepCache, prepareCache, syncTree } from './build-cache.ts';

const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
const tree = (dir: string, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? Object.entries(tree(p, `${prefix}${name}/`)) : [[`${prefix}${name}`, readFileSync(p, 'utf-8')]];
    }),
  );

describe('syncTree', () => {
  it('makes the copy equal to the original: changed and new files copied, files the original lacks deleted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sync-'));
    const [from, to] = [join(dir, 'from'), join(dir, 'to')];
    write(join(from, 'a.html'), 'a1');
    write(join(from, 'deep/b.html'), 'b1');
    expect(syncTree(from, to)).toEqual({ copied: 2, deleted: 0 });
    expect(tree(to)).toEqual(tree(from));
    // Unchanged files are not copied again; a file rewritten in the copy (as a failed build does) is.
    expect(syncTree(from, to)).toEqual({ copied: 0, deleted: 0 });
    write(join(to, 'a.html'), 'a2');
    utimesSync(join(to, 'a.html'), new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    write(join(to, 'stray.html'), 'x');
    write(join(from, 'deep/c.html'), 'c1');
    expect(syncTree(from, to)).toEqual({ copied: 2, deleted: 1 });
    expect(tree(to)).toEqual(tree(from));
  });
});

describe('the kept cache', () => {
  it('is replaced only by a good build; a failed build leaves it as it was, and the next build starts from it', () => {
    const root = mkdtempSync(join(tmpdir(), 'cache-'));
    const base = join(root, CACHE_ROOT);
    // First build: nothing kept yet, an empty working copy; kept after success.
    const first = prepareCache(root, 'dist', 101);
    write(join(first.dir, 'dist/page.html'), 'v1');
    keepCache(root, 'dist', 101);
    expect(tree(join(base, 'dist'))).toEqual({ 'dist/page.html': 'v1' });

    // A failed build wrote into its own copy only.
    const failed = prepareCache(root, 'dist', 102);
    expect(tree(failed.dir)).toEqual({ 'dist/page.html': 'v1' });
    write(join(failed.dir, 'dist/page.html'), 'broken');
    dropCache(root, 'dist', 102);
    expect(tree(join(base, 'dist'))).toEqual({ 'dist/page.html': 'v1' });

    // The next build's copy is the kept cache again, made from the spare the failed build left.
    const next = prepareCache(root, 'dist', 103);
    expect(tree(next.dir)).toEqual({ 'dist/page.html': 'v1' });
    write(join(next.dir, 'dist/page.html'), 'v2');
    keepCache(root, 'dist', 103);
    expect(tree(join(base, 'dist'))).toEqual({ 'dist/page.html': 'v2' });
    expect(readdirSync(base).sort()).toEqual(['.dist.spare', 'dist']);
  });

  it('starts empty with --force, and tidies the copy of a build that was killed', () => {
    const root = mkdtempSync(join(tmpdir(), 'cache-'));
    const base = join(root, CACHE_ROOT);
    write(join(base, 'dist/dist/page.html'), 'v1');
    write(join(base, '.dist.staging-999999/dist/page.html'), 'half-written');
    const c = prepareCache(root, 'dist', 104, true);
    expect(tree(c.dir)).toEqual({});
    expect(existsSync(join(base, '.dist.staging-999999'))).toBe(false);
  });
});

describe('generatedFiles', () => {
  it("reads the files Astro rendered and those it copied from its cache from its log, colours or not", () => {
    const log = [
      ' generating static routes ',
      '16:50:44   ├─ /404.html (+251ms) ',
      '16:50:44   ├─ /embed/a/timeline/index.html (restored)',
      '\x1b[2m16:50:44\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/og/a.png\x1b[22m \x1b[32m(cached)\x1b[39m',
      '16:50:52   ├─ /a/index.html (+1.20s) ',
      '16:50:52 ✓ Completed in 11.18s.',
    ].join('\n');
    expect(generatedFiles(log)).toEqual({ rendered: ['/404.html', '/a/index.html'], reused: ['/embed/a/timeline/index.html', '/og/a.png'] });
  });
});
