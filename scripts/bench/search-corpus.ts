import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../../lib/content/frontmatter';
import { parseTopicsFile } from '../../lib/content/topics-file';
import { readTopicIds, syntheticBriefings as sharedBriefings } from '../support/synthetic-briefings';

/** A generated briefing as the search index sees it. */
export type SyntheticBriefing = { locale: 'ar' | 'en'; slug: string; title: string; summary: string; date: string; topics: string[]; body: string };

export const ROOT = join(import.meta.dirname, '..', '..');
/** The real topic labels: the shared generator draws its topics from content/topics.yaml. */
export const SYNTHETIC_TOPICS = parseTopicsFile('content/topics.yaml', readFileSync(join(ROOT, 'content', 'topics.yaml'), 'utf8')).topics.map((t) => ({
  id: t.id,
  ar: t.label.ar ?? t.id,
  en: t.label.en ?? t.id,
}));

/**
 * `size` briefings, half per language, from the one generator the other
 * benchmarks use (scripts/support/synthetic-briefings.ts), read back from
 * the MDX it writes.
 */
export function syntheticBriefings(size: number, seed: number): SyntheticBriefing[] {
  const out: SyntheticBriefing[] = [];
  for (const b of sharedBriefings(Math.ceil(size / 2), { topicIds: readTopicIds(ROOT), seed })) {
    const fm = parseFrontmatter(b.mdx)!;
    const d = fm.data as { title: string; summary: string; topics: string[] };
    out.push({ locale: b.locale as 'ar' | 'en', slug: b.slug, title: d.title, summary: d.summary, date: b.date, topics: d.topics, body: fm.body });
  }
  return out;
}

/** A fixed query mix, as readers type: single words, pairs, partial words, variants, typos, misses. */
export const QUERIES: Record<'ar' | 'en', string[]> = {
  ar: [
    'الصين',
    'الصِّين',
    'انفيديا',
    'إنفيديا',
    'والصين',
    'الرقائق',
    'رقائق',
    'النفط',
    'أسعار الفائدة',
    'اسعار الفايده',
    'البنك المركزي',
    'الطاقه',
    'الاستثمارات',
    'وزارة التجارة',
    'التضخم',
    'السيارات الكهربائية',
    'السيارات الكهربايه',
    'صندوق النقد',
    'موسكو',
    'بروكسل',
    'الصادرات الصين',
    'رويترز',
    'ار',
    'بطيخ',
    'كرة القدم',
    'الذكاء الاصطناعي',
    'مراكز البيانات',
    'السعوديه',
    '٢٠٢٣',
    'H210',
  ],
  en: [
    'china',
    'nvidia',
    'NVIDIA chips',
    'chip',
    'oil',
    'interest rates',
    'central bank',
    'inflation',
    'investment',
    'exports china',
    'electric cars',
    'electrc cars',
    'semiconductor',
    'semicondu',
    'tariffs',
    'monetary fund',
    'moscow',
    'brussels',
    'reuters',
    'wa',
    'zebra',
    'football',
    'artificial intelligence',
    'data centres',
    'saudi arabia',
    '2023',
    'H210',
    'governor',
    'approves',
    'shipments',
  ],
};
