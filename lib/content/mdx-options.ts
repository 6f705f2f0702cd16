import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import type { CompileOptions } from '@mdx-js/mdx';

/**
 * How a briefing's MDX becomes HTML, wherever it is compiled: by contentlayer
 * for the newest briefings (contentlayer.config.ts) and on a long-tail
 * briefing's first request (lib/content/compile.ts). One list, so both give
 * the same HTML (lib/content/compile.test.tsx compares them).
 */
export const rehypePlugins: NonNullable<CompileOptions['rehypePlugins']> = [
  rehypeSlug,
  [rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['anchor'], ariaHidden: true, tabIndex: -1 } }],
];
