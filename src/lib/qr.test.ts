import { describe, it, expect } from 'vitest';
import QRCode from 'qrcode';
import { qrPath } from './qr.ts';

/** Rasterises the path back into a module grid: a 1-wide stroke along y + 0.5 covers row y from the pen to the end of each `h`. */
function modulesOf(d: string, size: number): boolean[] {
  const grid = new Array(size * size).fill(false);
  let [x, y] = [0, 0];
  const commands = [...d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)];
  expect(commands.map((c) => c[0]).join(''), 'the path holds only M, m and h steps').toBe(d);
  for (const [, cmd, a, b] of commands) {
    if (cmd === 'M') [x, y] = [Number(a), Number(b)];
    else if (cmd === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = y - 0.5;
      expect(Number.isInteger(row) && Number(a) > 0, `a run on a row's centre line, left to right (${cmd}${a} at y ${y})`).toBe(true);
      for (let i = 0; i < Number(a); i++) grid[row * size + x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}

describe('qrPath(text)', () => {
  it('draws exactly the dark modules of the QR matrix, offset by the quiet zone', () => {
    const url = 'https://explainers.example.org/syria-ceasefire-2016/';
    const { size, d } = qrPath(url, 4);
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    expect(size).toBe(n + 8);
    const grid = modulesOf(d, size);
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) expect(grid[(y + 4) * size + x + 4]).toBe(!!qr.modules.data[y * n + x]);
    // Quiet zone stays light.
    expect(grid.slice(0, size * 4).every((v) => !v)).toBe(true);
  });

  it('is shorter than a filled square per run of modules', () => {
    const { d } = qrPath('https://explainers.example.org/syria-ceasefire-2016/');
    const runs = d.match(/h/g)!.length;
    expect(d.length).toBeLessThan(runs * 9);
  });

  it('is the same for the same text (deterministic builds)', () => {
    expect(qrPath('https://a.example/')).toEqual(qrPath('https://a.example/'));
  });
});
