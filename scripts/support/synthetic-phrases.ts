import type { Locale } from '../../i18n/locales';
import { COUNTRIES, CITIES, ORGS, SECTORS, PEOPLE, ROLES } from './synthetic-terms';

/** The phrasebook of the synthetic briefings (./synthetic-briefings.ts): each story's slots and the templates they fill, in both languages. */

/** The facts of one story, shared by its twins. */
export type Story = {
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

export type Slots = Record<string, string>;

export function slotsFor(story: Story, locale: Locale): Slots {
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
export function fill(template: string, slots: Slots, plain = false): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = plain ? (slots[`${name}Plain`] ?? slots[name]) : slots[name];
    if (value === undefined) throw new Error(`synthetic-briefings: no slot {${name}}`);
    return value;
  });
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Titles, aligned: the same index tells the same story in each language.
export const TITLES: Record<'en' | 'ar', string[]> = {
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

export const SUMMARIES: Record<'en' | 'ar', string[]> = {
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

export const HEADINGS: Record<'en' | 'ar', string[]> = {
  en: ['What happened', 'Why it matters', 'What comes next', 'The background', 'What they said', 'By the numbers', 'The market reaction', 'What to watch', 'The wider picture', 'Who is affected'],
  ar: ['ما الذي حدث', 'لماذا يهم', 'ما التالي', 'الخلفية', 'ماذا قالوا', 'بالأرقام', 'رد فعل الأسواق', 'ما الذي يجب متابعته', 'الصورة الأوسع', 'من المتأثر'],
};

export const KEY_POINTS: Record<'en' | 'ar', string[]> = {
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

export const SENTENCES: Record<'en' | 'ar', string[]> = {
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

export const TIMELINE_EVENTS: Record<'en' | 'ar', string[]> = {
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

export const CALLOUTS: Record<'en' | 'ar', { title: string; text: string }[]> = {
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

export const QUOTES: Record<'en' | 'ar', string[]> = {
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
