// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What draws a share image, beyond the text its URL already hashes
 * (./card-input.ts): the card's code, the site's names and colours, the
 * locale table, and the packages' exact versions (the fonts and @vercel/og
 * among them). Plain ESM, because next.config.mjs hashes them at build
 * time (./build-cache.ts says why).
 */
const SOURCES = ['lib/og', 'lib/site', 'i18n/locales.ts', 'messages', 'package-lock.json'];

/** @param {string} path @returns {string[]} */
function filesUnder(path) {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile() && !/\.test\.[cm]?tsx?$/.test(file));
}

/**
 * A hash of the share-image renderer's sources under `root`: it changes
 * whenever anything that draws the images does.
 * @param {string} root
 */
export function rendererFingerprint(root) {
  const hash = createHash('sha256');
  const files = SOURCES.flatMap((s) => filesUnder(join(root, s)))
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}
