import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentDir, readFolder } from './folder-fs.ts';
import { readContent } from './read.ts';
import { formatProblem } from './problems.ts';
import { ROOT } from '../../tests/helpers/content-fixture.ts';

// Text that hides, or that an editor can trip over: each read through the one reader, as the build
// and the lint read it, from a copy of the seed content with one file changed.
const SEED = readFolder(ROOT, 'content');
const TEXT = 'sources/2016-02-21-amman-syria-ceasefire.txt';
const MDX = 'explainers/syria-ceasefire-2016.mdx';
const EVENTS = 'events/syria-ceasefire-2016.yaml';
const read = (change: Record<string, (text: string) => string>) => {
  const files = new Map(SEED.files);
  for (const [path, f] of Object.entries(change)) files.set(path, f(files.get(path)!));
  const result = readContent({ ...SEED, files });
  return { ...result, messages: result.problems.map(formatProblem) };
};

describe('text hygiene in the content reader', () => {
  it('reads the seed as it is', () => expect(read({}).messages).toEqual([]));

  it('does not count a line of zero-width or other invisible characters as a paragraph (¶ numbers stay put)', () => {
    const seed = read({}).entries.sources[0].data.paragraphs;
    const withHidden = read({ [TEXT]: (t) => t.split('\n').toSpliced(6, 0, '\u200b', ' \u00a0 ', '\ufeff\u200d').join('\n') });
    expect(withHidden.messages).toEqual([]);
    expect(withHidden.entries.sources[0].data.paragraphs).toEqual(seed);
  });

  it('does not count a line of Hangul fillers, Braille blanks, soft hyphens or controls as a paragraph', () => {
    const seed = read({}).entries.sources[0].data.paragraphs;
    const withHidden = read({ [TEXT]: (t) => t.split('\n').toSpliced(6, 0, '\u3164', '\u115f\u1160', '\u2800', '\u00ad', '\uffa0 ').join('\n') });
    expect(withHidden.messages).toEqual([]);
    expect(withHidden.entries.sources[0].data.paragraphs).toEqual(seed);
  });

  it('refuses NUL, NEL, U+2028, a bidi override and an isolate in a number, in any file, at their line', () => {
    const { messages } = read({
      [TEXT]: (t) => t.split('\n').toSpliced(2, 0, '\u0000', 'Bravo two.\u2028Charlie', 'at least \u202e86\u202c people').join('\n'),
      [MDX]: (t) => t.replace('\n## ', '\nAt least 6\u20668\u2069 were killed. \u0085\n\n## '),
      [EVENTS]: (t) => t.replace(/^(\s+description: )(.*)$/m, '$1"\\u202eenod"'),
    });
    // The line each change lands on, in the seed as editors have left it.
    const at = (path: string, find: (l: string) => boolean) => `content/${path}:${SEED.files.get(path)!.split('\n').findIndex(find) + 1}`;
    expect(messages).toEqual(
      expect.arrayContaining([
        `content/${TEXT}:3 — source "2016-02-21-amman-syria-ceasefire", field "(file)": contains the control character U+0000 NUL at character 1, which shows differently in different programs: delete it (retype the text if unsure)`,
        `content/${TEXT}:4 — source "2016-02-21-amman-syria-ceasefire", field "(file)": contains the control character U+2028 LINE SEPARATOR at character 11, which shows differently in different programs: press Enter for a new line, or type a space`,
        expect.stringMatching(new RegExp(`^content/${TEXT}:5 — .*contains the bidi control U\\+202E RIGHT-TO-LEFT OVERRIDE at character 10, `)),
        expect.stringMatching(new RegExp(`^${at(MDX, (l) => l.startsWith('## '))} — explainer "syria-ceasefire-2016", field "\\(file\\)": contains the control character U\\+0085 NEXT LINE`)),
        expect.stringMatching(new RegExp(`^${at(EVENTS, (l) => /^\s+description: /.test(l))} — event .*contains the bidi control U\\+202E RIGHT-TO-LEFT OVERRIDE, `)),
      ]),
    );
  });

  it('refuses an isolate in an actor’s name with one problem, at the name (its roles are not "unknown actor")', () => {
    const actors = [...SEED.files.keys()].find((p) => /^actors(\.ya?ml|\/)/.test(p) && SEED.files.get(p)!.includes('name: John Kerry'))!;
    const { messages } = read({ [actors]: (t) => t.replace('name: John Kerry', 'name: "John \\u2066Kerry\\u2069"') });
    const line = SEED.files.get(actors)!.split('\n').findIndex((l) => l.includes('name: John Kerry')) + 1;
    expect(messages).toEqual([`content/${actors}:${line} — actor "(file)", field "(entry)": "name" contains an invisible U+2066 LEFT-TO-RIGHT ISOLATE at character 6, which changes how the text shows: delete it (retype the text if unsure)`]);
  });

  it('refuses a file that is not UTF-8 (a Latin-1 byte), naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-latin1-'));
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    const path = join(dir, 'content', TEXT);
    writeFileSync(path, Buffer.concat([Buffer.from('Alpha paragraph.\nCaf'), Buffer.from([0xe9]), Buffer.from(' paragraph.\n'), readFileSync(path)]));
    expect(readContentDir(dir).problems.map(formatProblem)).toContainEqual(expect.stringMatching(new RegExp(`^content/${TEXT}:2 — source .*is not UTF-8: .*save the file as UTF-8`)));
  });

  it('reads CR-only and mixed line endings as lines (no "has 1 paragraphs")', () => {
    const seed = read({}).entries.sources[0].data.paragraphs;
    const mac = read({ [TEXT]: (t) => t.replace(/\n/g, '\r'), [EVENTS]: (t) => t.replace(/\n/g, '\r'), [MDX]: (t) => t.replace(/\n/g, (_, i) => (i % 2 ? '\r\n' : '\r')) });
    expect(mac.messages).toEqual([]);
    expect(mac.entries.sources[0].data.paragraphs).toEqual(seed);
    expect(mac.entries.events.length).toBe(read({}).entries.events.length);
  });

  it('refuses TOML front matter in one clear line', () => {
    const toml = read({ [MDX]: (t) => t.replace(/^---\n([\s\S]*?)\n---/, '+++\ntitle = "A provisional ceasefire"\n+++') });
    expect(toml.messages.filter((m) => m.startsWith('content/explainers/'))).toEqual([
      'content/explainers/syria-ceasefire-2016.mdx:1 — explainer "syria-ceasefire-2016", field "(file)": has TOML front matter (between +++ lines), which the kit does not read: write it as YAML between --- lines, e.g. title: "…"',
    ]);
  });

  it('refuses an alias bomb in an events file with one line, no crash', () => {
    const bomb = ['- id: a', '  title: &a [x, x, x, x, x, x, x, x, x]', '  description: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', '  lane: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', '  date: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(read({ [EVENTS]: () => bomb }).messages.filter((m) => m.includes('events/'))).toEqual([
      'content/events/syria-ceasefire-2016.yaml:2 — event "(file)", field "(entry)": YAML anchors and aliases such as &a are not allowed in content (and 29 more in this file): write each value out in full',
    ]);
  });

  it('refuses a hex count and a right-to-left override in a title, naming the line', () => {
    const messages = read({ [EVENTS]: (t) => t.replace('title: World powers agree', 'title: "\u202eWorld powers agree"').replace('paragraphs: [9] }', 'paragraphs: [0x9] }') }).messages;
    // Once: by the check every content file gets, not a second time by the YAML field check.
    expect(messages.filter((m) => m.includes('U+202E'))).toEqual([
      'content/events/syria-ceasefire-2016.yaml:7 — event "syria-ceasefire-2016", field "(file)": contains the bidi control U+202E RIGHT-TO-LEFT OVERRIDE at character 11, which makes the text shown differ from the text stored: delete it (for right-to-left words in a left-to-right sentence, the page sets the direction itself)',
    ]);
    // The line of the first `paragraphs: [9] }` in the seed's events, wherever editors have moved it.
    const seed = readFileSync(join(ROOT, 'content', EVENTS), 'utf-8');
    const line = seed.slice(0, seed.indexOf('paragraphs: [9] }')).split('\n').length;
    expect(messages).toContain(`content/events/syria-ceasefire-2016.yaml:${line} — event "(file)", field "(entry)": the number 0x9 must be written in plain decimal digits, e.g. 68`);
  });

  it('refuses an event dated 9999-12-31 (a tick would read "0000") and names the setting', () => {
    const messages = read({ [EVENTS]: (t) => t.replace('date: 2016-02-12', 'date: 9999-12-31') }).messages;
    expect(messages.find((m) => m.includes('field "date"'))).toMatch(/^content\/events\/syria-ceasefire-2016\.yaml:5 — event "munich-deal", field "date": must be a date between 1800 and 2100: check the year \(a site set in another era sets EXPLAINER_YEARS/);
  });
});
