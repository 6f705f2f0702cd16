import { allBriefings } from 'contentlayer/generated';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { compileBody } from './compile';
import { mdxComponentContract } from './schema';

// Every editors' component as a plain element that shows its props, so the
// comparison sees exactly what each compiler passes to it.
const components = Object.fromEntries(
  Object.keys(mdxComponentContract).map((name) => [
    name,
    ({ children, ...props }: { children?: ReactNode }) =>
      createElement(`x-${name.toLowerCase()}`, { 'data-props': JSON.stringify(props) }, children),
  ]),
);

const html = (code: string) => renderToStaticMarkup(createElement(getMDXComponent(code), { components }));

describe('compileBody (a long-tail briefing compiled on its first request)', () => {
  // What contentlayer compiled last: all four under `npm run dev` or
  // contentlayer alone, the newest of each language after the e2e build.
  it('has real briefings to compare, in every language', () => {
    expect(new Set(allBriefings.map((b) => b.locale)).size).toBe(locales.length);
  });

  it.each(allBriefings.map((b) => [b._id, b] as const))('renders %s exactly as contentlayer compiled it', (_id, b) => {
    const ours = html(compileBody(b.body.raw));
    expect(ours).toBe(html(b.body.code));
    // …with the page's heading ids and anchors (rehype plugins run in both).
    expect(ours).toMatch(/<h2 id="[^"]+">.*<a[^>]* class="anchor"/);
  });

  it('passes JSX attributes and expressions through', () => {
    const code = compileBody('# Title\n\n<Quote by="A. Writer" role={"editor"}>Words, {1 + 1}.</Quote>\n');
    expect(html(code)).toBe(
      '<h1 id="title">Title<a class="anchor" aria-hidden="true" tabindex="-1" href="#title"><span class="icon icon-link"></span></a></h1>\n' +
        '<x-quote data-props="{&quot;by&quot;:&quot;A. Writer&quot;,&quot;role&quot;:&quot;editor&quot;}">Words, 2.</x-quote>',
    );
  });

  it('throws on MDX that does not compile (the content check refuses it first)', () => {
    expect(() => compileBody('<Quote by="x">never closed\n')).toThrow();
  });
});
