import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/load-dir';

import { ROOT } from './root.ts';

export { ROOT };
export const INVALID_DIR = join(ROOT, 'tests/fixtures/invalid');

export interface InvalidFixture {
  name: string;
  replaces: string;
  frontmatterOnly: boolean;
  expect: { where: string; entry: string; field: string; message: string };
  text: string;
}

/** Reads the `# replaces:` and `# expect:` header of each invalid-content fixture. */
export function invalidFixtures(): InvalidFixture[] {
  return readdirSync(INVALID_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(INVALID_DIR, name), 'utf-8');
      const replaces = /^# replaces: (\S+)/m.exec(text)![1];
      const [where, entry, field, message] = /^# expect: (.*)$/m.exec(text)![1].split(' | ');
      return {
        name,
        replaces,
        frontmatterOnly: /\(front matter only\)/.test(text),
        expect: { where, entry, field, message },
        text,
      };
    });
}

/** A copy of the project's content/ in a temp folder, with one file replaced by the fixture. */
export function contentWith(fixture: InvalidFixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-content-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const target = join(dir, 'content', fixture.replaces);
  if (fixture.frontmatterOnly) {
    const { body } = splitFrontmatter(readFileSync(target, 'utf-8'));
    const fm = fixture.text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
    writeFileSync(target, `---\n${fm.trim()}\n---\n${body}`);
  } else {
    writeFileSync(target, fixture.text);
  }
  return dir;
}
