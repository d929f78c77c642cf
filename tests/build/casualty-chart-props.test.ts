import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/content-fixture';

describe('astro build with a wrong <CasualtyChart> prop', () => {
  it('fails, naming the MDX file, the component, the prop, the bad value and the allowed ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-build-'));
    for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const mdx = join(dir, 'content/explainers/syria-ceasefire-2016.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf-8').replace('<CasualtyChart />', "<CasualtyChart incidents={['damascus-bombing']} />"));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf-8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(output).toContain('Invalid props for <CasualtyChart> in content/explainers/syria-ceasefire-2016.mdx');
    expect(output).toContain('<CasualtyChart> prop "incidents.0": "damascus-bombing" is not a known incident id; allowed: damascus-bombings, homs-bombings, damascus-homs-total');
  }, 120_000);
});
