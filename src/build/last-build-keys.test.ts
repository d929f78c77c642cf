import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastBuildKeys } from './last-build-keys.ts';

describe('lastBuildKeys', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every page's cache key from the last build's manifest, whatever its route", () => {
    dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const manifest = {
      version: 1,
      routes: {
        'src/pages/og/[slug].png.ts': { dependencyHash: 'a', paths: { '/og/quake.png': { cacheKey: 'k1', outputFile: 'og/quake.png' } } },
        'src/pages/[slug].astro': { dependencyHash: 'b', paths: { '/quake/': { cacheKey: 'k2', outputFile: 'quake/index.html' }, '/index/': { outputFile: 'index.html' } } },
      },
    };
    writeFileSync(join(dir, 'incremental-build.json'), JSON.stringify(manifest));
    expect([...lastBuildKeys(dir)].sort()).toEqual(['k1', 'k2']);
  });

  it('reads no keys when there was no last build, or its manifest is unreadable', () => {
    dir = mkdtempSync(join(tmpdir(), 'keys-'));
    expect(lastBuildKeys(dir).size).toBe(0);
    writeFileSync(join(dir, 'incremental-build.json'), '{ not json');
    expect(lastBuildKeys(dir).size).toBe(0);
  });
});
