import { describe, expect, it } from 'vitest';
import { keyFactsProblem } from './KeyFacts.ts';

const facts = (...cited: boolean[]) => cited.map((c) => ({ cited: c }));

describe('keyFactsProblem', () => {
  it('accepts three to five facts that each cite a source', () => {
    expect(keyFactsProblem(facts(true, true, true))).toBeUndefined();
    expect(keyFactsProblem(facts(true, true, true, true, true))).toBeUndefined();
  });
  it('asks for at least three facts', () => {
    expect(keyFactsProblem(facts(true, true))).toMatch(/has 2 facts; needs at least 3/);
    expect(keyFactsProblem([])).toMatch(/has 0 facts/);
  });
  it('refuses more than five facts', () => {
    expect(keyFactsProblem(facts(true, true, true, true, true, true))).toMatch(/has 6 facts; at most 5/);
  });
  it('names each fact without a citation', () => {
    expect(keyFactsProblem(facts(true, false, true, false))).toBe('fact 2, 4 has no citation: end each fact with its source, e.g. <Ref paragraphs={[1]} />');
  });
});
