#!/usr/bin/env node
// Draws the app icons in public/icons/ (PNG, committed): the letters "TSI" in white on the
// site's brand blue, like public/favicon.svg. No image tool needed: the letters are block
// glyphs on a grid, drawn with 4×4 supersampling and written as PNG with node:zlib.
// Run again only if the design changes: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BRAND = [0x1d, 0x4f, 0x6e];
const WHITE = [0xff, 0xff, 0xff];

// 5×7 block glyphs ('#' = filled).
const GLYPHS = {
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  I: ['###', '.#.', '.#.', '.#.', '.#.', '.#.', '###'],
};
const WORD = ['T', 'S', 'I'];
const GAP = 1; // grid units between letters
const wordWidth = WORD.reduce((w, c) => w + GLYPHS[c][0].length, 0) + GAP * (WORD.length - 1);

/**
 * Is (x, y) (in 0..1 of the icon) inside the white letters? `textWidth` is the word's width as
 * a share of the icon, centred.
 */
function inLetters(x, y, textWidth) {
  const unit = textWidth / wordWidth;
  const x0 = (1 - textWidth) / 2;
  const y0 = 0.5 - (7 * unit) / 2;
  let gx = Math.floor((x - x0) / unit);
  const gy = Math.floor((y - y0) / unit);
  if (gx < 0 || gy < 0 || gy >= 7) return false;
  for (const c of WORD) {
    const g = GLYPHS[c];
    if (gx < g[0].length) return g[gy][gx] === '#';
    gx -= g[0].length + GAP;
    if (gx < 0) return false;
  }
  return false;
}

/** Inside a square with rounded corners of radius r (0..0.5); r = 0 fills the square. */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function draw(size, { radius, textWidth }) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let bg = 0;
      let fg = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const x = (i + (si + 0.5) / S) / size;
          const y = (j + (sj + 0.5) / S) / size;
          if (!inRoundedSquare(x, y, radius)) continue;
          bg++;
          if (inLetters(x, y, textWidth)) fg++;
        }
      }
      const a = bg / (S * S);
      const f = bg ? fg / bg : 0;
      const o = (j * size + i) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = Math.round(BRAND[k] * (1 - f) + WHITE[k] * f);
      px[o + 3] = Math.round(a * 255);
    }
  }
  return png(size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
// "any" icons: rounded corners like the favicon. Maskable: full square, letters inside the
// central safe zone (a circle of 40 % radius), so any mask shape keeps them whole.
writeFileSync('public/icons/icon-192.png', draw(192, { radius: 0.19, textWidth: 0.72 }));
writeFileSync('public/icons/icon-512.png', draw(512, { radius: 0.19, textWidth: 0.72 }));
writeFileSync('public/icons/icon-maskable-512.png', draw(512, { radius: 0, textWidth: 0.56 }));
console.log('public/icons/: icon-192.png, icon-512.png, icon-maskable-512.png');
