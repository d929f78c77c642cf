import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

import { ROOT } from './root.ts';

export { ROOT };
export const INVALID_DIR = join(ROOT, 'tests/fixtures/invalid');
const SEED_EXPLAINER = 'explainers/syria-ceasefire-2016.mdx';

export interface InvalidFixture {
  name: string;
  /** The content file the fixture takes the place of (`# replaces:`), or adds (`# adds:`). */
  target: string;
  adds: boolean;
  frontmatterOnly: boolean;
  expect: { where: string; entry: string; field: string; message: string };
  text: string;
}

/**
 * Reads the header of each invalid-content fixture: `# replaces: <path>` or `# adds: <path>` (a
 * path inside content/; "(front matter only)" keeps the seed explainer's body), and
 * `# expect: <file[:line]> | <kind "entry"> | field "<field>" | <message>`.
 */
export function invalidFixtures(): InvalidFixture[] {
  return readdirSync(INVALID_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(INVALID_DIR, name), 'utf-8');
      const [, verb, target] = /^# (replaces|adds): (\S+)/m.exec(text)!;
      const [where, entry, field, message] = /^# expect: (.*)$/m.exec(text)![1].split(' | ');
      return { name, target, adds: verb === 'adds', frontmatterOnly: /\(front matter only\)/.test(text), expect: { where, entry, field, message }, text };
    });
}

/** The text the fixture puts in its target file: front matter over the seed body, a .txt without the header, or as is. */
function fixtureText(fixture: InvalidFixture, seedBody: () => string): string {
  const withoutHeader = fixture.text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  if (fixture.frontmatterOnly) return `---\n${withoutHeader.trim()}\n---\n${seedBody()}`;
  if (fixture.target.endsWith('.txt')) return withoutHeader.trim() ? `${withoutHeader.trim()}\n` : '';
  return fixture.text;
}

const seedBody = () => splitFrontmatter(readFileSync(join(ROOT, 'content', SEED_EXPLAINER), 'utf-8')).body;

/** A copy of the project's content/ in a temp folder, with the fixture's file in place. Returns the project root. */
export function contentWith(fixture: InvalidFixture): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-content-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const target = join(dir, 'content', fixture.target);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, fixtureText(fixture, seedBody));
  return dir;
}

/**
 * Every invalid fixture at once in one content folder, so one build reports all their problems:
 * the seed, plus for each fixture its own explainer `<fixture name>` whose events, figures (or
 * front matter, actors file, glossary file, source) is the fixture. `expected` is each fixture's
 * expectation with the file and entry it has in this folder. `root` is the project root to run in.
 */
export function allInvalidFixtures(root: string, dirName = 'content-invalid'): { dir: string; expected: (InvalidFixture['expect'] & { name: string })[] } {
  const content = join(root, dirName);
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const read = (p: string) => readFileSync(join(ROOT, 'content', p), 'utf-8');
  const write = (p: string, text: string) => {
    mkdirSync(dirname(join(content, p)), { recursive: true });
    writeFileSync(join(content, p), text);
  };
  const expected = invalidFixtures().map((fixture) => {
    const slug = fixture.name.replace(/\.yaml$/, '');
    const text = fixtureText(fixture, seedBody);
    const [top, file] = fixture.target.split('/');
    let path = fixture.target;
    let entry = fixture.expect.entry;
    if (fixture.adds) {
      write(path, text);
    } else if (top === 'events' || top === 'figures' || top === 'explainers') {
      // An explainer of its own: the seed's three files under the fixture's slug, one of them the fixture.
      for (const sub of ['explainers', 'events', 'figures'] as const) {
        const seed = sub === 'explainers' ? SEED_EXPLAINER : `${sub}/syria-ceasefire-2016.yaml`;
        write(seed.replace('syria-ceasefire-2016', slug), sub === top ? text : read(seed));
      }
      path = fixture.target.replace('syria-ceasefire-2016', slug);
      entry = entry.replace('"syria-ceasefire-2016"', `"${slug}"`);
    } else if (top === 'sources') {
      const id = file.replace(/\.[^.]+$/, '');
      for (const ext of ['yaml', 'txt']) write(`sources/${slug}.${ext}`, file.endsWith(ext) ? text : read(`sources/${id}.${ext}`));
      path = `sources/${slug}.${file.split('.').pop()}`;
      entry = entry.replace(`"${id}"`, `"${slug}"`);
    } else {
      // actors.yaml, glossary.yaml: an extra file of the split list beside the seed's.
      path = `${top.replace(/\.yaml$/, '')}/${slug}.yaml`;
      write(path, text);
    }
    const where = fixture.expect.where.replace(`content/${fixture.target}`, `${dirName}/${path}`);
    const message = fixture.expect.message.replace(/(^|[\s(])content\//g, `$1${dirName}/`);
    return { ...fixture.expect, where, entry, message, name: fixture.name };
  });
  return { dir: dirName, expected };
}
