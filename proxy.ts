import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Redirects `/` and unprefixed paths to a locale: the NEXT_LOCALE cookie
 * first, then Accept-Language, else Arabic. Locale-prefixed pages never pass
 * through here — the matcher below keeps the proxy off them, since running it
 * on every request costs most of the server's throughput.
 */
export default createMiddleware(routing);

export const config = {
  // Next reads this statically, so it cannot be built from the locale table;
  // lib/routing-matcher.test.ts checks that it names every locale.
  matcher: ['/', '/((?!(?:ar|en)(?:/|$)|_next/|_vercel/|api/|.*\\.[^/]*$).*)'],
};
