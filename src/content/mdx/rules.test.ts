import { describe, expect, it } from 'vitest';
import { scanMdx } from './scan.ts';
import { trustModel, keyFacts, isAllowedHref, INLINE_HTML } from './rules.ts';

const findings = (mdx: string) => trustModel(scanMdx(mdx).scan!).map((f) => `${f.line} ${f.field}: ${f.message}`);

describe('the MDX trust model', () => {
  it('lets Markdown, components with literal props, comments and the inline HTML allow-list through', () => {
    const mdx = `## Heading

Text with **bold**, [a link](https://example.org) and <abbr title="United Nations">UN</abbr>, H<sub>2</sub>O,
<sup>1</sup>, <em>em</em>, <strong>strong</strong>,<br /> <a href="#sources" title="t">a</a> <a href="/other/">b</a> <a href="mailto:desk@example.org">c</a>.

{/* A note for other editors */}

<Ref paragraphs={[1, 7]} article="a" /> <Timeline context={false} events={["a"]} />
<TeacherNotes goals={["One goal"]} vocabulary={[{ term: "x", definition: "y" }]} minutes={45} />

<Quote speaker="a" paragraphs={[3]}>
  <p>Words</p>
</Quote>
`;
    expect(findings(mdx)).toEqual([]);
  });

  it('refuses a module imported by its address and loaded by a script (no node import needed)', () => {
    expect(findings("import u from './helper.js?url'\n\n<script type=\"module\" src={u}></script>\n").map((l) => l.split(':')[0])).toEqual(['1 (import)', '3 <script>']);
  });

  it('refuses import and export, naming the line and what to do', () => {
    expect(findings("import fs from 'node:fs'\n\nexport const x = 1\n")).toEqual([
      '1 (import): "import" is not allowed in an explainer: components need no import, and code belongs in src/components, written by developers; delete the line',
      '3 (import): "export" is not allowed in an explainer: components need no import, and code belongs in src/components, written by developers; delete the line',
    ]);
  });

  it('refuses expressions in the text and in props, and spread props', () => {
    expect(findings('Text {1 + 1}.\n\n<Ref paragraphs={[12 + 1]} />\n\n<Ref {...p} />\n')).toEqual([
      '1 (expression): {1 + 1} is code, which explainers may not hold: write the words themselves, or use a component; only comments {/* … */} are allowed',
      '5 (props): {...p} is code, which explainers may not hold: write each prop by name, as text in quotes, a number, true or false, or a list or object of them, e.g. paragraphs={[1, 7]}',
      '3 paragraphs: {[12 + 1]} is code: write the value as text in quotes, a number, true or false, or a list or object of them, e.g. paragraphs={[1, 7]}',
    ]);
  });

  for (const element of ['script', 'style', 'iframe', 'object', 'base', 'form', 'meta', 'img', 'details', 'div', 'svg']) {
    it(`refuses <${element}>`, () => {
      expect(findings(`Text <${element}></${element}> more.\n`)).toEqual([
        `1 <${element}>: is not allowed in an explainer: use Markdown (**bold**, *italic*, [a link](https://…)), a component of the kit, or one of these elements: ${Object.keys(INLINE_HTML).join(', ')}`,
      ]);
    });
  }

  it('refuses on* handlers, style and any attribute not on the list, and attribute values written as code', () => {
    expect(findings('<abbr title="t" onClick="x" style="color:red">UN</abbr> <em class="x">e</em> <abbr title={name}>x</abbr>\n')).toEqual([
      '1 <abbr onClick>: is not allowed: <abbr> takes only title; style and behaviour come from the kit',
      '1 <abbr style>: is not allowed: <abbr> takes only title; style and behaviour come from the kit',
      '1 <em class>: is not allowed: <em> takes no attributes; style and behaviour come from the kit',
      '1 <abbr title>: must be text in quotes, e.g. title="United Nations"',
    ]);
  });

  it('refuses links in HTML that readers must not follow', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '//evil.example/x']) {
      expect(isAllowedHref(href), href).toBe(false);
    }
    for (const href of ['https://example.org/a?b#c', 'http://example.org', 'mailto:desk@example.org', '/guide/', '#sources', 'other/', '?q=1']) {
      expect(isAllowedHref(href), href).toBe(true);
    }
    expect(findings('<a href="javascript:alert(1)">x</a>\n')).toEqual([
      '1 <a href>: "javascript:alert(1)" is not an address readers may follow: it uses javascript:, which is not allowed: write https://…, http://…, mailto:…, a path on this site (/…) or a #fragment',
    ]);
  });

  // The URL variants of the red-team pass, in each place an explainer can write a link.
  const HOSTILE = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    '//evil.example/',
  ];
  for (const url of HOSTILE) {
    it(`refuses ${url} in a Markdown link, a reference definition and an <a href>`, () => {
      const lines = findings(`[a](${url})\n\n[b][r]\n\n[r]: ${url}\n\n<a href="${url}">c</a>\n`);
      expect(lines.map((l) => l.split(':')[0])).toEqual(['7 <a href>', '1 (link)', '5 (link)']);
      for (const l of lines) expect(l).toContain('is not an address readers may follow: it ');
    });
  }

  it('lets the allowed kinds of link through in Markdown, and refuses images', () => {
    expect(findings('[a](https://example.org/?q=1&amp;r=2) [b](/guide/) [c](#sources) [d](mailto:desk@example.org) [e][r]\n\n[r]: ../other/\n')).toEqual([]);
    expect(findings('![A map](./map.png)\n')).toEqual(['1 (image): ![…](./map.png): images are not supported in explainer text yet: describe the picture in words, or ask a developer for a component']);
  });
});

describe('the <KeyFacts> rule, read from the MDX (the lint and the build alike)', () => {
  const box = (...items: string[]) => `<KeyFacts>\n${items.map((i) => `- ${i}`).join('\n')}\n</KeyFacts>\n\nText.\n`;
  const rule = (mdx: string) => keyFacts(scanMdx(mdx).scan!).map((f) => `${f.line} ${f.entry} ${f.field}: ${f.message}`);
  const cited = (s: string) => `${s} <Ref paragraphs={[1]} />`;

  it('accepts three to five cited facts, first in the file (a comment may stand before it)', () => {
    expect(rule(box(cited('A'), cited('B'), cited('C')))).toEqual([]);
    expect(rule(`{/* summary */}\n\n${box(cited('A'), cited('B'), cited('C'), cited('D'), `${cited('E')}\n  - a detail`)}`)).toEqual([]);
    // A <Quote> inside a bullet is its citation too.
    expect(rule(box(cited('A'), cited('B'), '\n  <Quote speaker="x" paragraphs={[2]}>Words</Quote>'))).toEqual([]);
  });

  it('counts the top-level facts only, and says how many it found', () => {
    expect(rule(box(cited('A'), `${cited('B')}\n  - one\n  - two`))).toEqual([
      `1 <KeyFacts> children: has 2 facts; needs at least 3: write a list, one fact a line, e.g. "- Kerry announced a provisional deal <Ref paragraphs={[1]} />"`,
    ]);
    expect(rule(box(...'ABCDEF'.split('').map(cited)))).toEqual([`1 <KeyFacts> children: has 6 facts; at most 5 fit a reader's first screen: keep the 5 that matter most`]);
    expect(rule('<KeyFacts>\nA paragraph, no list <Ref paragraphs={[1]} />\n</KeyFacts>\n')[0]).toMatch(/^1 <KeyFacts> children: has 0 facts; needs at least 3/);
  });

  it('names the uncited facts at the line of the first one', () => {
    expect(rule(box(cited('A'), 'B', cited('C'), 'D'))).toEqual(['3 <KeyFacts> children: fact 2, 4 has no citation: end each fact with its source, e.g. <Ref paragraphs={[1]} />']);
  });

  it('refuses a first box that is not first in the file; a second box later is a box like any other', () => {
    const three = box(cited('A'), cited('B'), cited('C'));
    expect(rule(`An intro paragraph.\n\n${three}`)).toEqual([
      '3 <KeyFacts> (place): must come first, before the first paragraph: it is the summary readers see under the headline; move it to the top of the text',
    ]);
    expect(rule(`## A heading\n\n${three}`)).toHaveLength(1);
    expect(rule(`<Callout title="t">\n${three}\n</Callout>\n`)).toHaveLength(1);
    expect(rule(`${three}\n${three}`)).toEqual([]);
  });
});
