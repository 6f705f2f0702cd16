/**
 * True when a URL path cannot be percent-decoded (`%ZZ`, a lone `%`, or bytes
 * that are not UTF-8 such as `%C0%AF`). Such paths get a 400 from the proxy;
 * left alone, Next answers them with a 500.
 */
export function isMalformedPath(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
