import { inflateSync } from 'node:zlib';

/**
 * The code points a WOFF (1.0) font has glyphs for, read from its `cmap` table (formats 4 and 12):
 * what the share card's text can be drawn with, checked in the font itself rather than trusted
 * from a package's unicode-range. Node-only (build time).
 */
export function woffCodePoints(woff: Uint8Array): Set<number> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const numTables = view.getUint16(12);
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    if (view.getUint32(at) !== 0x636d6170) continue; // 'cmap'
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const table = compLength < origLength ? inflateSync(raw) : raw;
    return cmapCodePoints(new DataView(table.buffer, table.byteOffset, table.byteLength));
  }
  return new Set();
}

function cmapCodePoints(cmap: DataView): Set<number> {
  const out = new Set<number>();
  const n = cmap.getUint16(2);
  for (let i = 0; i < n; i++) {
    const sub = cmap.getUint32(4 + i * 8 + 4);
    const format = cmap.getUint16(sub);
    if (format === 4) {
      const segX2 = cmap.getUint16(sub + 6);
      const ends = sub + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = cmap.getUint16(ends + s * 2);
        const start = cmap.getUint16(starts + s * 2);
        const delta = cmap.getInt16(deltas + s * 2);
        const rangeOffset = cmap.getUint16(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const g = cmap.getUint16(ranges + s * 2 + rangeOffset + (c - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      const groups = cmap.getUint32(sub + 12);
      for (let g = 0; g < groups; g++) {
        const at = sub + 16 + g * 12;
        const start = cmap.getUint32(at);
        const end = cmap.getUint32(at + 4);
        const glyph = cmap.getUint32(at + 8);
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
      }
    }
  }
  return out;
}
