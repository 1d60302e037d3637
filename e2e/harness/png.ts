/** Real PNG files for response bodies, built byte by byte (8-bit RGB, no filter) so a test knows every byte. */
import { deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc(typed), 8 + data.length);
  return out;
}

/**
 * The image of `rows` (top to bottom, each a row of pixels). `stored` keeps the pixel bytes uncompressed,
 * so values like 0x00 and 0xFF sit in the file as they are.
 */
export function rgbPng(rows: readonly (readonly Rgb[])[], options: { readonly stored?: boolean } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(rows[0]?.length ?? 0, 0);
  header.writeUInt32BE(rows.length, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const scanlines = Buffer.concat(rows.map((row) => Buffer.from([0, ...row.flat()])));
  const pixels = options.stored ? deflateSync(scanlines, { level: 0 }) : deflateSync(scanlines);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
