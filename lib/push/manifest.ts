import { createHash } from 'node:crypto';
import { locales, type Locale } from '../../i18n/locales';
import { laterPages } from '../routing/page-params';
import { feedFormats, paths } from '../routing/paths';
import { absoluteUrl } from '../site/url';
import { updatePageCount, updatesOnPage } from '../content/live';
import { byDateDesc, modifiedInstant, publicationState } from '../content/select';
import type { Briefing } from '../content/build-files';

/**
 * What a build publishes, as hashes: every feed's URL with a hash of what
 * it lists, and every briefing page's URL with a hash of what it says. The
 * build writes it (scripts/content-build.ts → PUSH_MANIFEST); after a
 * deploy, `npm run feeds:ping` and `npm run indexnow` compare it with the
 * one of the last deployed build (./state.ts) and tell WebSub hubs and
 * IndexNow exactly what changed. Drafts and briefings scheduled after the
 * build are in neither: nothing is announced before it is out.
 *
 * Derived from the metadata index, not from the rendered files: the same
 * content gives the same hashes whatever the build's clock or file dates,
 * and a build that changes nothing announces nothing.
 */
export const PUSH_MANIFEST = '.contentlayer/mawjaz/push-manifest.json';

export type PushManifest = {
  /** The site's origin the URLs are on. */
  site: string;
  builtAt: number;
  /** Feed URL → hash of its entries. */
  feeds: Record<string, string>;
  /** Page URL → hash of what the page says. */
  urls: Record<string, string>;
};

/** Items per feed (lib/content's FEED_LIMIT; repeated so this module stays free of the pages' queries). */
export const FEED_ITEMS = 20;

type Entry = Pick<Briefing, 'locale' | 'slug' | 'title' | 'summary' | 'date' | 'updated' | 'draft' | 'topics' | 'digest' | 'corrections' | 'live' | 'updates'>;

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** What a reader or a crawler sees change in a briefing. */
function fingerprint(b: Entry): unknown {
  return [b.slug, b.title, b.summary, b.digest, modifiedInstant(b), b.corrections?.map((c) => [c.date, c.text]) ?? [], b.live ?? null, b.updates?.map((u) => u.id) ?? []];
}

/** Pure: the manifest of a build, from its metadata index, at `now` (what is published then). */
export function pushManifestOf(index: readonly Entry[], site: string, now: number): PushManifest {
  const visible = index.filter((b) => publicationState(b, now) === 'published').sort(byDateDesc);
  const feeds: Record<string, string> = {};
  const urls: Record<string, string> = {};
  const url = (path: string) => absoluteUrl(path, site);
  for (const locale of locales) {
    const mine = visible.filter((b) => b.locale === locale);
    const scopes: { topic?: string; list: Entry[] }[] = [{ list: mine }];
    for (const topic of [...new Set(mine.flatMap((b) => b.topics))].sort()) scopes.push({ topic, list: mine.filter((b) => b.topics.includes(topic)) });
    for (const { topic, list } of scopes) {
      const h = hash(list.slice(0, FEED_ITEMS).map(fingerprint));
      for (const format of feedFormats) feeds[url(paths.feed({ locale: locale as Locale, ...(topic ? { topic } : {}) }, format))] = h;
    }
    for (const b of mine) {
      urls[url(paths.briefing(locale, b.slug))] = hash(fingerprint(b));
      if (!b.live) continue;
      feeds[url(paths.liveFeed(locale, b.slug))] = hash(b.updates.map((u) => [u.id, u.time, u.text]));
      for (const page of laterPages(updatePageCount(b.updates.length))) {
        urls[url(paths.liveUpdates(locale, b.slug, page))] = hash(updatesOnPage(b.updates, page)!.map((u) => [u.id, u.text]));
      }
    }
  }
  return { site, builtAt: now, feeds, urls };
}

/** Pure: the keys of `now` whose hash is new or differs from `before`, sorted. */
export function changedSince(now: Record<string, string>, before: Record<string, string> | undefined): string[] {
  return Object.keys(now)
    .filter((k) => before?.[k] !== now[k])
    .sort();
}
