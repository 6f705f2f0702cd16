import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales as siteLocales, type Locale } from '../../i18n/locales';
import { BRIEFINGS_DIR, textLimits, TOPICS_FILE } from '../../lib/content/schema';
import { visibleLength } from '../../lib/content/text';
import { parseTopicsFile } from '../../lib/content/topics-file';
import { COUNTRIES, CITIES, ORGS, PRODUCTS, SECTORS, PEOPLE, ROLES, SOURCES } from './synthetic-terms';
import { type Story, slotsFor, fill, capitalise, TITLES, SUMMARIES, HEADINGS, KEY_POINTS, SENTENCES, TIMELINE_EVENTS, CALLOUTS, QUOTES } from './synthetic-phrases';
import { pickFrom, streamFor } from './synthetic-random';

/**
 * Made-up but realistic briefings for benchmarks: n slugs, each written in
 * every language of i18n/locales.ts, with frontmatter that satisfies
 * lib/content/schema.ts and bodies of about 400–700 words that use the
 * editors' components (KeyPoints, Timeline/Event, Callout, Quote), headings,
 * <bdi> around Latin names inside Arabic, and links-free prose drawn from a
 * varied vocabulary. The twins of a slug tell the same story (same entities,
 * numbers, date, topics and sources) in each language.
 *
 * Pure and deterministic: the same (index, locale, options) always gives the
 * same file, so numbers from different runs compare. Never write these into
 * content/: writeSyntheticContent is for a temporary copy of the project
 * (scripts/support/project-copy.ts). tests/ may import this file; it must
 * not import tests/.
 */

export type SyntheticOptions = {
  /** Topic ids to draw from (content/topics.yaml of the target copy). */
  topicIds: readonly string[];
  /** PRNG seed. */
  seed?: number;
  /** The newest publication date, YYYY-MM-DD; the oldest is `years` before it. */
  endDate?: string;
  /** How many years back the dates spread. */
  years?: number;
  /** Languages to write; every locale of the site by default. */
  locales?: readonly Locale[];
};

export type SyntheticBriefing = {
  locale: Locale;
  slug: string;
  /** Path relative to the project root: content/briefings/<locale>/<slug>.mdx. */
  path: string;
  date: string;
  words: number;
  mdx: string;
};

/** Fixed so that results are reproducible; writeSyntheticContent moves it back if the clock is earlier. */
export const DEFAULT_END_DATE = '2026-11-30';
export const DEFAULT_SEED = 20_260_128;

const DAY = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromDay = (d: string) => Date.parse(`${d}T00:00:00Z`);

/**
 * Spread evenly from `endDate` back over `years`, newest first by index, with
 * a little jitter, never after `endDate`.
 */
export function syntheticDate(index: number, slugCount: number, options: Pick<SyntheticOptions, 'endDate' | 'years' | 'seed'>): string {
  const end = fromDay(options.endDate ?? DEFAULT_END_DATE);
  const span = Math.round((options.years ?? 6) * 365);
  const base = Math.floor((index * span) / Math.max(1, slugCount));
  const jitter = Math.floor(streamFor(options.seed ?? DEFAULT_SEED, index, 1)() * 3);
  return toDay(end - Math.min(span, base + jitter) * DAY);
}

// ------------------------------------------------------------------ one briefing

function storyFor(index: number, seed: number): Story {
  const rnd = streamFor(seed, index, 0);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const country = int(0, COUNTRIES.length - 1);
  const org = int(0, ORGS.length - 1);
  return {
    country,
    country2: (country + int(1, COUNTRIES.length - 1)) % COUNTRIES.length,
    city: int(0, CITIES.length - 1),
    org,
    org2: (org + int(1, ORGS.length - 1)) % ORGS.length,
    product: pickFrom(rnd, PRODUCTS),
    sector: int(0, SECTORS.length - 1),
    person: int(0, PEOPLE.length - 1),
    role: int(0, ROLES.length - 1),
    pct: int(2, 48),
    pct2: int(1, 12),
    num: int(2, 90),
    share: int(10, 70),
    titleTemplate: int(0, TITLES.en.length - 1),
    summaryTemplate: int(0, SUMMARIES.en.length - 1),
  };
}

/** The slug: words of the English headline, kebab-cased, plus the index so every slug is unique. */
export function syntheticSlug(index: number, seed = DEFAULT_SEED): string {
  const story = storyFor(index, seed);
  const title = fill(TITLES.en[story.titleTemplate]!, slotsFor(story, 'en'), true);
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => !['the', 'a', 'an', 'of', 'for', 'to', 'as', 'in', 'and', 'its', 'on', 'with'].includes(w))
    .slice(0, 6);
  return `${words.join('-')}-${String(index).padStart(5, '0')}`;
}

const wordCount = (text: string) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

function truncateTo(text: string, limit: number): string {
  if (visibleLength(text) <= limit) return text;
  const words = text.split(' ');
  while (words.length > 1 && visibleLength(words.join(' ')) > limit) words.pop();
  return words.join(' ');
}

function topicsFor(index: number, seed: number, topicIds: readonly string[]): string[] {
  if (topicIds.length === 0) throw new Error('synthetic-briefings: no topic ids to draw from');
  const rnd = streamFor(seed, index, 2);
  const count = 1 + Math.floor(rnd() * Math.min(3, topicIds.length));
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(pickFrom(rnd, topicIds));
  return [...chosen];
}

function sourcesFor(index: number, seed: number, slug: string, date: string, locale: Locale): { name: string; url: string }[] {
  const rnd = streamFor(seed, index, 3);
  const count = 1 + Math.floor(rnd() * 2);
  const first = Math.floor(rnd() * SOURCES.length);
  return Array.from({ length: count }, (_, k) => {
    const s = SOURCES[(first + k * 3) % SOURCES.length]!;
    const section = pickFrom(rnd, s.sections);
    const path = slug.replace(/-\d+$/, '').split('-').slice(0, 5).join('-');
    return { name: locale === 'ar' ? s.ar : s.en, url: `https://${s.host}/${section}/${path}-${date}-${index}/` };
  });
}

const lang = (locale: Locale): 'en' | 'ar' => (locale === 'ar' ? 'ar' : 'en');

function body(index: number, seed: number, story: Story, locale: Locale, date: string): string {
  const L = lang(locale);
  const slots = slotsFor(story, locale);
  const rnd = streamFor(seed, index, 10 + siteLocales.indexOf(locale));
  const target = 400 + Math.floor(streamFor(seed, index, 4)() * 300);
  const sentences = [...SENTENCES[L]].sort(() => rnd() - 0.5);
  let cursor = 0;
  const nextSentence = () => fill(sentences[cursor++ % sentences.length]!, slots);
  const paragraph = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, nextSentence).join(' ');

  const parts: string[] = [];
  const points = [...KEY_POINTS[L]].sort(() => rnd() - 0.5).slice(0, 3 + Math.floor(rnd() * 3));
  parts.push('<KeyPoints>', ...points.map((p) => `- ${fill(p, slots)}`), '</KeyPoints>', '');

  const headings = [...HEADINGS[L]].sort(() => rnd() - 0.5);
  let h = 0;
  const section = (inner: string[] = []) => {
    parts.push(`## ${headings[h++ % headings.length]}`, '', paragraph(), '', ...inner);
  };

  section();
  if (rnd() < 0.6) {
    // Month-precision events before the briefing's date, oldest first.
    const end = fromDay(date);
    const events = TIMELINE_EVENTS[L].slice(0, 3 + Math.floor(rnd() * 3));
    parts.push('<Timeline>');
    events.forEach((e, k) => {
      const month = toDay(end - (events.length - k) * 35 * DAY).slice(0, 7);
      parts.push(`  <Event date="${month}">${fill(e, slots)}</Event>`);
    });
    parts.push('</Timeline>', '');
  }
  section();
  if (rnd() < 0.5) {
    const c = pickFrom(rnd, CALLOUTS[L]);
    parts.push(`<Callout title="${c.title}">`, fill(c.text, slots), '</Callout>', '');
  }
  let quoted = false;
  while (wordCount(parts.join(' ')) < target) {
    if (!quoted && rnd() < 0.3) {
      quoted = true;
      const [person, role] = [PEOPLE[story.person]![L === 'ar' ? 1 : 0], ROLES[story.role]![L === 'ar' ? 1 : 0]];
      parts.push(`<Quote by="${person}" role="${role}">`, pickFrom(rnd, QUOTES[L]), '</Quote>', '');
    }
    if (h < 5 && rnd() < 0.5) section();
    else parts.push(paragraph(), '');
  }
  return parts.join('\n');
}

/** One briefing in one language: pure. */
export function syntheticBriefing(index: number, slugCount: number, locale: Locale, options: SyntheticOptions): SyntheticBriefing {
  const seed = options.seed ?? DEFAULT_SEED;
  const story = storyFor(index, seed);
  const slots = slotsFor(story, locale);
  const L = lang(locale);
  const slug = syntheticSlug(index, seed);
  const date = syntheticDate(index, slugCount, options);
  let title = fill(TITLES[L][story.titleTemplate]!, slots, true);
  if (L === 'en') title = capitalise(title);
  const limits = { title: textLimits.title[locale], summary: textLimits.summary[locale] };
  title = truncateTo(title, limits.title);
  const summary = truncateTo(fill(SUMMARIES[L][story.summaryTemplate]!, slots, true), limits.summary);
  const topics = topicsFor(index, seed, options.topicIds);
  const sources = sourcesFor(index, seed, slug, date, locale);
  const text = body(index, seed, story, locale, date);
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(summary)}`,
    `date: ${date}`,
    `topics: [${topics.join(', ')}]`,
    'sources:',
    ...sources.flatMap((s) => [`  - name: ${JSON.stringify(s.name)}`, `    url: ${s.url}`]),
    '---',
    '',
  ];
  return {
    locale,
    slug,
    path: `content/${BRIEFINGS_DIR}/${locale}/${slug}.mdx`,
    date,
    words: wordCount(text),
    mdx: `${frontmatter.join('\n')}${text}\n`,
  };
}

/** Every briefing of n slugs, lazily, slug by slug (twins together). */
export function* syntheticBriefings(slugCount: number, options: SyntheticOptions): Generator<SyntheticBriefing> {
  const langs = options.locales ?? siteLocales;
  for (let i = 0; i < slugCount; i++) for (const locale of langs) yield syntheticBriefing(i, slugCount, locale, options);
}

/** Yesterday or earlier, so nothing is scheduled whatever the clock says. */
function safeEndDate(now = new Date()): string {
  const yesterday = toDay(now.getTime() - 2 * DAY);
  return yesterday < DEFAULT_END_DATE ? yesterday : DEFAULT_END_DATE;
}

/** Topic ids of a project's content/topics.yaml. */
export function readTopicIds(projectDir: string): string[] {
  const path = join(projectDir, 'content', TOPICS_FILE);
  const { topics, diagnostics } = parseTopicsFile(path, readFileSync(path, 'utf8'));
  if (diagnostics.length) throw new Error(`synthetic-briefings: ${path} is not valid: ${diagnostics[0]!.message}`);
  return topics.map((t) => t.id);
}

export type WriteOptions = Partial<SyntheticOptions> & {
  /** Remove the copy's own briefings first (default), so the count is exact. */
  replace?: boolean;
};

/**
 * Writes `slugCount` slugs × every locale into the content folder of a
 * project copy (`projectDir` is the copy's root, which holds content/).
 * Refuses to write into the real project. Returns how many files it wrote.
 */
export function writeSyntheticContent(projectDir: string, slugCount: number, options: WriteOptions = {}): { files: number; words: number } {
  const root = join(projectDir, 'content', BRIEFINGS_DIR);
  const real = join(import.meta.dirname, '..', '..');
  if (join(projectDir) === join(real)) throw new Error('writeSyntheticContent: refusing to write synthetic briefings into the real content/');
  if (options.replace !== false && existsSync(root)) {
    for (const entry of readdirSync(root)) rmSync(join(root, entry), { recursive: true, force: true });
  }
  const full: SyntheticOptions = {
    ...options,
    topicIds: options.topicIds ?? readTopicIds(projectDir),
    endDate: options.endDate ?? safeEndDate(),
  };
  for (const locale of full.locales ?? siteLocales) mkdirSync(join(root, locale), { recursive: true });
  let files = 0;
  let words = 0;
  for (const b of syntheticBriefings(slugCount, full)) {
    writeFileSync(join(projectDir, b.path), b.mdx);
    files++;
    words += b.words;
  }
  return { files, words };
}
