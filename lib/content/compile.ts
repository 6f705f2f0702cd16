import { compileSync } from '@mdx-js/mdx';
import { rehypePlugins } from './mdx-options';

/**
 * Compiles a long-tail briefing's MDX body on its first request (the page is
 * cached from then on), for briefings contentlayer did not compile at build
 * time (lib/content/window.ts). The code follows contentlayer's convention
 * (mdx-bundler's: a function body that returns the module, taking
 * `_jsx_runtime` from its scope), so `getMDXComponent` renders either one
 * and components/briefing/BriefingBody.tsx does not need to know which.
 *
 * Throws on MDX that does not compile; the content check has already
 * refused such a file at build time (lib/content/check/mdx-rules.ts).
 */
export function compileBody(raw: string): string {
  // `function-body` reads the JSX runtime from arguments[0] and returns
  // { default: MDXContent }: https://mdxjs.com/packages/mdx/#optionsoutputformat
  const body = String(compileSync(raw, { outputFormat: 'function-body', development: false, rehypePlugins }));
  return `var Component=(function(){${body}\n})(_jsx_runtime);\nreturn Component;`;
}
