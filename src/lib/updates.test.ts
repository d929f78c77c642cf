import { describe, expect, it } from 'vitest';
import { updateLine, updateLines } from './updates.ts';

describe('updateLine(update)', () => {
  it('dates a correction and keeps the old figure visible', () => {
    expect(updateLine({ at: '2026-03-02T09:00Z', kind: 'correction', what: 'The toll is at least 69.', was: 'at least 37' })).toBe(
      'Corrected 2 March 2026: The toll is at least 69. Before: at least 37',
    );
  });

  it('words an update as an update, with no "Before" when nothing was replaced', () => {
    expect(updateLine({ at: '2026-03-03', kind: 'update', what: 'Added the council statement.' })).toBe('Updated 3 March 2026: Added the council statement.');
  });

  it('dates the line in the language of its words (an Arabic feed reads an Arabic date)', () => {
    expect(updateLine({ at: '2026-12-01', kind: 'correction', what: 'رُوجع الشرح.' }, 'ar')).toBe('صُحّح 1 ديسمبر 2026: رُوجع الشرح.');
  });
});

describe('updateLines(updates)', () => {
  it('puts the newest entry first', () => {
    const lines = updateLines([
      { at: '2026-03-02', kind: 'update', what: 'First change.' },
      { at: '2026-03-04', kind: 'correction', what: 'Second change.' },
    ]);
    expect(lines.map((l) => l.slice(0, 24))).toEqual(['Corrected 4 March 2026: ', 'Updated 2 March 2026: Fi']);
  });
});
