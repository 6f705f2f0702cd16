// @ts-check
/**
 * Takes Next's client runtime out of a rendered page.
 *
 * Every page of the site is server-rendered HTML with no client component
 * of ours (tests/e2e/budgets.test.ts keeps the allow-list empty), yet the
 * App Router sends each one ~141 kB of React and router code, plus the
 * page again as an inline React Server Components payload (a third of a
 * briefing's HTML), only to hydrate markup that has nothing to do. Next
 * has no switch to leave it off a page (vercel/next.js#45009). Since
 * issue 20 the guarantee is lib/html/strip-runtime.mjs (a parser, at build
 * time and when the cache handler stores a page); the front (./front.mjs)
 * still runs this on every HTML response, which now only changes pages
 * rendered per request (search), until the serving layer replaces it. What a reader loses is the client router: links are ordinary
 * navigations, of a page that is a few kB with its CSS and fonts cached.
 *
 * Removed: scripts loaded from /_next/static/ and their preloads, the
 * Turbopack bootstrap, and the `self.__next_f` payload chunks. Kept:
 * everything else, JSON-LD included. A page that streams a Suspense
 * boundary needs React's inline scripts to show its content, so one that
 * has any is left whole; so is one with a script this file does not know.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")(?=[^>]*\bhref="\/_next\/static\/)[^>]*\/?>/g;
/** React's streaming: a boundary's content arrives hidden, and an inline script moves it into place. */
const STREAMED = /<div hidden id="S:|\$RC\(|\$RS\(|\$RX\(/;

/** What the build emits as runtime, by a script's attributes and inline text. */
function isRuntime(attributes, text) {
  if (/\bsrc="\/_next\/static\//.test(attributes)) return true;
  if (/\bsrc=/.test(attributes)) return false;
  const code = text.trimStart();
  return code.startsWith('self.__next_f') || code.startsWith('(self.__next_f') || code.startsWith('(globalThis["TURBOPACK"]');
}

/** Data, not code: browsers never run it. */
const isData = (attributes) => /\btype="application\/(?:ld\+)?json"/.test(attributes);

/**
 * Pure: `html` without Next's client runtime, or null when it has none, or
 * when removing it could change what the page shows (see above).
 * @param {string} html
 * @returns {string | null}
 */
export function withoutClientRuntime(html) {
  if (!html.includes('/_next/static/') && !html.includes('self.__next_f')) return null;
  if (STREAMED.test(html)) return null;
  let unknown = false;
  const stripped = html.replace(SCRIPT, (tag, attributes, text) => {
    if (isData(attributes)) return tag;
    if (isRuntime(attributes, text)) return '';
    unknown = true;
    return tag;
  });
  if (unknown) return null;
  return stripped.replace(SCRIPT_PRELOAD, '');
}
