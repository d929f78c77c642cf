import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeParseCache, openParseCache, recallParse } from './parse-cache.ts';
import { parseYaml } from './yaml.ts';

describe('parse cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parses-'));
  });
  afterEach(() => {
    closeParseCache();
    rmSync(dir, { recursive: true, force: true });
  });
  const clean = () => true;

  it('parses a file once across builds: the next build gets the same value, in a copy of its own', () => {
    const parse = vi.fn(() => ({ id: 'quake', deaths: [1, 2] }));
    openParseCache(dir, 'v1');
    const first = recallParse('yaml', 'id: quake', parse, clean);
    closeParseCache();
    openParseCache(dir, 'v1');
    const again = recallParse('yaml', 'id: quake', parse, clean);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
    again.deaths.push(3);
    expect(recallParse('yaml', 'id: quake', parse, clean).deaths).toEqual([1, 2]);
  });

  it('parses again what changed: another text, another parser, another version of the kit', () => {
    const parse = vi.fn(() => ({ ok: true }));
    openParseCache(dir, 'v1');
    recallParse('yaml', 'a: 1', parse, clean);
    closeParseCache();
    openParseCache(dir, 'v1');
    recallParse('yaml', 'a: 2', parse, clean);
    recallParse('mdx', 'a: 1', parse, clean);
    closeParseCache();
    openParseCache(dir, 'v2');
    recallParse('yaml', 'a: 1', parse, clean);
    expect(parse).toHaveBeenCalledTimes(4);
  });

  it('keeps no parse with a problem, and drops files the last build read but this one did not', () => {
    const parse = vi.fn(() => ({ problems: ['bad'] }));
    openParseCache(dir, 'v1');
    recallParse('yaml', 'broken', parse, (v) => !v.problems.length);
    recallParse('yaml', 'gone', () => ({ problems: [] }), clean);
    closeParseCache();
    openParseCache(dir, 'v1');
    recallParse('yaml', 'broken', parse, (v) => !v.problems.length);
    closeParseCache();
    openParseCache(dir, 'v1');
    const gone = vi.fn(() => ({ problems: [] }));
    recallParse('yaml', 'gone', gone, clean);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('gives the YAML reader the same value and lines from the cache as from parsing', () => {
    const text = '- id: first\n  title: "Aftershock"\n- id: second\n  title: Rescue\n';
    const fresh = parseYaml(text, 'content/events/quake.yaml', 'event');
    openParseCache(dir, 'v1');
    parseYaml(text, 'content/events/quake.yaml', 'event');
    closeParseCache();
    openParseCache(dir, 'v1');
    expect(parseYaml(text, 'content/events/quake.yaml', 'event')).toEqual(fresh);
  });

  it('starts over from an unreadable cache file', () => {
    openParseCache(dir, 'v1');
    recallParse('yaml', 'a', () => 1, clean);
    closeParseCache();
    writeFileSync(join(dir, 'kit-parses.json'), '{oops');
    openParseCache(dir, 'v1');
    const parse = vi.fn(() => 1);
    recallParse('yaml', 'a', parse, clean);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
