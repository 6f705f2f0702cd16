import { locales, type Locale } from '@/i18n/locales';
import { getBriefings } from './lists';
import { countByTopic, visibleIn, type Visibility } from './select';
import { readBriefings, readTopicList, type Briefing } from './build-files';

/** The topics of content/topics.yaml and the visible briefings on each (re-exported by ./index.ts). */

export type Topic = { id: string; label: Record<Locale, string> };
export type TopicCount = Topic & { count: number };

export function getTopics(): Topic[] {
  return readTopicList().topics.map((t) => ({ id: t.id, label: t.label as Record<Locale, string> }));
}

export function getTopic(id: string): Topic | null {
  return getTopics().find((t) => t.id === id) ?? null;
}

/** A briefing's topics, in its order (every id is checked at build time). */
export function getTopicsOf(briefing: Briefing): Topic[] {
  return briefing.topics.map(getTopic).filter((t): t is Topic => t !== null);
}

const topicCache = new WeakMap<Briefing[], Map<string, Briefing[]>>();

/** One language's visible briefings on a topic, newest first. */
export function getBriefingsByTopic(locale: Locale, topicId: string): Briefing[] {
  const all = getBriefings(locale);
  let byTopic = topicCache.get(all);
  if (!byTopic) {
    byTopic = new Map();
    for (const b of all) {
      for (const t of new Set(b.topics)) {
        const list = byTopic.get(t);
        if (list) list.push(b);
        else byTopic.set(t, [b]);
      }
    }
    topicCache.set(all, byTopic);
  }
  return byTopic.get(topicId) ?? [];
}

/** Every topic, in the order of topics.yaml, with its count in one language. */
export function getTopicCounts(locale: Locale): TopicCount[] {
  const topics = getTopics();
  const counts = countByTopic(getBriefings(locale), topics.map((t) => t.id));
  return topics.map((t) => ({ ...t, count: counts.get(t.id) ?? 0 }));
}

/**
 * The languages a topic page exists in: those where it has briefings. A
 * topic with none in a language has no page there (and no feed), so no
 * link, hreflang or sitemap entry can point at an empty page.
 */
export function getTopicLocales(topicId: string): Locale[] {
  return locales.filter((l) => getBriefingsByTopic(l, topicId).length > 0);
}

/**
 * Every topic page of the site: each topic in each language where it has
 * briefings. Topic pages, their feeds, share images and the sitemap all
 * list exactly these.
 */
export function getTopicPages(): { locale: Locale; topic: Topic }[] {
  return getTopics().flatMap((topic) => getTopicLocales(topic.id).map((locale) => ({ locale, topic })));
}

/**
 * The topic pages a build prerenders: those with briefings now, and those a
 * scheduled briefing will open. Topic routes take no other parameter
 * (`dynamicParams = false`), so a topic whose first briefing in a language
 * is scheduled must be known at build: until the instant its page is the
 * 404, and the cache expires it then (lib/clock/schedule.mjs), so it is
 * rendered again, with the briefing, at the instant.
 */
export function getTopicPagesToBuild(): { locale: Locale; topic: Topic }[] {
  const all = readBriefings();
  // Every briefing that is or will be published: none is after the end of time.
  const eventually: Visibility = { now: Number.POSITIVE_INFINITY, preview: false };
  return getTopics().flatMap((topic) =>
    locales.filter((l) => visibleIn(all, l, eventually).some((b) => b.topics.includes(topic.id))).map((locale) => ({ locale, topic })),
  );
}
