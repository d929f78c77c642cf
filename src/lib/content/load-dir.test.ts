import { describe, expect, it } from 'vitest';
import { loadContentDir } from './load-dir';
import { formatProblem } from './problems';
import { ROOT, invalidFixtures, contentWith } from '../../../tests/helpers/content-fixture';

describe('loadContentDir(content/)', () => {
  it('accepts the seed explainer content with no problems', () => {
    const { problems, input } = loadContentDir(ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(input.events.length).toBe(15);
    expect(input.incidents.map((i) => i.id)).toEqual(['damascus-bombings', 'homs-bombings', 'damascus-homs-total']);
    expect(input.sources[0].paragraphs).toHaveLength(12);
  });

  describe('names file, entry and field for every rule', () => {
    for (const fixture of invalidFixtures()) {
      it(`${fixture.name}: ${fixture.expect.message}`, () => {
        const { problems } = loadContentDir(contentWith(fixture));
        const messages = problems.map(formatProblem);
        const { where, entry, field, message } = fixture.expect;
        const match = messages.find(
          (m) => m.startsWith(`${where} `) && m.includes(` ${entry}, `) && m.includes(`${field}:`) && m.includes(message),
        );
        expect(match, `expected a problem like «${where} — ${entry}, ${field}: …${message}…» among:\n${messages.join('\n')}`).toBeDefined();
      });
    }
  });
});
