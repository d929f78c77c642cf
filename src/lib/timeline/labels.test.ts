import { describe, expect, it } from 'vitest';
import { labelAdvice, labelOptions, textWidth, twoLines, wrap } from './labels.ts';

describe('labels', () => {
  it('measures text by its characters: W is wider than i', () => {
    expect(textWidth('WWWW')).toBeGreaterThan(textWidth('iiii') * 2);
    expect(textWidth('Kerry')).toBeGreaterThan(0);
  });
  it('wrap keeps every word, in at most two lines, or gives up: never an ellipsis', () => {
    const title = 'World powers agree a deal to pause the fighting within a week';
    for (const width of [60, 120, 180, 240, 400, 1000]) {
      const lines = wrap(title, width);
      if (!lines) continue;
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(lines.join(' ')).toBe(title);
      for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(width);
      expect(lines.join('')).not.toMatch(/…|\.\.\.$/);
    }
    expect(wrap(title, 60)).toBeNull();
  });
  it('twoLines balances the lines (the widest as narrow as it can be)', () => {
    const lines = twoLines('Aid shipments reach several besieged areas', 400)!;
    expect(lines).toEqual(['Aid shipments reach', 'several besieged areas']);
  });
  it('labelOptions offers the title, then the short label', () => {
    const opts = labelOptions({ title: 'The International Syria Support Group meets in Munich', label: 'ISSG meets' }, 200);
    expect(opts.map((o) => o.short)).toEqual([false, true, true]);
    expect(opts[0].lines).toHaveLength(2);
    expect(opts[1].lines).toEqual(['ISSG meets']);
  });
  it('the lint advises a short label when a title cannot show whole on a phone', () => {
    expect(labelAdvice({ title: 'Kerry speaks' })).toBeNull();
    const long = 'World powers agree a deal to pause the fighting within a week of talks in Munich';
    expect(labelAdvice({ title: long })).toMatch(/add a short "label"/);
    expect(labelAdvice({ title: long, label: 'Munich deal' })).toBeNull();
    expect(labelAdvice({ title: long, label: long })).toMatch(/short label is too long/);
  });
});

describe('textWidth on Arabic', () => {
  it('counts joined Arabic letters as narrower than the widest Latin ones, and harakat as nothing', () => {
    const label = 'تفجيرات دمشق تقتل 68 شخصًا على الأقل';
    // Chromium measures it at about 200 units at 12 px in the fallback faces: the estimate leaves room, but not twice.
    expect(textWidth(label)).toBeGreaterThan(200);
    expect(textWidth(label)).toBeLessThan(320);
    expect(textWidth('شخصًا')).toBe(textWidth('شخصا'));
  });
});
