import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SELECT_EVENT } from './linked-view';

describe('the linked-view contract', () => {
  it('is the event name the islands\u2019 loaders write out (they avoid importing the module)', () => {
    for (const loader of ['src/components/mdx/Timeline/timeline-element.ts', 'src/components/mdx/CasualtyChart/casualty-chart.ts']) {
      expect(readFileSync(loader, 'utf-8'), loader).toContain(`const SELECT_EVENT = '${SELECT_EVENT}';`);
    }
  });
});
