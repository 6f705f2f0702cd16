import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A made-up corpus for end-to-end tests of what the real content cannot
 * show yet: several pages of archive, briefings without a twin, a draft and
 * a scheduled twin, a topic covered in one language only, and a headline
 * written to break out of a <script> element. Written into a copy of the
 * project (tests/support/build-copy.ts), never into content/.
 */
export type SyntheticBriefing = {
  locale: 'ar' | 'en';
  slug: string;
  title: string;
  summary: string;
  date: string;
  updated?: string;
  topics: string[];
  draft?: boolean;
  /** Paragraphs of body text, after the key points. */
  words?: number;
  image?: { src: string; alt: string; caption?: string; credit?: string };
  authors?: string[];
  corrections?: { date: string; text: string }[];
  /** Defaults to a Reuters report cited by address. */
  sources?: { name: string; title?: string; date?: string; url?: string }[];
};

/** The lead image of the `with-image` twin: tests/fixtures/images/lead.jpg, copied into the project copy. */
export const IMAGE_SLUG = 'with-image';
export const IMAGE_SRC = '/images/fixture-lead.jpg';
const IMAGE_FIXTURE = join(import.meta.dirname, '../fixtures/images/lead.jpg');

/** A briefing corrected after publication, with exact times (a fixture: its words are made up). */
export const CORRECTED = {
  slug: 'corrected-twin',
  date: '2026-07-01T14:05+03:00',
  correction: '2026-07-02T09:30+03:00',
  text: { ar: 'صُحّح في هذه النسخة عدد الرقائق.', en: 'An earlier version of this test briefing gave the wrong number of chips.' },
} as const;

export const HOSTILE_TITLE = `</script><script>window.__pwned=1</script> & "quotes" ]]> <b>bold</b>`;
export const EN_ONLY_TOPIC = 'energy';

const AR_WORDS = ['الصين', 'الرقائق', 'التجارة', 'وبكين', 'واشنطن', 'الأسواق', 'الصادرات', 'المصانع', 'الاستثمار', 'الطاقة'];
const EN_WORDS = ['china', 'chips', 'trade', 'beijing', 'washington', 'markets', 'exports', 'factories', 'investment', 'energy'];

function day(n: number): string {
  const d = new Date(Date.UTC(2026, 1, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export function syntheticCorpus(): SyntheticBriefing[] {
  const out: SyntheticBriefing[] = [];
  const pair = (slug: string, date: string, topics: string[], extra: { ar?: Partial<SyntheticBriefing>; en?: Partial<SyntheticBriefing> } = {}) => {
    out.push({ locale: 'ar', slug, title: `إيجاز تجريبي ${slug}`, summary: `ملخص الإيجاز ${slug}.`, date, topics, ...extra.ar });
    out.push({ locale: 'en', slug, title: `Test briefing ${slug}`, summary: `Summary of ${slug}.`, date, topics, ...extra.en });
  };
  // Twins; several share a day so the slug has to break ties.
  const twinTopics = [
    ['china', 'trade'],
    ['china', 'semiconductors'],
    ['china'],
    ['china', 'us-china'],
    ['china', 'trade'],
    ['china'],
    ['china', 'artificial-intelligence'],
    ['china', 'semiconductors'],
  ];
  twinTopics.forEach((topics, i) => pair(`twin-${String(i + 1).padStart(2, '0')}`, day(i < 3 ? 10 : 10 + i * 7), topics));
  // One long twin, to compare reading times.
  pair('long-read', day(40), ['trade'], { ar: { words: 900 }, en: { words: 900 } });
  // English only: 12 of them, 6 on China, 3 on a topic with no Arabic briefing.
  for (let i = 1; i <= 12; i++) {
    const topics = i <= 6 ? ['china'] : i <= 9 ? [EN_ONLY_TOPIC] : ['semiconductors'];
    out.push({
      locale: 'en',
      slug: `en-only-${String(i).padStart(2, '0')}`,
      title: `English-only briefing ${i}`,
      summary: `Only in English, number ${i}.`,
      date: day(i % 4 === 0 ? 10 : 60 + i * 5),
      topics,
    });
  }
  // Arabic only.
  for (let i = 1; i <= 2; i++) {
    out.push({ locale: 'ar', slug: `ar-only-${String(i).padStart(2, '0')}`, title: `إيجاز بالعربية فقط ${i}`, summary: `بالعربية فقط، رقم ${i}.`, date: day(90 + i), topics: ['us-china'] });
  }
  // A twin whose English version is a draft, and one whose Arabic version is scheduled.
  pair('draft-twin', day(100), ['trade'], { en: { draft: true } });
  pair('scheduled-twin', day(101), ['trade'], { ar: { date: '2027-01-15' } });
  // Updated after publication.
  out.find((b) => b.slug === 'twin-05' && b.locale === 'en')!.updated = day(150);
  // The newest twin has a lead image, with caption and credit.
  pair(IMAGE_SLUG, day(175), ['trade'], {
    ar: { image: { src: IMAGE_SRC, alt: 'رسم تجريبي لرقاقة', caption: 'رسم تجريبي يحلّ محل صورة', credit: 'صورة اختبار' } },
    en: { image: { src: IMAGE_SRC, alt: 'A test drawing of a chip', caption: 'A test drawing standing in for a photograph', credit: 'Test image' } },
  });
  // Corrected after publication; signed by the desk; exact times; a report cited by headline and date.
  pair(CORRECTED.slug, CORRECTED.date, ['trade'], {
    ar: { authors: ['mawjaz-desk'], corrections: [{ date: CORRECTED.correction, text: CORRECTED.text.ar }], sources: [{ name: 'رويترز', title: 'تقرير تجريبي', date: '2026-07-01' }] },
    en: {
      authors: ['mawjaz-desk'],
      corrections: [{ date: CORRECTED.correction, text: CORRECTED.text.en }],
      sources: [{ name: 'Reuters', title: 'A test report', date: '2026-07-01', url: 'https://www.reuters.com/technology/test-report' }],
    },
  });
  // A headline that would end a <script> element and a CDATA section.
  out.push({ locale: 'en', slug: 'hostile-title', title: HOSTILE_TITLE, summary: 'A title with markup <b> & "quotes".', date: day(120), topics: ['trade'] });
  return out;
}

function body(b: SyntheticBriefing): string {
  const words = b.locale === 'ar' ? AR_WORDS : EN_WORDS;
  const text = (n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');
  const heading = b.locale === 'ar' ? 'ما الذي حدث' : 'What happened';
  const paragraphs: string[] = [];
  for (let left = b.words ?? 60; left > 0; left -= 100) paragraphs.push(`${text(Math.min(100, left))}.`);
  return ['<KeyPoints>', `- ${text(8)}.`, '</KeyPoints>', '', `## ${heading}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

export function toMdx(b: SyntheticBriefing): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(b.title)}`,
    `summary: ${JSON.stringify(b.summary)}`,
    `date: ${b.date}`,
    ...(b.updated ? [`updated: ${b.updated}`] : []),
    `topics: [${b.topics.join(', ')}]`,
    ...(b.authors ? [`authors: [${b.authors.join(', ')}]`] : []),
    'sources:',
    ...(b.sources ?? [{ name: 'Reuters', url: `https://www.reuters.com/technology/synthetic-${b.slug}` }]).flatMap((src) => [
      `  - name: ${JSON.stringify(src.name)}`,
      ...(src.title ? [`    title: ${JSON.stringify(src.title)}`] : []),
      ...(src.date ? [`    date: ${src.date}`] : []),
      ...(src.url ? [`    url: ${src.url}`] : []),
    ]),
    ...(b.corrections ? ['corrections:', ...b.corrections.flatMap((c) => [`  - date: ${c.date}`, `    text: ${JSON.stringify(c.text)}`])] : []),
    ...(b.draft ? ['draft: true'] : []),
    ...(b.image
      ? [
          'image:',
          `  src: ${b.image.src}`,
          `  alt: ${JSON.stringify(b.image.alt)}`,
          ...(b.image.caption ? [`  caption: ${JSON.stringify(b.image.caption)}`] : []),
          ...(b.image.credit ? [`  credit: ${JSON.stringify(b.image.credit)}`] : []),
        ]
      : []),
    '---',
    '',
    body(b),
  ];
  return `${lines.join('\n')}\n`;
}

/** Replaces the briefings of a project copy with the synthetic corpus, and adds the one-language topic. */
export function writeSyntheticCorpus(projectDir: string): SyntheticBriefing[] {
  const corpus = syntheticCorpus();
  const root = join(projectDir, 'content', 'briefings');
  for (const locale of readdirSync(root)) rmSync(join(root, locale), { recursive: true, force: true });
  for (const b of corpus) {
    mkdirSync(join(root, b.locale), { recursive: true });
    writeFileSync(join(root, b.locale, `${b.slug}.mdx`), toMdx(b));
  }
  mkdirSync(join(projectDir, 'public', 'images'), { recursive: true });
  copyFileSync(IMAGE_FIXTURE, join(projectDir, 'public', IMAGE_SRC));
  const topics = join(projectDir, 'content', 'topics.yaml');
  writeFileSync(
    topics,
    `${[
      'topics:',
      ...[
        'semiconductors:أشباه الموصلات:Semiconductors',
        'artificial-intelligence:الذكاء الاصطناعي:Artificial intelligence',
        'china:الصين:China',
        'trade:التجارة:Trade',
        'us-china:العلاقات الأمريكية الصينية:US–China relations',
        `${EN_ONLY_TOPIC}:الطاقة:Energy`,
      ].flatMap((t) => {
        const [id, ar, en] = t.split(':');
        return [`  - id: ${id}`, '    label:', `      ar: ${ar}`, `      en: ${en}`];
      }),
    ].join('\n')}\n`,
  );
  return corpus;
}
