import { join } from 'node:path';
import { PROJECT_ROOT, projectCopy, type ProjectCopy } from '../../scripts/support/project-copy';

/**
 * The fixture site: invented briefings in both languages
 * (tests/fixtures/site/content/), which the end-to-end tests build and serve
 * instead of the real content/, so that renaming or rewriting a real
 * briefing breaks no test. Every slug and text a test relies on is named
 * here, once. Only tests/smoke/real-content.test.ts looks at the real content.
 */
export const FIXTURE_CONTENT = join(PROJECT_ROOT, 'tests/fixtures/site/content');

/** The drawn test pattern (tests/fixtures/images/README.md), served as the lead image of IMAGE_SLUG. */
export const FIXTURE_IMAGE_SRC = '/images/fixture-lead.jpg';
const FIXTURE_IMAGE = join(PROJECT_ROOT, 'tests/fixtures/images/lead.jpg');

/** Where tests/e2e/global-setup.ts builds the fixture site (git-ignored), and where its `.next` is read. */
export const E2E_SITE_DIR = join(PROJECT_ROOT, '.e2e', 'site');

/**
 * A copy of the project whose content/ is the fixture site. `name` gives it
 * a fixed folder under .e2e/ (the e2e build); without it, a fresh one (the
 * tests that change content and rebuild). The caller removes it.
 */
export function fixtureSiteCopy(name?: string): ProjectCopy {
  return projectCopy({ under: '.e2e', name, prefix: 'fixture-', content: FIXTURE_CONTENT, files: { [join('public', FIXTURE_IMAGE_SRC)]: FIXTURE_IMAGE } });
}

/**
 * The newest twin: prerendered by the e2e build (MAWJAZ_PRERENDER_NEWEST=1),
 * signed by the desk, with key points, a timeline, a callout, one source
 * cited by its day only, and an Arabic title ending in a Latin name with
 * digits ("… إنفيديا X900").
 */
export const LEAD = {
  slug: 'fixture-china-approves-nvidia-x900',
  date: '2026-01-28',
  title: { ar: 'إيجاز تجريبي: الصين توافق على استيراد أول دفعة من رقائق إنفيديا X900', en: 'Fixture: China approves imports of Nvidia’s X900 chips' },
  /** The end of the Arabic title, Latin and digits. */
  arTitleEnd: 'إنفيديا X900',
  source: { ar: 'وكالة الاختبار', en: 'Fixture Wire (Arabic service)' },
  citation: { ar: 'وكالة الاختبار، 28 يناير 2026', en: 'Fixture Wire (Arabic service), 28 January 2026' },
  topics: ['semiconductors', 'artificial-intelligence', 'china', 'us-china'],
  /** The Latin name with digits the lead and the tail write inside Arabic (isolated in <bdi>). */
  latinName: 'X900',
} as const;

/** The second newest twin: the long tail (rendered on its first request), the lead's older neighbour. */
export const TAIL = {
  slug: 'fixture-x900-flashpoint',
  /** Its slug in capitals: no such briefing (slugs are lower case). */
  upperSlug: 'FIXTURE-X900-FLASHPOINT',
} as const;

/** A topic the lead and the tail share, with a page and feeds in both languages. */
export const TOPIC = 'semiconductors';
/** A topic with more than one page of briefings in both languages: its page 2 has the "topic, page 2" heading. */
export const PAGED_TOPIC = 'trade';
/** A topic of the lead only. */
export const LEAD_ONLY_TOPIC = 'china';
/** The desk that signs most fixture briefings. */
export const DESK = 'mawjaz-desk';
/** An invented reporter, who signs IMAGE_SLUG with the desk. */
export const PERSON = 'sam-sample';

/** Corrected after publication; exact times; a quotation; a report cited by headline, date and address. */
export const CORRECTED = {
  slug: 'fixture-corrected-grain-silo',
  date: '2026-01-20T14:05+03:00',
  correction: '2026-01-21T09:30+03:00',
  text: { ar: 'ذكرت نسخة سابقة من هذا الإيجاز التجريبي سعة خاطئة للصومعة.', en: 'An earlier version of this fixture gave the wrong capacity for the silo.' },
} as const;

/** A lead image with caption and credit, a <Figure> in the text, an `updated` time and two authors. */
export const IMAGE_SLUG = 'fixture-lead-image-lighthouse';
/** Written in Arabic first: the English version has `translationOf`. */
export const TRANSLATED_SLUG = 'fixture-translated-tide-tables';
/** In English only. */
export const EN_ONLY_SLUG = 'fixture-en-only-wind-survey';
/** In Arabic only. */
export const AR_ONLY_SLUG = 'fixture-ar-only-fish-market';
/** Dated 2099 in both languages: on no page, a 404 until then. */
export const SCHEDULED_SLUG = 'fixture-scheduled-2099';
/** Published in Arabic; its English version is a draft. */
export const DRAFT_TWIN_SLUG = 'fixture-draft-twin';
/** The eight filler twins of 2025 that make the long tail and the archive's second page. */
export const FILLER_SLUGS = ['north', 'south', 'east', 'west', 'river', 'island', 'old', 'new'].map((q) => `fixture-harbour-${q}-quay`);
/**
 * Three English fillers saved as Windows editors save them: with CRLF line
 * ends, with a byte-order mark, and with both (kept so by .gitattributes).
 * The site must read them exactly as their LF text (issue 19: CRLF passed
 * the check, then stopped the build with a stack).
 */
export const SAVED_ON_WINDOWS = { crlf: 'fixture-harbour-north-quay', bom: 'fixture-harbour-south-quay', 'crlf and a bom': 'fixture-harbour-east-quay' } as const;
/** The newsroom pages the footer and the publisher's JSON-LD link to (their slugs are the code's, not the content's). */
export const NEWSROOM_PAGES = ['about', 'standards', 'corrections-policy'] as const;

/**
 * The live briefing (both languages): 23 invented updates, newest first,
 * three key events (23, 12, 3) and one breaking (23); the oldest briefing of
 * the site, so that it changes no other list's lead. Its coverage ends in
 * 2098: live on the real clock, ended on a faked one
 * (tests/e2e/live-briefings.test.ts), from the one build.
 */
export const LIVE = {
  slug: 'fixture-live-storm',
  topic: 'trade',
  updates: 23,
  keyEvents: ['update-23', 'update-12', 'update-03'],
  lastUpdate: '2025-10-20T13:40:00+03:00',
  start: '2025-10-20T06:00:00+03:00',
  end: '2098-06-01T12:00:00+03:00',
} as const;

/**
 * A Riyadh day with two timed briefings in each language: one written at
 * 22:30 UTC the day before (01:30 in Riyadh), one at noon. Its Daily Brief
 * lists the noon one first; the UTC date of the dawn one has no edition.
 */
export const DIGEST_DAY = {
  day: '2026-01-12',
  /** Newest first, as the edition lists them. */
  slugs: ['fixture-digest-noon-tide', 'fixture-digest-dawn-tide'],
  /** The dawn briefing's date in UTC: no briefing there in Riyadh time. */
  utcDayBefore: '2026-01-11',
} as const;

/** The slugs of the published briefings of a language (the scheduled one and the English draft left out). */
export function publishedSlugs(locale: string): string[] {
  const both = [LEAD.slug, TAIL.slug, CORRECTED.slug, IMAGE_SLUG, TRANSLATED_SLUG, ...FILLER_SLUGS, LIVE.slug, ...DIGEST_DAY.slugs];
  return locale === 'ar' ? [...both, AR_ONLY_SLUG, DRAFT_TWIN_SLUG] : locale === 'en' ? [...both, EN_ONLY_SLUG] : [];
}

/** How many briefings of each language are published. */
export const PUBLISHED_COUNT = { ar: publishedSlugs('ar').length, en: publishedSlugs('en').length } as const;
