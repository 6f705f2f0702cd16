/**
 * After `next build` (the first `postbuild` step): takes Next's client
 * runtime out of every prerendered page, in .next and in the standalone
 * output's copy, with lib/html/strip-build.ts. Fails the build, naming each
 * page and the element, if a page cannot be stripped safely.
 */
import { join } from 'node:path';
import { relativeTo, StripBuildError, stripBuild } from '../lib/html/strip-build';
import { standaloneServerDir } from './support/standalone';

const root = process.cwd();
const standalone = standaloneServerDir(root);
try {
  const report = stripBuild(join(root, '.next'), standalone ? [join(standalone, '.next')] : [], relativeTo(root));
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  console.log(
    `strip-pages: ${report.pages} pages without Next's client runtime (${kB(report.before)} → ${kB(report.after)}), ${report.payloads} RSC payload files emptied${standalone ? ', in .next and the standalone copy' : ''}`,
  );
} catch (error) {
  if (!(error instanceof StripBuildError)) throw error;
  console.error(`strip-pages: ${error.message}`);
  process.exit(1);
}
