import { evaluate } from '@mdx-js/mdx';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from './index';

/** A Markdown body through MDX with the editors' component map. */
async function render(markdown: string): Promise<string> {
  const { default: Body } = await evaluate(markdown, { ...runtime, baseUrl: import.meta.url });
  return renderToStaticMarkup(<Body components={mdxComponents({ locale: 'en', labels: { keyPoints: 'What to know', timeline: 'Timeline' }, variant: 'page', url: (href) => href })} />);
}

describe('links in a briefing body', () => {
  it('gives links to other sites rel="noopener noreferrer"', async () => {
    // Markdown links, inline and by reference. (A JSX <a> written in MDX is
    // not mapped by MDX's component map.)
    const html = await render('Per [Reuters](https://www.reuters.com/world/china/x) and [AP][ap].\n\n[ap]: https://example.org');
    expect(html).toContain('<a href="https://www.reuters.com/world/china/x" rel="noopener noreferrer" dir="auto">Reuters</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer" dir="auto">AP</a>');
  });

  it('leaves links within the site alone', async () => {
    const html = await render('See [the topic](/en/topics/china) and [the section](#timeline).');
    expect(html).toContain('<a href="/en/topics/china" dir="auto">the topic</a>');
    expect(html).toContain('<a href="#timeline" dir="auto">the section</a>');
  });
});
