import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { FIXTURE_CONTENT, LEAD } from '../support/fixture-site';
/**
 * Reference titles for the browser comparison. Each is set in both paragraph
 * directions (rtl with the Arabic font stack, ltr with the English one), so
 * every case also exercises the bidi algorithm the other way round.
 */
export interface ReferenceCase {
  id: string;
  text: string;
  /** What the case is for. */
  covers: string;
  /** Arabic words set by satori itself; used to prove the comparison can fail. */
  arabicMultiWord: boolean;
  maxLines?: number;
  minSize?: number;
}

export const SIZE = 56;
export const MIN_SIZE = 40;
export const BOX_WIDTH = 900;
export const LINE_HEIGHT = 1.4;
export const MAX_LINES = 3;

/** The lead fixture briefing's Arabic title (a real headline's shape, ending in Latin and digits): read, not copied. */
const leadTitle = String(parseFrontmatter(readFileSync(join(FIXTURE_CONTENT, 'briefings/ar', `${LEAD.slug}.mdx`), 'utf8'))?.data?.title ?? '');

export const cases: readonly ReferenceCase[] = [
  {
    id: 'lead-title',
    covers: 'a full briefing title, word for word as the site publishes it',
    text: leadTitle,
    arabicMultiWord: true,
  },
  {
    id: 'mixed',
    covers: 'Latin product name inside Arabic',
    text: 'إنفيديا تطلق رقاقة Nvidia H200 لمراكز البيانات',
    arabicMultiWord: true,
  },
  {
    id: 'numbers',
    covers: 'digits, a date and percentages',
    text: 'ارتفع التضخم إلى 3.2% في 15/03/2026 مقابل 2.9% في فبراير',
    arabicMultiWord: true,
  },
  {
    id: 'punctuation',
    covers: 'Arabic punctuation ، ؛ ؟ « »',
    text: 'قال الوزير: «نحن مستعدون»، فهل تنجح الخطة؟ الجواب؛ ربما',
    arabicMultiWord: true,
  },
  {
    id: 'parentheses',
    covers: 'parentheses, mirrored in right-to-left runs',
    text: 'البنك المركزي (الأوروبي) يثبت الفائدة (للمرة الثالثة)',
    arabicMultiWord: true,
  },
  {
    id: 'lam-alef',
    covers: 'the lam-alef ligatures لا لأ لإ لآ',
    text: 'لا سلام بلا عدالة، والإعلام الألماني يتابع الآن',
    arabicMultiWord: true,
  },
  {
    id: 'tashkeel',
    covers: 'tashkeel (harakat, shadda, tanwin)',
    text: 'إِنَّ الْعِلْمَ نُورٌ يُضِيءُ دَرْبَ الْأُمَمِ',
    arabicMultiWord: true,
  },
  {
    id: 'arabic-indic',
    covers: 'Arabic-Indic digits and separator',
    text: 'ميزانية عام ٢٠٢٦ تبلغ ٤٥٫٥ مليار بزيادة ٣٪',
    arabicMultiWord: true,
  },
  {
    id: 'latin-start',
    covers: 'a line that starts with Latin',
    text: 'OpenAI تعلن نموذجا جديدا يتفوق على منافسيه في اختبارات البرمجة',
    arabicMultiWord: true,
  },
  {
    id: 'english',
    covers: 'an English title with an Arabic word',
    text: 'What «موجز» means: the 5-minute brief (2026 edition)',
    arabicMultiWord: false,
  },
  {
    id: 'wrap-shrink',
    covers: 'wrapping to three lines and shrinking to fit',
    text: 'الحكومة تعلن خطة جديدة لدعم الشركات الناشئة في قطاع التقنية المالية وتسهيل حصولها على التمويل من المصارف المحلية والأجنبية',
    arabicMultiWord: true,
  },
  {
    id: 'ellipsis',
    covers: 'ellipsis below the minimum size',
    text: 'الحكومة تعلن خطة جديدة لدعم الشركات الناشئة في قطاع التقنية المالية وتسهيل حصولها على التمويل من المصارف المحلية والأجنبية خلال العامين المقبلين',
    arabicMultiWord: true,
    maxLines: 2,
    minSize: 52,
  },
];
