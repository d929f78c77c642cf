/**
 * The keyboard model of the marks: one Tab stop (a roving tabindex), arrows move in time order,
 * Home/End to the ends, Enter/Space select; + and − zoom, Page Up/Down (or Shift+arrows) pan,
 * Escape goes back to the whole timeline.
 */
export type KeyAction =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'select' }
  | { kind: 'zoom'; by: 1 | -1 }
  | { kind: 'pan'; by: 1 | -1 }
  | { kind: 'reset' };

/** What a key press on a mark means, or null for a key the timeline leaves alone. */
export function keyAction(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, rtl = false): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  // Right to left, time runs from the right: ArrowLeft goes later, ArrowRight earlier.
  const key = rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : e.key;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return e.shiftKey ? { kind: 'pan', by: 1 } : { kind: 'move', to: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
      return e.shiftKey ? { kind: 'pan', by: -1 } : { kind: 'move', to: 'previous' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case '+':
    case '=':
      return { kind: 'zoom', by: 1 };
    case '-':
    case '_':
      return { kind: 'zoom', by: -1 };
    case 'PageDown':
      return { kind: 'pan', by: 1 };
    case 'PageUp':
      return { kind: 'pan', by: -1 };
    case 'Escape':
      return { kind: 'reset' };
    default:
      return null;
  }
}
