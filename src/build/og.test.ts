import { describe, it, expect } from 'vitest';
import { clip, ogPng, OG_WIDTH, OG_HEIGHT } from './og.ts';

describe('clip(text, max)', () => {
  it('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    const out = clip('The United States and Russia have reached a provisional agreement', 30);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).toMatch(/^The United States and Russia…$/);
  });
});

describe('ogPng(card)', () => {
  it('renders a 1200×630 PNG offline', async () => {
    const png = await ogPng({ title: 'A provisional ceasefire for Syria', dek: 'What was agreed.', siteName: 'News Explainers', date: '21 February 2016' });
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(OG_WIDTH);
    expect(view.getUint32(20)).toBe(OG_HEIGHT);
  }, 20_000);
});
