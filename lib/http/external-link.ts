const EXTERNAL_REL = ['noopener', 'noreferrer'];

/**
 * The rel of a link in editors' content: links to another origin get
 * `noopener noreferrer` added to whatever rel they had; links within the
 * site (relative, or absolute to `site`), fragments and mailto: keep theirs.
 * Returns undefined for no rel at all.
 */
export function externalLinkRel(href: string | undefined, rel: string | undefined, site: string): string | undefined {
  const own = (rel ?? '').split(/\s+/).filter(Boolean);
  if (!href || !/^(?:https?:)?\/\//i.test(href.trim())) return own.length ? own.join(' ') : undefined;
  let origin: string;
  try {
    origin = new URL(href.trim(), site).origin;
  } catch {
    return own.length ? own.join(' ') : undefined;
  }
  if (origin === new URL(site).origin) return own.length ? own.join(' ') : undefined;
  return [...own, ...EXTERNAL_REL.filter((r) => !own.includes(r))].join(' ');
}
