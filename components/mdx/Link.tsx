import type { AnchorHTMLAttributes } from 'react';
import { externalLinkRel } from '@/lib/http/external-link';
import { modeHref } from '@/lib/routing/request-mode';
import { siteUrl } from '@/lib/site/url';
import type { MdxContext } from './context';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { context: MdxContext };

/**
 * Every link in a briefing's body. Links off the site get
 * `rel="noopener noreferrer"`: the other site learns nothing of the page
 * the reader came from and gets no handle on it. On the page, `dir="auto"`
 * isolates the link's words from the sentence around them: a Latin name
 * linked in Arabic text keeps its order, and a number after it stays
 * outside it. In a feed, every address is absolute, and the heading anchors
 * (rehype-autolink-headings' empty links to `#id`,
 * lib/content/mdx-options.ts) are dropped: noise in a feed reader.
 */
export function Link({ href, rel, context, ...rest }: Props) {
  if (context.variant === 'feed') {
    if (
      String(rest.className ?? '')
        .split(' ')
        .includes('anchor')
    )
      return null;
    const { className: _className, ...props } = rest;
    return <a href={href ? context.url(href) : undefined} {...props} />;
  }
  // A link to another page of the site keeps lite mode (lib/routing/lite.ts).
  const local = href?.startsWith('/') && !href.startsWith('//') ? modeHref(href) : href;
  return <a href={local} rel={externalLinkRel(href, rel, siteUrl())} dir="auto" {...rest} />;
}
