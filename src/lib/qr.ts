import QRCode from 'qrcode';

/** A QR code as one SVG path over a square of `size` modules (quiet zone included), to be stroked 1 module wide. */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * Builds a QR code for `text` at build time, without a network service: the module matrix from the
 * `qrcode` package, drawn as one path of horizontal runs of dark modules along each row's centre
 * line (`stroke-width: 1` makes each a 1×1-module-high bar), every step relative to the last: about
 * half the bytes of a filled square per run. The .astro file draws it as an inline SVG, so no markup
 * is built from data.
 */
export function qrPath(text: string, quiet = 4): QrPath {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const data = qr.modules.data;
  const parts: string[] = [];
  // The pen: where the last run ended (x) on the centre line of its row (y + 0.5).
  let pen: [number, number] | null = null;
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!data[y * n + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && data[y * n + x]) x++;
      const [sx, sy] = [start + quiet, y + quiet];
      parts.push(pen ? `m${sx - pen[0]} ${sy - pen[1]}h${x - start}` : `M${sx} ${sy + 0.5}h${x - start}`);
      pen = [x + quiet, sy];
    }
  }
  return { size: n + quiet * 2, d: parts.join('') };
}
