// `npm run build` (scripts/build.ts) on one synthetic site of 20 explainers, built cold once and then
// broken, interrupted, left alone, refused and edited: the build is atomic (a failed or
// interrupted build leaves the site byte-identical), skips a build with nothing changed, renders again
// only what an edit changed, and splits the home page into pages. One project and one cold build serve
// the three parts (they run in order, each from where the last left the site), which was two files and
// eight builds of larger sites (now six, and one skipped).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawn, spawnSync } from 'node:child_process';
import { cleanEnv } from '../helpers/clean-env.ts';
import { snapshot } from '../helpers/tree-snapshot.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { ROOT } from '../helpers/root.ts';
import { writeSyntheticContent } from '../helpers/synthetic-content.ts';
import { generatedFiles } from '../../scripts/build-cache.ts';

const EXPLAINERS = 20;
/** Explainers per home page: 20 make pages of 8, 8 and 4. */
const PAGE_SIZE = 8;
const ENV = { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_DIR: 'synthetic', EXPLAINER_HOME_PAGE_SIZE: String(PAGE_SIZE) };

/** `npm run build` of the synthetic content, with the files Astro rendered and reused (from its log). */
function build(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, encoding: 'utf-8', env: { ...ENV, ...env }, maxBuffer: 64 * 2 ** 20 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, ...generatedFiles(r.stdout) };
}
const scratch = (dir: string) => readdirSync(dir).filter((n) => /^\.dist\./.test(n));
/** The explainer a file belongs to: a path segment equal to its slug. */
const ownerIn = (slugs: string[]) => (path: string) => path.split(/[/.]/).find((s) => slugs.includes(s));

let dir = '';
let slugs: string[] = [];
let owner: (path: string) => string | undefined;
let cold: ReturnType<typeof build>;
let good: Record<string, string>;
const file = (rel: string) => readFileSync(join(dir, rel), 'utf-8');
const site = (rel: string) => file(join('dist', rel));

describe('npm run build on a site of 20 explainers', () => {
  beforeAll(() => {
    dir = projectCopy({ extra: ['scripts'] });
    slugs = writeSyntheticContent(join(ROOT, 'content'), join(dir, 'synthetic'), EXPLAINERS, 15, 10);
    owner = ownerIn(slugs);
    // A draft explainer, as `npm run new` writes it, and the folder of a build killed outright.
    expect(spawnSync(process.execPath, ['scripts/new.ts', 'draft-probe', 'Draft probe'], { cwd: dir, env: ENV }).status).toBe(0);
    mkdirSync(join(dir, '.dist.staging-999999/_astro'), { recursive: true });
    // Cold (--force: a new cache, as the first build has anyway): every file rendered.
    cold = build(dir, ['--force']);
    expect(cold.status, cold.output).toBe(0);
    good = snapshot(join(dir, 'dist'));
  }, 600_000);

  it('lists every explainer once on its home pages, newest first, with a named navigation between them and their whole text in the search index', () => {
    const pages = ['index.html', 'page/2/index.html', 'page/3/index.html'];
    expect(existsSync(join(dir, 'dist/page/4')), 'no fourth page').toBe(false);
    expect(existsSync(join(dir, 'dist/page/1')), 'page 1 is the home page itself').toBe(false);
    const cards = pages.map((p) => [...site(p).matchAll(/<h2 id="card-[^"]+" class="card-title"[^>]*><a href="\/([^/"]+)\/"/g)].map((m) => m[1]));
    expect(cards.map((c) => c.length)).toEqual([8, 8, 4]);
    // writeSyntheticContent dates them all the same day: the newest first, then by id.
    expect(cards.flat()).toEqual(slugs);
    const nav = (p: string) => /<nav class="page-nav" aria-label="([^"]+)"[^>]*>([\s\S]*?)<\/nav>/.exec(site(p));
    for (const [i, p] of pages.entries()) {
      const [, name, links] = nav(p)!;
      expect(name).toBe('Pages of explainers');
      expect(links).toContain(`Explainers ${i * PAGE_SIZE + 1} to ${Math.min((i + 1) * PAGE_SIZE, EXPLAINERS)} of ${EXPLAINERS}, newest first`);
      const current = [...links.matchAll(/<a href="([^"]+)" aria-label="Page (\d)" aria-current="page"/g)].map((m) => [m[1], m[2]]);
      expect(current).toEqual([[i === 0 ? '/' : `/page/${i + 1}/`, String(i + 1)]]);
      const step = (rel: string) => new RegExp(`<a href="([^"]+)" rel="${rel}"[^>]*>([^<]+)</a>`).exec(links)?.slice(1);
      expect(step('prev')).toEqual(i === 0 ? undefined : [i === 1 ? '/' : `/page/${i}/`, 'Newer explainers']);
      expect(step('next')).toEqual(i === 2 ? undefined : [`/page/${i + 2}/`, 'Older explainers']);
    }
    expect(site('page/2/index.html')).toContain('<title>Explainers, page 2 of 3 · ');
    expect(site('page/2/index.html')).toMatch(/<h1[^>]*>Explainers, page 2 of 3<\/h1>/);
    expect(site('sitemap-0.xml')).toContain('/page/3/</loc>');
    // Search finds every explainer: each one's page is in Pagefind's index (the home pages list, they are not indexed).
    const fragments = readdirSync(join(dir, 'dist/pagefind/fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, 'dist/pagefind/fragment', f))).toString('utf-8').replace(/^pagefind_dcd/, '')) as { url: string });
    expect(fragments.map((f) => f.url).sort()).toEqual(slugs.map((s) => `/${s}/`));
  });

  it('warns only that SITE_URL is unset, and is atomic: stale folders tidied, nothing of a draft (in no page, not in the sitemap), and a failed or interrupted build leaves the site byte-identical', async () => {
    expect(Object.keys(good)).toContain('index.html');
    // A clean build warns about nothing a user cannot act on: only, in one line, that SITE_URL is unset.
    const warnings = cold.output.split('\n').filter((l) => /\[WARN\]|\bwarn(ing)?\b/i.test(l));
    expect(warnings, 'warnings printed by a clean build').toHaveLength(1);
    expect(warnings[0]).toContain('SITE_URL is not set: share links, embed snippets and canonical URLs point at https://explainers.example.org');
    expect(scratch(dir), 'stale staging folder tidied').toEqual([]);
    // Nothing of the draft: no page, no compiled chunk (Astro's .prerender/ kept one), no mention.
    expect(Object.keys(good).filter((f) => f.startsWith('.') || f.includes('/.'))).toEqual([]);
    for (const f of Object.keys(good)) expect(readFileSync(join(dir, 'dist', f)).includes('draft-probe'), f).toBe(false);

    // A content check that fails (an unknown actor id) used to run while pages rendered, after dist/ was emptied.
    const events = join(dir, 'synthetic/events', `${slugs[2]}.yaml`);
    const original = readFileSync(events, 'utf-8');
    writeFileSync(events, original.replace('    - united-states\n', '    - jon-kerry\n    - united-states\n'));
    const failed = build(dir);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(new RegExp(`synthetic/events/${slugs[2]}\\.yaml:\\d+ — event "[^"]+", field "actors\\.0": unknown actor "jon-kerry"`));
    expect(failed.output).toContain('build: failed');
    expect(snapshot(join(dir, 'dist'))).toEqual(good);
    expect(scratch(dir)).toEqual([]);

    // Interrupted once Astro has started writing (content repaired and one title edited, so it gets that far): the staging folder goes, dist/ stays.
    writeFileSync(events, original);
    const mdx = join(dir, 'synthetic/explainers', `${slugs[0]}.mdx`);
    const title = readFileSync(mdx, 'utf-8');
    writeFileSync(mdx, title.replace('Benchmark 1:', 'Benchmark 1 (interrupted):'));
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, env: ENV, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const started = Date.now();
    while (!scratch(dir).some((s) => existsSync(join(dir, s, '_astro'))) && Date.now() - started < 180_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(scratch(dir).length, 'the build got as far as writing').toBe(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    writeFileSync(mdx, title);
    expect(snapshot(join(dir, 'dist'))).toEqual(good);
    expect(scratch(dir)).toEqual([]);
  }, 600_000);

  it('skips a build with nothing changed, renders again only the edited explainer’s files and the home page with its card, and refuses a page over its budget keeping the site and its cache', () => {
    const edited = slugs[9];
    const mdx = join(dir, 'synthetic/explainers', `${edited}.mdx`);
    const original = readFileSync(mdx, 'utf-8');
    const retitled = original.replace('Benchmark 10:', 'Benchmark 10 (retitled):');
    expect(retitled).not.toBe(original);
    // The edited explainer's own files: its page, embeds, share image, CSV and source page.
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
    const homePages = cold.rendered.filter((p) => p === '/index.html' || p.startsWith('/page/')).sort();
    expect(homePages).toEqual(['/index.html', '/page/2/index.html', '/page/3/index.html']);

    // Nothing changed since the last good build (the failed and interrupted builds above changed
    // nothing, and their edits are undone): nothing is built, the site is left as it was.
    const mtime = statSync(join(dir, 'dist/index.html')).mtimeMs;
    const same = build(dir);
    expect(same.status, same.output).toBe(0);
    expect(same.output).toContain('build: nothing changed since the last build');
    expect(same.rendered).toEqual([]);
    expect(snapshot(join(dir, 'dist'))).toEqual(good);
    expect(statSync(join(dir, 'dist/index.html')).mtimeMs).toBe(mtime);

    // A build that fails after Astro rendered the edit (refused after a complete build: pages over a
    // size budget) leaves the site as it was, and the cache the next build starts from with it.
    writeFileSync(mdx, retitled);
    const refused = build(dir, [], { EXPLAINER_MAX_PAGE_KB: '50' });
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toContain('build: refused the output: ');
    expect(refused.output).toMatch(/\/bench-\d+\/index\.html is \d+ KB of HTML, over the budget of 50 KB for one page/);
    expect(refused.rendered.filter((p) => owner(p) !== undefined).sort()).toEqual(itsFiles);
    expect(snapshot(join(dir, 'dist'))).toEqual(good);

    // One explainer retitled: its files render again (the refused build's did not reach the cache),
    // no other explainer's, and of the home pages only the one with its card (page 2 of 3).
    const edit = build(dir);
    expect(edit.status, edit.output).toBe(0);
    expect(edit.rendered.filter((p) => owner(p) !== undefined).sort()).toEqual(itsFiles);
    expect(edit.reused.filter((p) => owner(p) !== undefined).length).toBe(explainerFiles.length - itsFiles.length);
    expect(edit.rendered.filter((p) => homePages.includes(p))).toEqual(['/page/2/index.html']);
    expect(edit.output).toContain('build: search index rebuilt');
    expect(site(`${edited}/index.html`)).toContain('Benchmark 10 (retitled):');
    expect(site('page/2/index.html')).toContain('Benchmark 10 (retitled):');
    // Pages rendered beside pages reused make what a full build makes: every file but the edited
    // explainer's, the home page and the feed that show its title, and the search index, is the
    // cold build's byte for byte (the reused pages' map files carried over too), and nothing is missing.
    const now = snapshot(join(dir, 'dist'));
    const pages = (files: Record<string, string>) => Object.keys(files).filter((f) => !f.startsWith('pagefind/')).sort();
    expect(pages(now)).toEqual(pages(good));
    const changed = pages(now).filter((f) => now[f] !== good[f]);
    const mayChange = new Set([...itsFiles.map((f) => f.slice(1)), 'page/2/index.html', 'rss.xml']);
    expect(changed.filter((f) => !mayChange.has(f))).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining([`${edited}/index.html`, `og/${edited}.png`, 'page/2/index.html', 'rss.xml']));
  }, 600_000);

  it('renders every page again when Astro drops its cache (the lockfile changed), and makes the same site, each page with its stylesheet', () => {
    const before = snapshot(join(dir, 'dist'));
    // The project copy has no lockfile of its own (its node_modules is the repository's): one appears.
    const lock = join(dir, 'package-lock.json');
    writeFileSync(lock, existsSync(lock) ? `${file('package-lock.json')}\n` : '{ "lockfileVersion": 3 }\n');
    const again = build(dir);
    expect(again.status, again.output).toBe(0);
    expect(again.reused).toEqual([]);
    // Every page rendered to the bytes the last build tidied is taken from the last site (src/build/built-pages.ts), its merged stylesheet with it.
    expect(again.output).toMatch(/\d+ pages the same as in the last build, taken from it as tidied then/);
    const after = snapshot(join(dir, 'dist'));
    const sheets = Object.keys(before).filter((f) => /^_astro\/page\.[0-9a-f]{10}\.css$/.test(f));
    expect(sheets.length).toBeGreaterThan(0);
    const pages = (files: Record<string, string>) => Object.keys(files).filter((f) => !f.startsWith('pagefind/')).sort();
    expect(pages(after)).toEqual(pages(before));
    expect(pages(after).filter((f) => after[f] !== before[f])).toEqual([]);
  }, 600_000);
});
