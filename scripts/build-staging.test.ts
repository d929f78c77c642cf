import { describe, expect, it } from 'vitest';
import { leftovers, stagingNames } from './build-staging.ts';

describe('atomic build folders', () => {
  it('names the staging and previous folders after the output folder and the build process, hidden', () => {
    expect(stagingNames('dist', 42)).toEqual({ staging: '.dist.staging-42', previous: '.dist.previous-42' });
  });

  it('finds the folders of builds that are no longer running, and only those of this output folder', () => {
    const entries = ['dist', '.dist.staging-7', '.dist.previous-8', '.dist.staging-9', '.dist-fixture.staging-7', 'dist.staging-7', '.distXstaging-7'];
    expect(leftovers(entries, 'dist', (pid) => pid === 9)).toEqual([
      { name: '.dist.staging-7', kind: 'staging' },
      { name: '.dist.previous-8', kind: 'previous' },
    ]);
    expect(leftovers(entries, 'dist-fixture', () => false)).toEqual([{ name: '.dist-fixture.staging-7', kind: 'staging' }]);
  });
});
