// Builds the site twice from clean (content-layer cache cleared with --force, fresh output folders)
// and compares a SHA-256 of every output file: the same sources must give the same bytes, or a
// deploy diff, a cache and a CSP hash cannot be trusted. Usage: node scripts/check-reproducible.ts
// Set CONTENT_DIR as for `astro build` to check another content folder (npm test checks both sites).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

function build(outDir: string) {
  const r = spawnSync(process.execPath, [astro, 'build', '--force', '--outDir', outDir], {
    encoding: 'utf-8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`astro build --outDir ${outDir} failed`);
  }
  return hashes(outDir);
}

const root = mkdtempSync(join(tmpdir(), 'explainer-repro-'));
try {
  const a = build(join(root, 'a'));
  const b = build(join(root, 'b'));
  const files = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differ = files.filter((f) => a.get(f) !== b.get(f));
  for (const f of differ) console.error(`DIFFERS ${f}: ${a.get(f) ?? '(missing)'} vs ${b.get(f) ?? '(missing)'}`);
  console.log(`reproducible build${process.env.CONTENT_DIR ? ` (${process.env.CONTENT_DIR})` : ''}: ${files.length} files, ${differ.length} differ`);
  if (files.length < 5) throw new Error('too few files built');
  process.exitCode = differ.length ? 1 : 0;
} finally {
  rmSync(root, { recursive: true, force: true });
}
