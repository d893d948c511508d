/**
 * Renders public/favicon.svg into the raster icons browsers and home screens still ask for:
 * favicon.ico (16 and 32 px, PNG-in-ICO) and apple-touch-icon.png (180 px). Run after editing the
 * SVG (`npm run icons`) and commit the output; the build does not need sharp.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/favicon.svg');
const png = (size: number) =>
  sharp(svg, { density: 72 * (size / 64) * 4 })
    .resize(size, size)
    .png()
    .toBuffer();

/** An ICO file holding PNG images (supported by every browser since Windows Vista-era ICO readers). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size, 0);
    entry.writeUInt8(size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

writeFileSync(
  'public/favicon.ico',
  ico(await Promise.all([16, 32].map(async (size) => ({ size, data: await png(size) })))),
);
writeFileSync('public/apple-touch-icon.png', await png(180));
console.log('wrote public/favicon.ico (16, 32 px) and public/apple-touch-icon.png (180 px)');
