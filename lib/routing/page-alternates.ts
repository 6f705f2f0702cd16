import { locales, type Locale } from '@/i18n/locales';
import { alternatesIn, briefingAlternates, everywhere, type Alternate } from './alternates';
import { getArchivePageCount, getBriefingLocales, getSitePageLocales, getTopicLocales, getTopicPageCount, type Briefing } from '../content';
import { paths } from './paths';
import { getEditionDays } from '../digest';

/**
 * Each kind of page, in every language where it really exists. The
 * switcher, hreflang and the sitemap all read these, so they cannot
 * disagree about which twins exist.
 */
export const pageAlternates = {
  home: (): Alternate[] => everywhere(paths.home),
  topics: (): Alternate[] => everywhere(paths.topics),
  archive: (page: number): Alternate[] =>
    alternatesIn(
      (l) => paths.archive(l, page),
      locales.filter((l) => getArchivePageCount(l) >= page),
    ),
  topic: (topicId: string, page = 1): Alternate[] =>
    alternatesIn(
      (l) => paths.topic(l, topicId, page),
      getTopicLocales(topicId).filter((l: Locale) => getTopicPageCount(l, topicId) >= page),
    ),
  briefing: (briefing: Briefing): Alternate[] => briefingAlternates(briefing.slug, getBriefingLocales(briefing)),
  /** An author's page: every author has a name and bio in every language. */
  author: (id: string): Alternate[] => everywhere((l) => paths.author(l, id)),
  corrections: (): Alternate[] => everywhere(paths.corrections),
  /** The latest edition of the Daily Brief, in the languages that have one. */
  digest: (): Alternate[] =>
    alternatesIn(
      paths.digest,
      locales.filter((l) => getEditionDays(l).length > 0),
    ),
  /** One day's edition, in the languages that have briefings that day. */
  edition: (day: string): Alternate[] =>
    alternatesIn(
      (l) => paths.edition(l, day),
      locales.filter((l) => getEditionDays(l).includes(day)),
    ),
  /** A site page, in the languages it is written in. */
  sitePage: (slug: string): Alternate[] => alternatesIn((l) => paths.sitePage(l, slug), getSitePageLocales(slug)),
};
