import { changedSince, type PushManifest } from './manifest';
import type { PushState } from './state';

/**
 * The two announcements after a deploy, as functions of the manifests and a
 * `fetch`: what they send, and the state to keep afterwards. Only what was
 * accepted is recorded, so a failed ping is sent again by the next deploy.
 */

type Fetch = typeof fetch;
export type Outcome = { sent: string[]; failed: { what: string; why: string }[]; state: PushState };

/**
 * WebSub publish notifications: one POST per changed feed to the hub,
 * `hub.mode=publish&hub.url=<feed>` (form-encoded, as the hubs in use
 * accept it; https://www.w3.org/TR/websub/#publishing leaves the form to
 * the hub). A 2xx is accepted.
 */
export async function pingHub(manifest: PushManifest, state: PushState, hub: string, fetchImpl: Fetch = fetch): Promise<Outcome> {
  const changed = changedSince(manifest.feeds, state.feeds);
  const feeds = { ...(state.feeds ?? {}) };
  // Feeds gone since (a topic emptied) are forgotten.
  for (const key of Object.keys(feeds)) if (!(key in manifest.feeds)) delete feeds[key];
  const sent: string[] = [];
  const failed: Outcome['failed'] = [];
  for (const feed of changed) {
    try {
      const res = await fetchImpl(hub, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feed }).toString(),
        signal: AbortSignal.timeout(15_000),
      });
      if (res.ok) {
        feeds[feed] = manifest.feeds[feed]!;
        sent.push(feed);
      } else failed.push({ what: feed, why: `${res.status} ${res.statusText}` });
    } catch (error) {
      failed.push({ what: feed, why: (error as Error).message });
    }
  }
  return { sent, failed, state: { ...state, feeds } };
}

/** An IndexNow key: 8 to 128 letters, digits and hyphens (https://www.indexnow.org/documentation). */
export const INDEXNOW_KEY_PATTERN = /^[a-zA-Z0-9-]{8,128}$/;
/** IndexNow takes at most 10,000 URLs per request. */
export const INDEXNOW_MAX_URLS = 10_000;
/** Where the site serves its key (app/indexnow.txt/route.ts). */
export const INDEXNOW_KEY_PATH = '/indexnow.txt';

/**
 * One IndexNow submission of every changed page URL, as JSON to `endpoint`
 * (`{ host, key, keyLocation, urlList }`); 200 and 202 are accepted. More
 * than 10,000 changed URLs (a first deploy of a large archive): the newest
 * 10,000 by the manifest's order are sent and the rest wait for the next deploy.
 */
export async function submitIndexNow(manifest: PushManifest, state: PushState, endpoint: string, key: string, fetchImpl: Fetch = fetch): Promise<Outcome> {
  const changed = changedSince(manifest.urls, state.urls).slice(0, INDEXNOW_MAX_URLS);
  const urls = Object.fromEntries(Object.entries(state.urls ?? {}).filter(([k]) => k in manifest.urls));
  if (changed.length === 0) return { sent: [], failed: [], state: { ...state, urls } };
  const site = new URL(manifest.site);
  try {
    const res = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ host: site.host, key, keyLocation: new URL(INDEXNOW_KEY_PATH, site).href, urlList: changed }),
      signal: AbortSignal.timeout(30_000),
    });
    if (res.status !== 200 && res.status !== 202) return { sent: [], failed: [{ what: endpoint, why: `${res.status} ${res.statusText}` }], state: { ...state, urls } };
  } catch (error) {
    return { sent: [], failed: [{ what: endpoint, why: (error as Error).message }], state: { ...state, urls } };
  }
  for (const url of changed) urls[url] = manifest.urls[url]!;
  return { sent: changed, failed: [], state: { ...state, urls } };
}
