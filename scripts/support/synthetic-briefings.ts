import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales as siteLocales, type Locale } from '../../i18n/locales';
import { BRIEFINGS_DIR, textLimits, TOPICS_FILE } from '../../lib/content/schema';
import { visibleLength } from '../../lib/content/text';
import { parseTopicsFile } from '../../lib/content/topics-file';

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

// ------------------------------------------------------------------ PRNG

/** mulberry32: small, fast, good enough to pick words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per (seed, slug index, purpose). */
function streamFor(seed: number, index: number, salt: number): () => number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 7, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return prng(h);
}

const pickFrom = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

// ------------------------------------------------------------------ vocabulary
// Pairs [English, Arabic]. Latin names that stay Latin inside Arabic are marked
// with `latin: true` so the body wraps them in <bdi>.

type Term = readonly [en: string, ar: string];
type Named = { en: string; ar: string; latin?: boolean };

const COUNTRIES: Term[] = [
  ['China', 'الصين'],
  ['the United States', 'الولايات المتحدة'],
  ['Saudi Arabia', 'السعودية'],
  ['Egypt', 'مصر'],
  ['the European Union', 'الاتحاد الأوروبي'],
  ['Japan', 'اليابان'],
  ['India', 'الهند'],
  ['the UAE', 'الإمارات'],
  ['South Korea', 'كوريا الجنوبية'],
  ['Turkey', 'تركيا'],
  ['Brazil', 'البرازيل'],
  ['Germany', 'ألمانيا'],
  ['Indonesia', 'إندونيسيا'],
  ['Morocco', 'المغرب'],
];

const CITIES: Term[] = [
  ['Beijing', 'بكين'],
  ['Washington', 'واشنطن'],
  ['Riyadh', 'الرياض'],
  ['Cairo', 'القاهرة'],
  ['Brussels', 'بروكسل'],
  ['Tokyo', 'طوكيو'],
  ['Dubai', 'دبي'],
  ['Shanghai', 'شنغهاي'],
  ['Geneva', 'جنيف'],
  ['Seoul', 'سيول'],
  ['New Delhi', 'نيودلهي'],
  ['Jakarta', 'جاكرتا'],
];

const ORGS: Named[] = [
  { en: 'Nvidia', ar: 'إنفيديا' },
  { en: 'TSMC', ar: 'TSMC', latin: true },
  { en: 'Huawei', ar: 'هواوي' },
  { en: 'Aramco', ar: 'أرامكو' },
  { en: 'Samsung', ar: 'سامسونغ' },
  { en: 'Apple', ar: 'أبل' },
  { en: 'OPEC', ar: 'أوبك' },
  { en: 'the IMF', ar: 'صندوق النقد الدولي' },
  { en: 'the World Bank', ar: 'البنك الدولي' },
  { en: 'Microsoft', ar: 'مايكروسوفت' },
  { en: 'ASML', ar: 'ASML', latin: true },
  { en: 'Alibaba', ar: 'علي بابا' },
  { en: 'SMIC', ar: 'SMIC', latin: true },
  { en: 'Maersk', ar: 'ميرسك' },
];

const PRODUCTS: string[] = ['H200', 'B200', 'H20', 'Ascend 910C', 'GPT-5', 'EUV', 'HBM3E', 'Snapdragon X', 'Model Y', 'A18 Pro'];

const SECTORS: Term[] = [
  ['chips', 'الرقائق'],
  ['oil', 'النفط'],
  ['shipping', 'الشحن البحري'],
  ['electric vehicles', 'السيارات الكهربائية'],
  ['data centres', 'مراكز البيانات'],
  ['rare earths', 'المعادن النادرة'],
  ['solar panels', 'الألواح الشمسية'],
  ['wheat', 'القمح'],
  ['steel', 'الصلب'],
  ['telecoms equipment', 'معدات الاتصالات'],
  ['batteries', 'البطاريات'],
  ['natural gas', 'الغاز الطبيعي'],
];

const PEOPLE: Term[] = [
  ['Li Wei', 'لي وي'],
  ['Sarah Collins', 'سارة كولينز'],
  ['Ahmed Al-Mansouri', 'أحمد المنصوري'],
  ['Mona Farid', 'منى فريد'],
  ['Kenji Sato', 'كينجي ساتو'],
  ['Daniel Weber', 'دانيال فيبر'],
  ['Priya Nair', 'بريا ناير'],
  ['Omar Haddad', 'عمر حداد'],
];

const ROLES: Term[] = [
  ['an analyst at a Hong Kong brokerage', 'محلل في شركة وساطة في هونغ كونغ'],
  ['chief economist at a regional bank', 'كبير الاقتصاديين في بنك إقليمي'],
  ['a former trade negotiator', 'مفاوض تجاري سابق'],
  ['head of research at a Gulf investment firm', 'رئيس قسم الأبحاث في شركة استثمار خليجية'],
  ['a professor of international economics', 'أستاذ الاقتصاد الدولي'],
  ['an industry consultant', 'مستشار في القطاع'],
];

const SOURCES: { en: string; ar: string; host: string; sections: string[] }[] = [
  { en: 'Reuters', ar: 'رويترز', host: 'www.reuters.com', sections: ['business', 'world', 'technology', 'markets'] },
  { en: 'Associated Press', ar: 'أسوشيتد برس', host: 'apnews.com', sections: ['article'] },
  { en: 'Bloomberg', ar: 'بلومبرغ', host: 'www.bloomberg.com', sections: ['news/articles'] },
  { en: 'Financial Times', ar: 'فايننشال تايمز', host: 'www.ft.com', sections: ['content'] },
  { en: 'Al Jazeera', ar: 'الجزيرة', host: 'www.aljazeera.net', sections: ['ebusiness', 'news'] },
  { en: 'Asharq Al-Awsat', ar: 'الشرق الأوسط', host: 'aawsat.com', sections: ['economy'] },
  { en: 'BBC News', ar: 'بي بي سي', host: 'www.bbc.com', sections: ['news/articles'] },
  { en: 'Nikkei Asia', ar: 'نيكاي آسيا', host: 'asia.nikkei.com', sections: ['Business', 'Economy'] },
];

/** The facts of one story, shared by its twins. */
type Story = {
  country: number;
  country2: number;
  city: number;
  org: number;
  org2: number;
  product: string;
  sector: number;
  person: number;
  role: number;
  pct: number;
  pct2: number;
  num: number;
  share: number;
  titleTemplate: number;
  summaryTemplate: number;
};

type Slots = Record<string, string>;

function slotsFor(story: Story, locale: Locale): Slots {
  const lang = locale === 'ar' ? 1 : 0;
  const org = (i: number) => {
    const o = ORGS[i]!;
    if (lang === 0) return o.en;
    return o.latin ? `<bdi>${o.ar}</bdi>` : o.ar;
  };
  const plain = (s: string) => s.replace(/<\/?bdi>/g, '');
  const slots: Slots = {
    country: COUNTRIES[story.country]![lang],
    country2: COUNTRIES[story.country2]![lang],
    city: CITIES[story.city]![lang],
    org: org(story.org),
    org2: org(story.org2),
    product: lang === 1 ? `<bdi>${story.product}</bdi>` : story.product,
    sector: SECTORS[story.sector]![lang],
    person: PEOPLE[story.person]![lang],
    role: ROLES[story.role]![lang],
    pct: String(story.pct),
    pct2: String(story.pct2),
    num: String(story.num),
    share: String(story.share),
  };
  // Frontmatter is plain text: no markup.
  for (const [k, v] of Object.entries(slots)) slots[`${k}Plain`] = plain(v);
  return slots;
}

/** Fills {name} slots; titles and summaries use the plain forms. */
function fill(template: string, slots: Slots, plain = false): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = plain ? (slots[`${name}Plain`] ?? slots[name]) : slots[name];
    if (value === undefined) throw new Error(`synthetic-briefings: no slot {${name}}`);
    return value;
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Titles, aligned: the same index tells the same story in each language.
const TITLES: Record<'en' | 'ar', string[]> = {
  en: [
    '{country} tightens rules on {sector} imports as talks with {country2} stall',
    '{org} shares move after {country} signals new {sector} policy',
    '{country} and {country2} agree a framework for {sector} trade',
    'Why {sector} prices rose {pct}% this quarter',
    '{org} wins approval to expand its {sector} business in {country}',
    '{country} unveils a {num} billion dollar plan for {sector}',
    'What new export rules in {country} mean for {org}',
    '{sector} output in {country} falls for a third month',
    '{org} and {org2} race to secure {product} supply',
    'Officials in {city} weigh limits on {sector} investment',
  ],
  ar: [
    '{country} تشدد قواعد استيراد {sector} مع تعثر المحادثات مع {country2}',
    'أسهم {org} تتحرك بعد إشارة {country} إلى سياسة جديدة بشأن {sector}',
    '{country} و{country2} تتفقان على إطار لتجارة {sector}',
    'لماذا ارتفعت أسعار {sector} بنسبة {pct}% هذا الربع',
    '{org} تحصل على موافقة لتوسيع أعمال {sector} في {country}',
    '{country} تكشف عن خطة بقيمة {num} مليار دولار لقطاع {sector}',
    'ماذا تعني قواعد التصدير الجديدة في {country} بالنسبة إلى {org}',
    'إنتاج {sector} في {country} يتراجع للشهر الثالث',
    '{org} و{org2} تتسابقان لتأمين إمدادات {product}',
    'مسؤولون في {city} يدرسون قيودًا على الاستثمار في {sector}',
  ],
};

const SUMMARIES: Record<'en' | 'ar', string[]> = {
  en: [
    'Officials in {city} said the measures would take effect within weeks, a move analysts expect to reshape {sector} flows between {country} and {country2}.',
    'The decision, reported by people familiar with the matter, affects about {share}% of {country}’s {sector} market and comes as demand for {product} keeps rising.',
    '{org} said it was studying the rules. Prices have moved {pct}% since the start of the year, and traders expect further swings before talks resume.',
    'A {num} billion dollar package aims to cut reliance on imports of {sector}, though economists question how quickly new capacity can come online.',
  ],
  ar: [
    'قال مسؤولون في {city} إن الإجراءات ستدخل حيز التنفيذ خلال أسابيع، وهي خطوة يتوقع محللون أن تعيد رسم تدفقات {sector} بين {country} و{country2}.',
    'يشمل القرار، بحسب مطلعين على الأمر، نحو {share}% من سوق {sector} في {country}، ويأتي في وقت يتزايد فيه الطلب على {product}.',
    'قالت {org} إنها تدرس القواعد الجديدة. وتحركت الأسعار بنسبة {pct}% منذ بداية العام، ويتوقع المتعاملون مزيدًا من التقلبات قبل استئناف المحادثات.',
    'تهدف حزمة بقيمة {num} مليار دولار إلى تقليل الاعتماد على واردات {sector}، غير أن اقتصاديين يشككون في سرعة تشغيل الطاقة الإنتاجية الجديدة.',
  ],
};

const HEADINGS: Record<'en' | 'ar', string[]> = {
  en: ['What happened', 'Why it matters', 'What comes next', 'The background', 'What they said', 'By the numbers', 'The market reaction', 'What to watch', 'The wider picture', 'Who is affected'],
  ar: ['ما الذي حدث', 'لماذا يهم', 'ما التالي', 'الخلفية', 'ماذا قالوا', 'بالأرقام', 'رد فعل الأسواق', 'ما الذي يجب متابعته', 'الصورة الأوسع', 'من المتأثر'],
};

const KEY_POINTS: Record<'en' | 'ar', string[]> = {
  en: [
    '{country} announced new rules for {sector}, according to officials in {city}.',
    'The measures cover about {share}% of the market and take effect within weeks.',
    '{org} said it was assessing the impact on its business in {country}.',
    'Prices of {sector} have moved {pct}% since January, traders said.',
    'Talks between {country} and {country2} are expected to resume next month.',
    'Demand for {product} continues to exceed the supply available to buyers in {country}.',
    'A {num} billion dollar support package accompanies the new rules.',
  ],
  ar: [
    'أعلنت {country} قواعد جديدة لقطاع {sector}، بحسب مسؤولين في {city}.',
    'تغطي الإجراءات نحو {share}% من السوق وتدخل حيز التنفيذ خلال أسابيع.',
    'قالت {org} إنها تقيّم أثر القرار على أعمالها في {country}.',
    'تحركت أسعار {sector} بنسبة {pct}% منذ يناير، بحسب متعاملين.',
    'من المتوقع أن تُستأنف المحادثات بين {country} و{country2} الشهر المقبل.',
    'لا يزال الطلب على {product} يتجاوز المعروض المتاح للمشترين في {country}.',
    'ترافق القواعد الجديدة حزمة دعم بقيمة {num} مليار دولار.',
  ],
};

const SENTENCES: Record<'en' | 'ar', string[]> = {
  en: [
    'Two people familiar with the matter, who asked not to be named because the talks are private, said the decision had been taken at a meeting in {city} earlier this week.',
    'The rules apply to shipments of {sector} above a threshold that officials have not yet published, and companies will have to apply for licences case by case.',
    '{org} declined to comment on the details but said in a statement that it complied with the laws of every market in which it operates.',
    'Analysts said the move reflected a broader effort by {country} to secure supplies of {sector} while building up its own producers.',
    'Shares of {org2} fell {pct2}% in early trading before recovering some of their losses by the close.',
    'Demand for {product} has grown faster than expected, and buyers in {country} have placed orders that exceed the stock available this year.',
    'Officials in {country2} have warned that they could respond with measures of their own if the restrictions hurt their exporters.',
    'The government said the {num} billion dollar package would be spread over five years and tied to targets for local production.',
    'Industry groups welcomed the clarity but said the licensing process could slow deliveries during the first months.',
    'Trade data published last month showed imports of {sector} into {country} rising {pct}% from a year earlier, the fastest pace since the pandemic.',
    'Economists cautioned that the effect on prices would depend on how strictly the rules are enforced at the border.',
    'The ministry said the measures were temporary and would be reviewed every six months in consultation with industry.',
    'Several large buyers had already stockpiled {sector} in anticipation of the decision, according to shipping data.',
    'Smaller companies, which lack the cash to hold large inventories, are expected to feel the impact first.',
    'Negotiators from {country} and {country2} met twice in {city} this year without reaching a broader agreement.',
    'The decision comes weeks before a summit at which leaders are expected to discuss supply chains and technology controls.',
    'Investors have been watching for signals on {sector} policy since the central bank warned about rising import bills.',
    'Officials said around {share}% of the affected volume came from just three suppliers, which made the market vulnerable to disruption.',
    'Local producers said they would need at least two years to expand capacity enough to replace imports.',
    'The announcement did not say whether existing contracts would be exempt, a question lawyers said would matter most to exporters.',
    'Freight rates on the main routes to {country} rose after the news as traders rushed to book cargo before the rules take effect.',
    'The policy has been debated for months inside the government, where some officials favoured a slower approach.',
    'Earlier this year, {org} said that sales in {country} accounted for a growing share of its revenue.',
    'Consumer groups warned that higher costs could be passed on to households if the restrictions last.',
  ],
  ar: [
    'قال شخصان مطلعان على الأمر، طلبا عدم الكشف عن هويتيهما لأن المحادثات غير معلنة، إن القرار اتُّخذ في اجتماع عُقد في {city} في وقت سابق من هذا الأسبوع.',
    'تسري القواعد على شحنات {sector} التي تتجاوز حدًا لم يعلنه المسؤولون بعد، وسيتعين على الشركات التقدم بطلبات ترخيص كل حالة على حدة.',
    'رفضت {org} التعليق على التفاصيل، لكنها قالت في بيان إنها تلتزم بقوانين كل سوق تعمل فيها.',
    'قال محللون إن الخطوة تعكس جهدًا أوسع تبذله {country} لتأمين إمدادات {sector} وتعزيز المنتجين المحليين في الوقت نفسه.',
    'تراجعت أسهم {org2} بنسبة {pct2}% في بداية التداولات قبل أن تعوض جزءًا من خسائرها عند الإغلاق.',
    'نما الطلب على {product} أسرع من المتوقع، وقدّم مشترون في {country} طلبات تتجاوز المخزون المتاح هذا العام.',
    'حذّر مسؤولون في {country2} من أنهم قد يردون بإجراءات مماثلة إذا ألحقت القيود الضرر بمصدّريهم.',
    'قالت الحكومة إن الحزمة البالغة {num} مليار دولار ستُوزع على خمس سنوات وترتبط بأهداف للإنتاج المحلي.',
    'رحبت مجموعات صناعية بوضوح القواعد، لكنها قالت إن إجراءات الترخيص قد تبطئ عمليات التسليم في الأشهر الأولى.',
    'أظهرت بيانات التجارة المنشورة الشهر الماضي أن واردات {country} من {sector} ارتفعت بنسبة {pct}% على أساس سنوي، وهي أسرع وتيرة منذ الجائحة.',
    'نبّه اقتصاديون إلى أن الأثر على الأسعار سيتوقف على مدى صرامة تطبيق القواعد عند الحدود.',
    'قالت الوزارة إن الإجراءات مؤقتة وستخضع للمراجعة كل ستة أشهر بالتشاور مع القطاع.',
    'كان عدد من كبار المشترين قد خزّنوا كميات من {sector} تحسبًا للقرار، بحسب بيانات الشحن.',
    'يُتوقع أن تشعر الشركات الأصغر بالأثر أولًا، لأنها تفتقر إلى السيولة اللازمة للاحتفاظ بمخزونات كبيرة.',
    'التقى مفاوضون من {country} و{country2} مرتين في {city} هذا العام دون التوصل إلى اتفاق أشمل.',
    'يأتي القرار قبل أسابيع من قمة يُنتظر أن يناقش فيها القادة سلاسل الإمداد وضوابط التكنولوجيا.',
    'يترقب المستثمرون إشارات بشأن سياسة {sector} منذ أن حذّر البنك المركزي من ارتفاع فاتورة الواردات.',
    'قال مسؤولون إن نحو {share}% من الكميات المعنية تأتي من ثلاثة موردين فقط، ما يجعل السوق عرضة للاضطراب.',
    'قال منتجون محليون إنهم يحتاجون إلى عامين على الأقل لتوسيع طاقتهم بما يكفي للاستغناء عن الواردات.',
    'لم يوضح الإعلان ما إذا كانت العقود القائمة ستُستثنى، وهي مسألة قال محامون إنها الأهم بالنسبة إلى المصدّرين.',
    'ارتفعت أسعار الشحن على الخطوط الرئيسية المتجهة إلى {country} بعد الخبر، مع تسارع المتعاملين لحجز الشحنات قبل سريان القواعد.',
    'ظلت السياسة موضع نقاش داخل الحكومة لأشهر، إذ فضّل بعض المسؤولين نهجًا أكثر تدرجًا.',
    'قالت {org} في وقت سابق من هذا العام إن مبيعاتها في {country} تمثل حصة متزايدة من إيراداتها.',
    'حذّرت جمعيات حماية المستهلك من أن التكاليف الأعلى قد تنتقل إلى الأسر إذا طال أمد القيود.',
  ],
};

const TIMELINE_EVENTS: Record<'en' | 'ar', string[]> = {
  en: [
    '{country} first raised concerns about its dependence on imported {sector}.',
    'Officials from {country} and {country2} opened talks in {city}.',
    '{org} reported record demand for {product} from buyers in {country}.',
    'Prices of {sector} rose {pct}% in a single month.',
    'The government published a draft of the new rules for comment.',
    'The rules were approved, with effect from the following month.',
  ],
  ar: [
    'أبدت {country} للمرة الأولى قلقها من اعتمادها على واردات {sector}.',
    'بدأ مسؤولون من {country} و{country2} محادثات في {city}.',
    'أعلنت {org} طلبًا قياسيًا على {product} من مشترين في {country}.',
    'ارتفعت أسعار {sector} بنسبة {pct}% خلال شهر واحد.',
    'نشرت الحكومة مسودة القواعد الجديدة لاستطلاع الآراء.',
    'أُقرت القواعد على أن تسري اعتبارًا من الشهر التالي.',
  ],
};

const CALLOUTS: Record<'en' | 'ar', { title: string; text: string }[]> = {
  en: [
    {
      title: 'The balancing act',
      text: '{country} wants to meet growing demand for {sector} at home while nurturing its own industry, and every licence it grants to foreign suppliers is weighed against that second goal.',
    },
    { title: 'Why the numbers matter', text: 'About {share}% of the market depends on imports. A disruption of a few weeks would be felt in prices well before new local capacity is ready.' },
    {
      title: 'Context',
      text: 'The measures follow a year in which trade between {country} and {country2} in {sector} grew by {pct}%, making it one of the fastest-growing parts of their relationship.',
    },
  ],
  ar: [
    { title: 'معادلة صعبة', text: 'تريد {country} تلبية الطلب المحلي المتزايد على {sector} مع رعاية صناعتها المحلية، وكل ترخيص تمنحه لموردين أجانب يُوزن في ضوء هذا الهدف الثاني.' },
    { title: 'لماذا تهم الأرقام', text: 'يعتمد نحو {share}% من السوق على الواردات، وأي اضطراب لبضعة أسابيع سينعكس على الأسعار قبل أن تجهز الطاقة الإنتاجية المحلية الجديدة بوقت طويل.' },
    { title: 'السياق', text: 'تأتي الإجراءات بعد عام نمت فيه تجارة {sector} بين {country} و{country2} بنسبة {pct}%، لتصبح من أسرع مجالات العلاقة بينهما نموًا.' },
  ],
};

const QUOTES: Record<'en' | 'ar', string[]> = {
  en: [
    'Nobody expected the rules to come this quickly. Companies will spend the next few months working out what they can still ship.',
    'This is less about trade than about control of a strategic supply chain, and both sides know it.',
    'The market had priced in a delay. What it had not priced in is a licensing system with no published criteria.',
  ],
  ar: [
    'لم يتوقع أحد أن تصدر القواعد بهذه السرعة. ستقضي الشركات الأشهر المقبلة في معرفة ما يمكنها شحنه.',
    'الأمر يتعلق بالسيطرة على سلسلة إمداد استراتيجية أكثر مما يتعلق بالتجارة، والطرفان يدركان ذلك.',
    'كانت السوق قد سعّرت تأجيلًا، لكنها لم تسعّر نظام ترخيص بلا معايير منشورة.',
  ],
};

// ------------------------------------------------------------------ dates

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
