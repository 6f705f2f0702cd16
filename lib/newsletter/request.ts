/**
 * Pure checks of a form post's headers.
 */

/**
 * Whether a state-changing POST comes from the site's own pages: its Origin
 * (or, when a browser sent none, its Referer) must be the site's public
 * origin or the origin the request was addressed to (its Host). A page on
 * another site cannot pass either.
 */
export function originAllowed(headers: Headers, siteBase: string): boolean {
  const sent = headers.get('origin') ?? refererOrigin(headers.get('referer'));
  if (!sent || sent === 'null') return false;
  const allowed = new Set([new URL(siteBase).origin]);
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (host) {
    const proto = (headers.get('x-forwarded-proto') ?? 'http').split(',')[0]!.trim();
    allowed.add(`${proto}://${host}`);
    // Behind a TLS-terminating proxy that sends no X-Forwarded-Proto.
    allowed.add(`https://${host}`);
  }
  return allowed.has(sent);
}

function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/**
 * Who is posting, for the per-client limit: the last X-Forwarded-For entry,
 * the address the nearest proxy (nginx, or Next's own server) saw, which a
 * client cannot forge; X-Real-IP when no list is there.
 */
export function clientKey(headers: Headers): string {
  const list = headers.get('x-forwarded-for');
  const last = list
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? headers.get('x-real-ip') ?? 'unknown';
}
