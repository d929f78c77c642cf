import { describe, expect, it } from 'vitest';
import { scanMdx } from './scan.ts';
import { trustModel, isAllowedHref, INLINE_HTML } from './rules.ts';

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
    expect(findings('<a href="javascript:alert(1)">x</a>\n')).toEqual(['1 <a href>: "javascript:alert(1)" is not an address readers may follow: use https://…, mailto:…, a path on this site or #a-section']);
  });
});
