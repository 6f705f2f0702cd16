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

/** Percent-encoded unreserved characters (RFC 3986, 2.3): the same URL as the character itself. */
const ENCODED_UNRESERVED = /%(4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|3[0-9]|2D|5F|7E)/gi;

/**
 * The normal form of a path whose percent-encoding only spells unreserved
 * characters (RFC 3986, 6.2.2.2: `/%65n` is `/en`), or null when it is
 * already normal. Such a path reached next-intl as the locale it decodes to,
 * which answered a public 200 with a Set-Cookie (issue 20); it is
 * redirected to its normal form instead, which is cached as the page is.
 * A dot spelled `%2E` is left as it is (and gets the 404): decoded, it
 * could make a `.` or `..` segment out of a name.
 */
export function normalPath(pathname: string): string | null {
  if (!pathname.includes('%')) return null;
  const normal = pathname.replace(ENCODED_UNRESERVED, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
  return normal === pathname ? null : normal;
}
