import type { AnchorHTMLAttributes } from 'react';
import { externalLinkRel } from '@/lib/http/external-link';
import { siteUrl } from '@/lib/site/url';

type Props = AnchorHTMLAttributes<HTMLAnchorElement>;

/**
 * Every link in a briefing's body. Links off the site get
 * `rel="noopener noreferrer"`: the other site learns nothing of the page
 * the reader came from and gets no handle on it. `dir="auto"` isolates the
 * link's words from the sentence around them: a Latin name linked in
 * Arabic text keeps its order, and a number after it stays outside it.
 */
export function Link({ href, rel, ...rest }: Props) {
  return <a href={href} rel={externalLinkRel(href, rel, siteUrl())} dir="auto" {...rest} />;
}
