/**
 * After `next build`: writes the served tree (every prerendered page and
 * static file, with Brotli and gzip copies beside each: ./support/site-tree.ts)
 * and copies it, public/, .next/static/ and our server beside
 * .next/standalone/server.js, so `npm start`
 * (node .next/standalone/lib/serve/server.mjs) serves them, as the Docker
 * image does.
 */
import { writeSiteTree } from './support/site-tree';
import { copyStandaloneAssets, standaloneServerDir } from './support/standalone';

const dir = standaloneServerDir(process.cwd());
if (!dir) {
  console.error('standalone-assets: no .next/standalone/server.js (is output: "standalone" set in next.config.mjs?)');
  process.exit(1);
}
const started = Date.now();
const tree = await writeSiteTree(process.cwd());
console.log(
  `standalone-assets: ${tree.pages} pages and ${tree.files - tree.pages} files in .next/mawjaz-site, ${tree.compressed} compressed (Brotli 11, gzip 9) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
copyStandaloneAssets(process.cwd(), dir);
console.log(`standalone-assets: copied the served tree, public/, .next/static/ and lib/serve/ into ${dir}`);
