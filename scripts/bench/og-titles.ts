import type { ShareCardInput } from '../../lib/og/share-card';
import { prng } from '../support/synthetic-random';

/** The share-card inputs `npm run bench:og` renders: made-up titles mixing Arabic, Latin and digits. */

// ---------------------------------------------------------------- titles

/** A seeded PRNG (the generator's), so every run benches the same titles. */
const random = prng;

const AR = (
  'الحكومة تعلن خطة جديدة لدعم الشركات الناشئة في قطاع التقنية المالية البنك المركزي يرفع الفائدة ' +
  'الأسواق العالمية تتراجع بعد قرار النفط يسجل ارتفاعا الرئيس يلتقي وزير الخارجية مباحثات حول الأمن ' +
  'الإقليمي الانتخابات نتائج أولية تظهر تقدم المعارضة الذكاء الاصطناعي يغير سوق العمل لا سلام بلا عدالة'
).split(' ');
const EN = (
  'government unveils new plan to support startups in fintech central bank raises rates markets slide after ' +
  'oil prices hit record talks on regional security election results show opposition ahead AI reshapes the job market'
).split(' ');
const LATIN = ['Nvidia H200', 'OpenAI', 'Apple', 'iPhone 18', 'COP31', 'G20', 'IMF', 'Tesla Model Y', 'ChatGPT'];
const AR_EXTRA = ['2026', '15%', '3.2%', '٢٠٢٦', '٤٥٫٥ مليار', '(مقارنة بالعام الماضي)', '«عاجل»', 'الإِعْلَامُ'];
const EN_EXTRA = ['2026', '15%', '(again)', '«موجز»', 'in Q3', '$4.5bn'];
const AR_TOPICS = ['تقنية', 'اقتصاد', 'سياسة', 'طاقة'];
const EN_TOPICS = ['Technology', 'Economy', 'Politics', 'Energy'];
/** The brand line's names, as messages/ spell them (the bench runs outside next-intl). */
export const SITE_NAMES = { ar: 'موجز', en: 'Mawjaz' };

function syntheticTitle(rnd: () => number, arabic: boolean): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const words = Array.from({ length: 5 + Math.floor(rnd() * 24) }, () => pick(arabic ? AR : EN));
  const inserts = arabic ? [LATIN, AR_EXTRA] : [LATIN, EN_EXTRA];
  for (const pool of inserts) {
    if (rnd() < 0.5) words.splice(Math.floor(rnd() * (words.length + 1)), 0, pick(pool));
  }
  const title = words.join(' ');
  return arabic ? title + pick(['', '؟', '', '']) : title.charAt(0).toUpperCase() + title.slice(1);
}

export function syntheticInputs(count: number, seed: number): ShareCardInput[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const arabic = i % 5 < 3; // 60 % Arabic, 40 % English
    const topics = arabic ? AR_TOPICS : EN_TOPICS;
    return {
      title: syntheticTitle(rnd, arabic),
      locale: arabic ? 'ar' : 'en',
      dir: arabic ? 'rtl' : 'ltr',
      date: arabic ? `${(i % 28) + 1} نوفمبر ٢٠٢٦` : `November ${(i % 28) + 1}, 2026`,
      topic: topics[i % topics.length],
      source: arabic ? 'رويترز' : 'Reuters',
    };
  });
}
