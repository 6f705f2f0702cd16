/**
 * Writes public/favicon.ico (16, 32, 48 px) and public/apple-touch-icon.png
 * (180 px) from public/logo.png: the URLs browsers and iOS ask for without
 * reading any <link>. Run after changing the logo:
 *   npx tsx scripts/render-icons.ts
 * sharp comes with next (an optional dependency of it).
 */
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { icoFromPngs } from '../lib/site/ico';

const logo = 'public/logo.png';
const resized = (size: number) => sharp(logo).resize(size, size, { kernel: 'lanczos3' }).png({ compressionLevel: 9 }).toBuffer();

const sizes = [16, 32, 48];
const ico = icoFromPngs(await Promise.all(sizes.map(async (size) => ({ size, png: await resized(size) }))));
writeFileSync('public/favicon.ico', ico);
writeFileSync('public/apple-touch-icon.png', await resized(180));
console.log(`wrote public/favicon.ico (${ico.length} bytes) and public/apple-touch-icon.png`);
