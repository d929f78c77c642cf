import QRCode from 'qrcode';

/** A QR code as one SVG path over a square of `size` modules (quiet zone included). */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * Builds a QR code for `text` at build time, without a network service: the module matrix from the
 * `qrcode` package, drawn as one path of 1×1 squares (runs merged per row). The .astro file draws
 * it as an inline SVG, so no markup is built from data.
 */
export function qrPath(text: string, quiet = 4): QrPath {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const data = qr.modules.data;
  const parts: string[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!data[y * n + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && data[y * n + x]) x++;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h${start - x}z`);
    }
  }
  return { size: n + quiet * 2, d: parts.join('') };
}
