import { locales, type Locale } from '../../i18n/locales';
import { laterPageParam } from './page-params';

/**
 * The URLs whose pages render on their first request rather than at build
 * time: an older briefing (and its share image), and the later pages of the
 * archive and of a topic. Their routes take any parameter (dynamicParams),
 * and notFound() there answers with an empty error shell instead of the page
 * (vercel/next.js#62228), which Next would cache. So the proxy looks each one
 * up first and sends an unknown one to the localized 404, as every other
 * unknown URL gets.
 */
export type OnDemandPath =
  | { kind: 'briefing'; locale: Locale; slug: string }
  | { kind: 'archive'; locale: Locale; page: number | null }
  | { kind: 'topic'; locale: Locale; topic: string; page: number | null }
  /** A later page of a live briefing's updates, and a live briefing's feed (both only for live briefings). */
  | { kind: 'liveUpdates'; locale: Locale; slug: string; page: number | null }
  | { kind: 'liveFeed'; locale: Locale; slug: string }
  /** A day's Daily Brief edition, as a page or as its .txt. */
  | { kind: 'edition'; locale: Locale; day: string };

const L = locales.join('|');
const briefing = new RegExp(`^/(${L})/briefings/([^/]+)(?:/share-image/[^/]+)?/?$`);
const liveUpdates = new RegExp(`^/(${L})/briefings/([^/]+)/updates/([^/]+)/?$`);
const liveFeed = new RegExp(`^/(${L})/briefings/([^/]+)/atom\\.xml$`);
const archive = new RegExp(`^/(${L})/archive/([^/]+)/?$`);
const topic = new RegExp(`^/(${L})/topics/([^/]+)/([^/]+)/?$`);
const edition = new RegExp(`^/(${L})/digest/([^/]+?)(?:\\.txt)?/?$`);
/** Routes beside app/[locale]/digest/[day]: not days. */
const digestSiblings = new Set(['feed.xml', 'atom.xml', 'feed.json']);
/** Routes beside app/[locale]/topics/[topic]/[page]: not page numbers. */
const topicSiblings = new Set(['share-image', 'feed.xml', 'atom.xml', 'feed.json']);

/**
 * Pure: which on-demand page a path names, with its parameters decoded, or
 * null for any other path. A page number that is not one (`02`, `x`) is
 * `page: null`: nothing exists there.
 */
export function onDemandPath(pathname: string): OnDemandPath | null {
  let m = briefing.exec(pathname);
  if (m) return { kind: 'briefing', locale: m[1] as Locale, slug: decodeURIComponent(m[2]!) };
  m = liveUpdates.exec(pathname);
  if (m) return { kind: 'liveUpdates', locale: m[1] as Locale, slug: decodeURIComponent(m[2]!), page: laterPageParam(m[3]!) };
  m = liveFeed.exec(pathname);
  if (m) return { kind: 'liveFeed', locale: m[1] as Locale, slug: decodeURIComponent(m[2]!) };
  m = archive.exec(pathname);
  if (m) return { kind: 'archive', locale: m[1] as Locale, page: laterPageParam(m[2]!) };
  m = topic.exec(pathname);
  if (m && !topicSiblings.has(m[3]!)) return { kind: 'topic', locale: m[1] as Locale, topic: decodeURIComponent(m[2]!), page: laterPageParam(m[3]!) };
  m = edition.exec(pathname);
  if (m && !digestSiblings.has(m[2]!)) return { kind: 'edition', locale: m[1] as Locale, day: m[2]! };
  return null;
}
