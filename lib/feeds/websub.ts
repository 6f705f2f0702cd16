/**
 * WebSub (W3C, https://www.w3.org/TR/websub/): every feed names its hub and
 * itself, in the feed (`<atom:link rel="hub">`/`rel="self"`, JSON Feed
 * `hubs`) and in the response's `Link` header, so a feed reader subscribes
 * at the hub and is told of a new entry the moment `npm run feeds:ping`
 * (scripts/feeds-ping.ts) notifies the hub after a deploy.
 */

/** A public hub anyone may publish to; WEBSUB_HUB_URL names another. */
export const DEFAULT_WEBSUB_HUB = 'https://pubsubhubbub.appspot.com/';

/** The hub feeds name: WEBSUB_HUB_URL when it is an http(s) URL, else the default. Read when the feeds are built. */
export function websubHub(env: Record<string, string | undefined> = process.env): string {
  const value = env.WEBSUB_HUB_URL?.trim();
  if (!value) return DEFAULT_WEBSUB_HUB;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // not a URL: said below, so the build stops with the setting named
  }
  throw new Error(`WEBSUB_HUB_URL "${value}" is not an http(s) URL`);
}

/** The `Link` header of a feed response: its hub and itself (RFC 8288). */
export function feedLinkHeader(self: string, hub: string): string {
  return `<${hub}>; rel="hub", <${self}>; rel="self"`;
}
