import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { cleanEnv } from '../helpers/clean-env';
import { snapshot } from '../helpers/tree-snapshot';
import { projectCopy } from '../helpers/project-copy';

const ENV = { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const EVENTS = 'content/events/syria-ceasefire-2016.yaml';


const build = (dir: string, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf-8', env: { ...ENV, ...env } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};
const scratch = (dir: string) => readdirSync(dir).filter((n) => /^\.dist\./.test(n));

describe('npm run build (scripts/build.ts) is atomic', () => {
  it('replaces dist/ only after a whole build; a failed or interrupted build leaves it byte-identical', async () => {
    const dir = projectCopy({ extra: ['scripts'] });
    // A draft explainer, as `npm run new` writes it, and the folder of a build killed outright.
    expect(spawnSync(process.execPath, ['scripts/new.ts', 'draft-probe', 'Draft probe'], { cwd: dir, env: ENV }).status).toBe(0);
    mkdirSync(join(dir, '.dist.staging-999999/_astro'), { recursive: true });

    const good = build(dir);
    expect(good.status, good.output).toBe(0);
    const before = snapshot(join(dir, 'dist'));
    expect(Object.keys(before)).toContain('index.html');
    expect(Object.keys(before).some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(scratch(dir), 'stale staging folder tidied').toEqual([]);
    // Nothing of the draft: no page, no compiled chunk (Astro's .prerender/ kept one), no mention.
    expect(Object.keys(before).filter((f) => f.startsWith('.') || f.includes('/.'))).toEqual([]);
    for (const f of Object.keys(before)) expect(readFileSync(join(dir, 'dist', f)).includes('draft-probe'), f).toBe(false);

    // A content check that fails (an unknown actor id) used to run while pages rendered, after dist/ was emptied.
    writeFileSync(join(dir, EVENTS), readFileSync(join(dir, EVENTS), 'utf-8').replace(/actors: \[/, 'actors: [jon-kerry, '));
    const failed = build(dir);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/content\/events\/syria-ceasefire-2016\.yaml:\d+ — event "[^"]+", field "actors\.0": unknown actor "jon-kerry"/);
    expect(failed.output).toContain('build: failed');
    expect(snapshot(join(dir, 'dist'))).toEqual(before);
    expect(scratch(dir)).toEqual([]);

    // Interrupted once Astro has started writing (content repaired, so it gets that far): the staging folder goes, dist/ stays.
    writeFileSync(join(dir, EVENTS), readFileSync(join(dir, EVENTS), 'utf-8').replace('actors: [jon-kerry, ', 'actors: ['));
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, env: ENV, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const started = Date.now();
    while (!scratch(dir).some((s) => existsSync(join(dir, s, '_astro'))) && Date.now() - started < 180_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(scratch(dir).length, 'the build got as far as writing').toBe(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(snapshot(join(dir, 'dist'))).toEqual(before);
    expect(scratch(dir)).toEqual([]);
    // A page over the size budget is refused after a complete build, before the swap: checked by
    // tests/build/incremental-build.test.ts (its refused build, which also keeps the cache as it was).
  }, 600_000);
});
