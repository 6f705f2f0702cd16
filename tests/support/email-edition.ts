import type { Locale } from '../../i18n/locales';
import { localeInfo } from '../../i18n/locales';
import type { EditionView } from '../../lib/digest';
import { textLimits } from '../../lib/content/schema';

/**
 * A full Daily Brief for email tests: 10 briefings at the longest title and
 * summary the content check allows, 5 key points each, Latin names and
 * numbers mixed into the Arabic where they trip mail clients (a paragraph
 * opening with "H200" or "2026"). Plainly fixture text, never in content/.
 */
const ar = {
  title: (i: number) => `نص تجريبي ${i}: شركة Fixture Chips تعلن رقاقة FX-${i}00 الجديدة للأسواق العالمية`,
  summary: (i: number) =>
    `هذا ملخص تجريبي للاختبار رقم ${i} وليس خبرًا حقيقيًا. تقول شركة Fixture Chips إن رقاقتها FX-${i}00 ستصل إلى الأسواق في 2027، بعد اختبارات أجرتها مختبرات Example Labs، في خطوة يرى محللون تجريبيون أنها تعيد رسم المنافسة بين الشركات في قطاع أشباه الموصلات خلال العام المقبل.`,
  points: (i: number) => [
    `FX-${i}00 رقاقة تجريبية أعلنتها شركة Fixture Chips في هذا النص الاختباري، وهي ليست منتجًا حقيقيًا.`,
    `2027 هو الموعد التجريبي لوصول الرقاقة إلى الأسواق بحسب البيان المختلق لهذا الاختبار.`,
    `قال الرئيس التنفيذي التجريبي Jane Example إن الإنتاج سيبدأ في مصنع تجريبي، مضيفًا أن الطلب «كبير».`,
    `تبلغ الحصة السوقية التجريبية ${i}٪ وفق أرقام مختلقة لأغراض الاختبار وحدها.`,
    `لم تعلّق جهات تنظيمية تجريبية على الإعلان حتى وقت كتابة هذا النص الاختباري.`,
  ],
};
const en = {
  title: (i: number) => `Fixture test ${i}: Fixture Chips announces its FX-${i}00 chip for the world's chip market`,
  summary: (i: number) =>
    `This is fixture summary number ${i}, not real news. Fixture Chips says its FX-${i}00 chip will reach the market in 2027 after tests at Example Labs, a step fixture analysts say redraws competition in semiconductors next year.`,
  points: (i: number) => [
    `FX-${i}00 is a fixture chip announced by Fixture Chips in this test text; it is not a real product.`,
    `2027 is the fixture date for the chip to reach the market, according to an invented statement.`,
    `Fixture chief executive Jane Example said production would start at a fixture plant.`,
    `The fixture market share is ${i}% by numbers invented for this test alone.`,
    `No fixture regulator had commented on the announcement at the time of writing.`,
  ],
};

export function fixtureEdition(locale: Locale, count = 10, base = 'https://mawjaz.example'): EditionView {
  const words = locale === 'ar' ? ar : en;
  const day = '2027-03-14';
  return {
    locale,
    dir: localeInfo(locale).dir,
    day,
    url: `${base}/${locale}/digest/${day}`,
    textUrl: `${base}/${locale}/digest/${day}.txt`,
    newer: null,
    older: null,
    entries: Array.from({ length: count }, (_, k) => {
      const i = count - k;
      return {
        slug: `fixture-chip-${i}`,
        title: words.title(i).slice(0, textLimits.title[locale]),
        summary: words.summary(i).slice(0, textLimits.summary[locale]),
        keyPoints: words.points(i),
        url: `${base}/${locale}/briefings/fixture-chip-${i}`,
        date: day,
        topics: [{ id: 'fixture-topic', label: locale === 'ar' ? 'موضوع تجريبي' : 'Fixture topic', url: `${base}/${locale}/topics/fixture-topic` }],
      };
    }),
  };
}
