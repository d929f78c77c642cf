import { describe, it, expect } from 'vitest';
import QRCode from 'qrcode';
import { qrPath } from './qr';

/** Rasterises the path back into a module grid (every subpath is a 1-high horizontal run). */
function modulesOf(d: string, size: number): boolean[] {
  const grid = new Array(size * size).fill(false);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) grid[y * size + x + i] = true;
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

  it('is the same for the same text (deterministic builds)', () => {
    expect(qrPath('https://a.example/')).toEqual(qrPath('https://a.example/'));
  });
});
