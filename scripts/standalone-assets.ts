/**
 * After `next build`: copies public/ and .next/static/ beside
 * .next/standalone/server.js, so `npm start` (node .next/standalone/server.js)
 * serves them, as the Docker image does.
 */
import { copyStandaloneAssets, standaloneServerDir } from './support/standalone';

const dir = standaloneServerDir(process.cwd());
if (!dir) {
  console.error('standalone-assets: no .next/standalone/server.js (is output: "standalone" set in next.config.mjs?)');
  process.exit(1);
}
copyStandaloneAssets(process.cwd(), dir);
console.log(`standalone-assets: copied public/ and .next/static/ into ${dir}`);
