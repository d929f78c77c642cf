import { describe, expect, it } from 'vitest';
import { keyFactsProblem, listItems } from './KeyFacts.ts';

const ref = '<span class="ref" data-ref>(<a href="#p1">¶1</a>)</span>';
const list = (...items: string[]) => `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;

describe('keyFactsProblem', () => {
  it('accepts three to five facts that each cite a source', () => {
    expect(keyFactsProblem(list(`A ${ref}`, `B ${ref}`, `C ${ref}`))).toBeUndefined();
    expect(keyFactsProblem(list(...'ABCDE'.split('').map((x) => `${x} ${ref}`)))).toBeUndefined();
  });
  it('asks for at least three facts', () => {
    expect(keyFactsProblem(list(`A ${ref}`, `B ${ref}`))).toMatch(/has 2 facts; needs at least 3/);
    expect(keyFactsProblem('<p>No list at all</p>')).toMatch(/has 0 facts/);
  });
  it('refuses more than five facts', () => {
    expect(keyFactsProblem(list(...'ABCDEF'.split('').map((x) => `${x} ${ref}`)))).toMatch(/has 6 facts; at most 5/);
  });
  it('names each fact without a citation', () => {
    expect(keyFactsProblem(list(`A ${ref}`, 'B', `C ${ref}`, 'D'))).toBe(
      'fact 2, 4 has no citation: end each fact with its source, e.g. <Ref paragraphs={[1]} />',
    );
  });
});

describe('listItems', () => {
  it('counts only the top-level bullets of a nested list', () => {
    expect(listItems('<ul><li>A<ul><li>a1</li><li>a2</li></ul></li><li>B</li></ul>')).toEqual(['A<ul><li>a1</li><li>a2</li></ul>', 'B']);
  });
});
