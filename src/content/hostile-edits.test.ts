import { describe, expect, it } from 'vitest';
import { readFolder } from './folder-fs.ts';
import { readContent } from './read.ts';
import { lintMdx } from './mdx/lint.ts';
import { formatProblem } from './problems.ts';
import { ROOT } from '../../tests/helpers/content-fixture.ts';

// The fifth red-team pass: each trick an editor (or a pasted text) can play, written into a copy of
// the seed and read as the build and `npm run check` read it (the reader, then the MDX lint). Each
// must be refused at its line, in one line, or be shown inert.
const SEED = readFolder(ROOT, 'content');
const MDX = 'explainers/syria-ceasefire-2016.mdx';
const EVENTS = 'events/syria-ceasefire-2016.yaml';
const FIGURES = 'figures/syria-ceasefire-2016.yaml';
const TEXT = 'sources/2016-02-21-amman-syria-ceasefire.txt';

function lint(change: Record<string, (text: string) => string>) {
  const files = new Map(SEED.files);
  for (const [path, f] of Object.entries(change)) files.set(path, f(files.get(path)!));
  const read = readContent({ ...SEED, files });
  const messages = [...read.problems, ...lintMdx(read.mdx, read.input)].map(formatProblem);
  return { messages, read, files };
}
/** The seed explainer with `mdx` before its first section heading; `line` is where it starts. */
const inText = (mdx: string) => {
  const r = lint({ [MDX]: (t) => t.replace('\n## ', `\n${mdx}\n\n## `) });
  return { ...r, line: r.files.get(MDX)!.split('\n').indexOf(mdx.split('\n')[0]) + 1 };
};
const lineOf = (path: string, needle: string, files = SEED.files) => files.get(path)!.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('MDX tricks', () => {
  it('refuses a <script> and an expression hidden in a component’s children', () => {
    const { messages, line } = inText('<Callout title="Note">\n  <script>{"alert(1)"}</script>\n  Body <Ref paragraphs={[1]} />\n</Callout>');
    expect(messages.map((m) => m.split(': ')[0])).toEqual([
      `content/${MDX}:${line + 1} — mdx "syria-ceasefire-2016", field "<script>"`,
      `content/${MDX}:${line + 1} — mdx "syria-ceasefire-2016", field "(expression)"`,
    ]);
  });

  it('refuses an HTML comment (MDX has none) with the parser’s hint to write {/* … */}', () => {
    const { messages, line } = inText('<!-- <script>alert(1)</script> -->');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^content/${MDX}:${line} — mdx .*MDX syntax error: .*to create a comment in MDX, use \`\\{/\\* text \\*/\\}\``));
  });

  it('refuses code around a comment: {/* a */ alert(1)}', () => {
    const { messages, line } = inText('{/* a */ alert(1) /* b */}');
    expect(messages).toEqual([`content/${MDX}:${line} — mdx "syria-ceasefire-2016", field "(expression)": {/* a */ alert(1) /* b */} is code, which explainers may not hold: write the words themselves, or use a component; only comments {/* … */} are allowed`]);
  });

  it('refuses an autolink with any scheme (MDX reads <…> as a tag)', () => {
    const { messages, line } = inText('See <javascript:alert(1)> now.');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^content/${MDX}:${line} — mdx .*MDX syntax error: Unexpected character after \`<\``));
  });

  it('checks a reference definition written inside a component, and a footnote’s link', () => {
    const { messages, line } = inText('<Callout title="Note">\n\nSee [this][r] <Ref paragraphs={[1]} />, and a claim[^n].\n\n[r]: javascript:alert(1)\n\n[^n]: See [x](vbscript:msgbox(1)).\n\n</Callout>');
    expect(messages.map((m) => m.replace(/ is not an address.*/, ''))).toEqual([
      `content/${MDX}:${line + 4} — mdx "syria-ceasefire-2016", field "(link)": "javascript:alert(1)"`,
      `content/${MDX}:${line + 6} — mdx "syria-ceasefire-2016", field "(link)": "vbscript:msgbox(1)"`,
    ]);
  });

  it('reads character references without their ; and named ones as a browser does, and prints a decoded line break as \\n', () => {
    const { messages } = inText('[a](&#106avascript:alert(1)) [b](javascript&#58alert(1)) [c](&NewLine;javascript:alert(1))');
    expect(messages.map((m) => m.split(' is not an address readers may follow: it ')[1])).toEqual([
      'uses javascript:, which is not allowed: write https://…, http://…, mailto:…, a path on this site (/…) or a #fragment',
      'uses javascript:, which is not allowed: write https://…, http://…, mailto:…, a path on this site (/…) or a #fragment',
      'contains a space, tab, line break or invisible character: remove it (write %20 for a space in a path)',
    ]);
    expect(messages[2]).toContain('"\\njavascript:alert(1)"');
    for (const m of messages) expect(m).not.toMatch(/\n/);
  });

  it('refuses a reference-style image (a tracking pixel from another site) and an SVG data image', () => {
    const { messages, line } = inText('![pixel][px]\n\n[px]: https://tracker.example/p.png\n\n![x](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)');
    expect(messages.map((m) => m.split(': ')[0])).toEqual([
      `content/${MDX}:${line} — mdx "syria-ceasefire-2016", field "(image)"`,
      `content/${MDX}:${line + 4} — mdx "syria-ceasefire-2016", field "(image)"`,
    ]);
    expect(messages[0]).toContain('![…]([px]): images are not supported in explainer text yet');
  });

  it('refuses srcset, ping and namespaced attributes on the allowed elements', () => {
    const { messages } = inText('<a href="https://example.org" srcset="x" ping="https://evil.example">x</a> <abbr title="t" xlink:href="javascript:alert(1)">y</abbr>');
    expect(messages.map((m) => /field "([^"]+)"/.exec(m)![1])).toEqual(['<a srcset>', '<a ping>', '<abbr xlink:href>']);
  });

  it('refuses a right-to-left override written as a JavaScript escape in a prop (\\u{202E})', () => {
    const { messages, line } = inText('<Callout title={"Status: \\u{202E}enod"}>Body <Ref paragraphs={[1]} /></Callout>');
    expect(messages).toEqual([
      `content/${MDX}:${line} — explainer "syria-ceasefire-2016", field "(file)": contains the bidi control U+202E RIGHT-TO-LEFT OVERRIDE, which makes the text shown differ from the text stored: delete it (for right-to-left words in a left-to-right sentence, the page sets the direction itself)`,
    ]);
  });

  it('refuses numbers in props not written in plain decimal digits (0x2D would show 45)', () => {
    const { messages, files } = lint({ [MDX]: (t) => t.replace('minutes={45}', 'minutes={0x2D}') });
    expect(messages).toEqual([
      `content/${MDX}:${lineOf(MDX, '<TeacherNotes', files)} — component "<TeacherNotes>", field "minutes": {0x2D} is not a number written in plain decimal digits: write it as people read it, e.g. minutes={45} or paragraphs={[3]}`,
    ]);
    expect(inText('<Ref paragraphs={[1e0, 1_0]} />').messages[0]).toMatch(/field "paragraphs": \{\[1e0, 1_0\]\} is not a number written in plain decimal digits/);
  });

  it('refuses a fragment and a lower-case member element; names an unknown member component', () => {
    const { messages } = inText('<>text</> <foo.bar /> and <Foo.Bar />');
    expect(messages.map((m) => /field "([^"]+)"/.exec(m)![1])).toEqual(['<(fragment)>', '<foo.bar>', '(component)']);
  });

  it('shows a Markdown link title as text (the page escapes it)', () => {
    expect(inText('[a](https://example.org "<img src=x onerror=alert(1)>")').messages).toEqual([]);
  });

  it('checks the last of two definitions of one reference as well as the first', () => {
    const { messages, line } = inText('[x][r]\n\n[r]: https://example.org\n[r]: javascript:alert(1)');
    expect(messages.map((m) => m.split(': ')[0])).toEqual([`content/${MDX}:${line + 3} — mdx "syria-ceasefire-2016", field "(link)"`]);
  });
});

describe('YAML tricks', () => {
  it('refuses a merge key written without an alias as an unknown field', () => {
    const { messages, files } = lint({ [EVENTS]: (t) => t.replace('- id: aid-shipments\n', '- id: aid-shipments\n  <<: { title: Injected title }\n') });
    expect(messages).toContain(`content/${EVENTS}:${lineOf(EVENTS, '<<:', files)} — event "aid-shipments", field "<<": is not a field of an event: remove it or fix its name; fields: id, date, precision, status, lane, title, label, description, actors, incident, places, citation, quote`);
  });

  it('refuses a count beyond whole numbers a page can show exactly (10^23), a count in quotes and a leap second', () => {
    const huge = lint({ [FIGURES]: (t) => t.replace('value: 68 }', 'value: 100000000000000000000000 }') }).messages;
    expect(huge).toEqual([`content/${FIGURES}:${lineOf(FIGURES, 'value: 68 }')} — incident "damascus-bombings", field "reports.0.killed.value": must be a whole number of people`]);
    expect(lint({ [FIGURES]: (t) => t.replace('value: 68 }', 'value: "68" }') }).messages).toEqual(huge);
    const leap = lint({ [FIGURES]: (t) => t.replace(/reportedAt: 2016-02-21\n/, 'reportedAt: 2016-02-21T23:59:60Z\n') }).messages;
    expect(leap).toHaveLength(1);
    expect(leap[0]).toMatch(/field "reports\.0\.reportedAt": 23:59:60 is not a time of day/);
  });

  it('refuses a __proto__ or constructor key as an unknown field, at its own line (no prototype is read as a line number)', () => {
    for (const key of ['__proto__', 'constructor']) {
      const { messages, files } = lint({ [EVENTS]: (t) => t.replace('- id: aid-shipments\n  date: 2016-02-15\n', `- id: aid-shipments\n  date: 2016-02-15\n  ${key}: { quote: { text: invented words, speaker: john-kerry } }\n`) });
      expect(messages).toEqual([`content/${EVENTS}:${lineOf(EVENTS, `${key}:`, files)} — event "aid-shipments", field "${key}": is not a field of an event: remove it or fix its name; fields: id, date, precision, status, lane, title, label, description, actors, incident, places, citation, quote`]);
    }
  });

  it('reports a mistake in an original once, not again on each line of its translation', () => {
    const { messages, files } = lint({ [MDX]: (t) => t.replace('tags: [syria, ceasefire, diplomacy]', 'tags: [syria, ceasefire, diplomacy]\nfoo: 1') });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^content/${MDX}:${lineOf(MDX, 'foo: 1', files)} — explainer "syria-ceasefire-2016", field "foo": is not a field of the front matter: remove it or fix its name; fields: `));
  });

  it('refuses the same key twice, also when one of them is quoted', () => {
    const { messages } = lint({ [EVENTS]: (t) => t.replace('  lane: humanitarian\n', '  lane: humanitarian\n  "lane": diplomacy\n') });
    expect(messages.filter((m) => m.includes(EVENTS))).toEqual([`content/${EVENTS}:${lineOf(EVENTS, 'lane: humanitarian') + 1} — event "(file)", field "(entry)": YAML syntax error: Map keys must be unique; check the indentation (spaces, lined up), colons and quotes on this line`]);
  });

  it('refuses YAML tags (!!binary, a custom !tag): content is plain text, numbers and lists', () => {
    const line = lineOf(EVENTS, 'title: Aid shipments allowed into several areas');
    const custom = lint({ [EVENTS]: (t) => t.replace('title: Aid shipments allowed into several areas', 'title: !evil Aid shipments allowed') }).messages;
    expect(custom).toEqual([`content/${EVENTS}:${line} — event "(file)", field "(entry)": the YAML tag !evil is not allowed in content: write the value plainly (put text in quotes if it looks like a number)`]);
    const binary = lint({ [EVENTS]: (t) => t.replace('title: Aid shipments allowed into several areas', 'title: !!binary QWlkIHNoaXBtZW50cw==') }).messages;
    expect(binary).toEqual([`content/${EVENTS}:${line} — event "(file)", field "(entry)": the YAML tag !!binary is not allowed in content: write the value plainly (put text in quotes if it looks like a number)`]);
  });

  it('refuses a right-to-left override written as an 8-digit YAML escape, in a title and in prose', () => {
    const title = lint({ [EVENTS]: (t) => t.replace('title: Aid shipments allowed into several areas', 'title: "Aid shipments \\U0000202Eenod"') }).messages;
    expect(title).toEqual([`content/${EVENTS}:${lineOf(EVENTS, 'title: Aid shipments allowed')} — event "syria-ceasefire-2016", field "(file)": contains the bidi control U+202E RIGHT-TO-LEFT OVERRIDE, which makes the text shown differ from the text stored: delete it (for right-to-left words in a left-to-right sentence, the page sets the direction itself)`]);
    const prose = lint({ [EVENTS]: (t) => t.replace(/(description: )>-\n(\s+)Aid shipments are allowed/, '$1"\\U0000202Eenod"\n$2Aid shipments are allowed') }).messages;
    expect(prose.filter((m) => m.includes('U+202E'))).toHaveLength(1);
  });

  it('says in words that a second YAML document (a --- line) does not belong in a list file', () => {
    const { messages, files } = lint({ [EVENTS]: (t) => `${t}\n---\n` });
    expect(messages).toContain(`content/${EVENTS}:${files.get(EVENTS)!.split('\n').indexOf('---') + 1} — event "(file)", field "(entry)": YAML syntax error: a second YAML document starts here (a line ---): a content file holds one list; delete the --- line`);
  });

  it('checks a quote someone is said to have said in an event’s description against its citation', () => {
    const { messages, files } = lint({ [EVENTS]: (t) => t.replace('    The US, Russia and other world powers agree on a deal', '    Kerry said it was “a total victory”. The US, Russia and other world powers agree on a deal') });
    expect(messages).toEqual([`content/${EVENTS}:${lineOf(EVENTS, 'description: >-', files)} — event "munich-deal", field "description": "a total victory" is not the words of the cited paragraphs (¶9); nearest passage: ¶9 "12 on a"`]);
  });
});

describe('source text tricks', () => {
  it('does not count a line of combining marks or private-use characters as a paragraph (¶ numbers stay put)', () => {
    const seed = lint({}).read.entries.sources[0].data.paragraphs;
    const r = lint({ [TEXT]: (t) => t.split('\n').toSpliced(3, 0, '\u0301\u0301', '\ue000', ' \u0308 ').join('\n') });
    expect(r.messages).toEqual([]);
    expect(r.read.entries.sources[0].data.paragraphs).toEqual(seed);
  });

  it('refuses NEL written as a YAML escape, and prints the bidi control an id holds as an escape', () => {
    const nel = lint({ [EVENTS]: (t) => t.replace('title: Aid shipments allowed into several areas', 'title: "Aid shipments\\x85allowed"') }).messages;
    expect(nel).toEqual([`content/${EVENTS}:${lineOf(EVENTS, 'title: Aid shipments allowed')} — event "syria-ceasefire-2016", field "(file)": contains the control character U+0085 NEXT LINE (written as an escape), which shows differently in different programs: press Enter for a new line, or type a space`]);
    const { messages } = inText('<Actor id="john\u200f-kerry" />');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"john\\u200F-kerry" is not a known actor id');
  });
});

describe('dropped citations', () => {
  it('refuses an actor’s role citing an article the explainer does not list in its sources (it would be shown nowhere)', () => {
    const files = new Map(SEED.files);
    files.set('sources/other-report.yaml', SEED.files.get('sources/2016-02-21-amman-syria-ceasefire.yaml')!);
    files.set('sources/other-report.txt', 'One paragraph of another report.\nA second paragraph.\n');
    const front = files.get(MDX)!;
    const role = front.split('\n').findIndex((l) => l.startsWith('  john-kerry:'));
    files.set(MDX, front.replace(/(  john-kerry:\n    role: .*\n    citation: \{ article: )2016-02-21-amman-syria-ceasefire/, '$1other-report'));
    const read = readContent({ ...SEED, files });
    expect(read.problems.map(formatProblem)).toEqual([
      `content/${MDX}:${role + 3} — explainer "syria-ceasefire-2016", field "roles.john-kerry.citation.article": cites "other-report", which content/${MDX} does not list in its front matter "sources": add it there`,
    ]);
  });

  it('refuses a citation written as a sum (¶12 + 1 would link to no paragraph)', () => {
    const { messages, line } = inText('<Ref paragraphs={[12 + 1]} />');
    expect(messages).toEqual([`content/${MDX}:${line} — component "<Ref>", field "paragraphs": {[12 + 1]} is code: write the value as text in quotes, a number, true or false, or a list or object of them, e.g. paragraphs={[1, 7]}`]);
  });
});

describe('budgets', () => {
  it('reports an explainer over its event budget at its events file, in the reader the build and the lint share', () => {
    const before = process.env.EXPLAINER_MAX_EVENTS;
    process.env.EXPLAINER_MAX_EVENTS = '3';
    try {
      const events = lint({}).read.entries.events.filter((e) => e.explainer === 'syria-ceasefire-2016').length;
      expect(lint({}).messages).toContain(`content/${EVENTS}:1 — event "(file)", field "(entry)": has ${events} timeline events, over the budget of 3 for one page: split the story into several explainers, or raise EXPLAINER_MAX_EVENTS`);
    } finally {
      if (before === undefined) delete process.env.EXPLAINER_MAX_EVENTS;
      else process.env.EXPLAINER_MAX_EVENTS = before;
    }
  });
});
