import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kitVersion } from './kit-version.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kit-version-'));
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '1.2.3' }));
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'src/components/Box.astro'), '<div />\n');
  writeFileSync(join(root, 'src/components/box.test.ts'), '// a test\n');
  return root;
}

describe('kitVersion', () => {
  it('is the package version and a hash of the code, the same for the same code', () => {
    const root = project();
    expect(kitVersion(root)).toMatch(/^1\.2\.3\+[0-9a-f]{16}$/);
    expect(kitVersion(root)).toBe(kitVersion(root));
  });

  it('changes with any file of src/ or the Astro config, not with a test file', () => {
    const root = project();
    const before = kitVersion(root);
    writeFileSync(join(root, 'src/components/box.test.ts'), '// another test\n');
    expect(kitVersion(root)).toBe(before);
    writeFileSync(join(root, 'src/components/Box.astro'), '<div class="x" />\n');
    const afterCode = kitVersion(root);
    expect(afterCode).not.toBe(before);
    writeFileSync(join(root, 'astro.config.mjs'), 'export default { site: "https://x" };\n');
    expect(kitVersion(root)).not.toBe(afterCode);
  });
});
