/**
 * Where a key moves the focus in a list of `count` controls read in order, from control `at` (a
 * roving tabindex: the casualty chart's bars, the map's places): down and the reading direction's
 * forward arrow to the next, up and back to the previous, Home and End to the ends, clamped at
 * both; undefined for any other key. Right to left, ArrowLeft goes forward.
 */
export function rovingTarget(key: string, at: number, count: number, rtl = false): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  const next: Record<string, number> = { [forward]: at + 1, ArrowDown: at + 1, [back]: at - 1, ArrowUp: at - 1, Home: 0, End: count - 1 };
  return key in next ? Math.max(0, Math.min(count - 1, next[key])) : undefined;
}
