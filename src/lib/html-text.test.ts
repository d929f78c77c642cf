import { describe, expect, it } from 'vitest';
import { htmlParagraph, htmlText } from './html-text.ts';

describe('htmlText(text)', () => {
  it('turns the characters HTML reads as markup into references, and nothing else', () => {
    expect(htmlText(`<svg onload="x">'&amp;' – ¶`)).toBe('&#60;svg onload=&#34;x&#34;&#62;&#39;&#38;amp;&#39; – ¶');
  });

  it('wraps a paragraph whose text an HTML parser reads back unchanged', () => {
    expect(htmlParagraph('a < b & c')).toBe('<p>a &#60; b &#38; c</p>');
  });
});
