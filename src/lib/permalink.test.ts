import { describe, it, expect } from 'vitest';
import { permalinkUrl } from './permalink.ts';

describe('permalinkUrl(href, page)', () => {
  it('puts the anchor on the page address', () => {
    expect(permalinkUrl('#event-kerry-announces', 'https://ex.org/syria/')).toBe('https://ex.org/syria/#event-kerry-announces');
  });

  it('replaces the hash the reader is at and drops the page query (reader state such as ?theme=dark)', () => {
    expect(permalinkUrl('#sources', 'https://ex.org/syria/?theme=dark#for-teachers')).toBe('https://ex.org/syria/#sources');
  });

  it('keeps an absolute href as it is', () => {
    expect(permalinkUrl('https://ex.org/other/#x', 'https://ex.org/syria/')).toBe('https://ex.org/other/#x');
  });
});
