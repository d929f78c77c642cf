import { describe, expect, it } from 'vitest';
import { elementProblem, expressionProblem, propExpressionProblem, INLINE_HTML } from './mdx-trust';

const lit = (name: string, value: string) => ({ name, value });

describe('elementProblem(name, attributes): the inline HTML an editor may write', () => {
  it('allows the short list with its safe attributes', () => {
    expect(elementProblem('abbr', [lit('title', 'Islamic State of Iraq and the Levant')])).toBeUndefined();
    expect(elementProblem('a', [lit('href', 'https://example.org/'), lit('title', 'Report')])).toBeUndefined();
    expect(elementProblem('a', [lit('href', '#event-munich-deal')])).toBeUndefined();
    for (const name of ['sup', 'sub', 'br', 'em', 'strong']) expect(elementProblem(name, [])).toBeUndefined();
    expect(Object.keys(INLINE_HTML).sort()).toEqual(['a', 'abbr', 'br', 'em', 'strong', 'sub', 'sup']);
  });

  it('refuses every element of the red-team pass, saying what to write instead', () => {
    const refused = ['script', 'style', 'iframe', 'object', 'base', 'form', 'meta', 'img', 'svg', 'details', 'math', 'link', 'embed', 'div', 'b'];
    for (const name of refused) expect(elementProblem(name, []), name).toMatch(new RegExp(`^<${name}> is not allowed in an explainer: .{10,}`));
    expect(elementProblem('script', [])).toBe('<script> is not allowed in an explainer: scripts are code, and code belongs in src/components, written by developers');
    expect(elementProblem('b', [])).toMatch(/\*\*bold\*\*/);
  });

  it('refuses handlers, style and class attributes, and attributes outside the list', () => {
    expect(elementProblem('em', [lit('onClick', 'alert(1)')])).toBe('<em onClick>: event handlers run code and are not allowed: remove onClick');
    expect(elementProblem('strong', [lit('onmouseover', 'x')])).toMatch(/event handlers/);
    expect(elementProblem('em', [lit('style', 'color:red')])).toMatch(/styling comes from the kit's CSS: remove style/);
    expect(elementProblem('em', [lit('class', 'x')])).toMatch(/remove class/);
    expect(elementProblem('a', [lit('href', 'https://x.org/'), lit('target', '_blank')])).toBe('<a target> is not allowed: <a> may have href, title, hreflang, lang');
    expect(elementProblem('br', [lit('id', 'x')])).toBe('<br id> is not allowed: <br> may have no attributes');
  });

  it('checks links against the allow-list and refuses expression values', () => {
    expect(elementProblem('a', [lit('href', 'jav&#x09;ascript:alert(1)')])).toMatch(/^<a href> link "jav&#x09;ascript:alert\(1\)" contains a space, tab/);
    expect(elementProblem('a', [lit('href', '//evil.example/')])).toMatch(/starts with \/\//);
    expect(elementProblem('a', [{ name: 'href', value: { expression: 'u' } }])).toBe('<a href={…}>: write the value as text in quotes, href="…"');
    expect(elementProblem('a', [])).toMatch(/^<a> needs href/);
  });
});

describe('expressions', () => {
  it('allows a comment and refuses code, quoting it', () => {
    expect(expressionProblem('')).toBeUndefined();
    expect(expressionProblem('1 + 1')).toMatch(/^\{1 \+ 1\} is code, which is not allowed in an explainer: write the words or numbers themselves/);
  });

  it('refuses a computed prop such as paragraphs={[12 + 1]}', () => {
    expect(propExpressionProblem('Ref', 'paragraphs', '[12 + 1]')).toBe('<Ref> prop "paragraphs" is the expression {[12 + 1]}, which is not run: write the value itself — "text", a number, true or false, or a list such as [1, 2]');
  });
});
