/**
 * Made-up but realistic briefings for benchmarks: Arabic and English twins
 * composed from varied newsroom vocabulary (people, places, institutions,
 * companies, verbs, numbers), with the spelling variety real Arabic copy
 * has (hamza seats, ta marbuta, alef maqsura, occasional tashkeel and
 * Arabic-Indic digits) and MDX structure (key points, headings, a callout).
 *
 * A pure function of (n, seed): the same arguments give the same corpus.
 * Self-contained on purpose (scripts never import tests/). Written only to
 * memory or to temporary folders, never to content/.
 */

export type SyntheticBriefing = {
  locale: 'ar' | 'en';
  slug: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD, on or before `latest`. */
  date: string;
  topics: string[];
  /** MDX body. */
  body: string;
};

/** Topic ids with their labels: the bench writes them into a copy's topics.yaml. */
export const SYNTHETIC_TOPICS: { id: string; ar: string; en: string }[] = [
  { id: 'semiconductors', ar: 'أشباه الموصلات', en: 'Semiconductors' },
  { id: 'artificial-intelligence', ar: 'الذكاء الاصطناعي', en: 'Artificial intelligence' },
  { id: 'china', ar: 'الصين', en: 'China' },
  { id: 'trade', ar: 'التجارة', en: 'Trade' },
  { id: 'us-china', ar: 'العلاقات الأمريكية الصينية', en: 'US–China relations' },
  { id: 'energy', ar: 'الطاقة', en: 'Energy' },
  { id: 'economy', ar: 'الاقتصاد', en: 'Economy' },
  { id: 'climate', ar: 'المناخ', en: 'Climate' },
  { id: 'health', ar: 'الصحة', en: 'Health' },
  { id: 'elections', ar: 'الانتخابات', en: 'Elections' },
  { id: 'diplomacy', ar: 'الدبلوماسية', en: 'Diplomacy' },
  { id: 'markets', ar: 'الأسواق', en: 'Markets' },
];

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parallel vocabularies: index i is the same thing in both languages. */
type Pair = [ar: string, en: string];

const PLACES: Pair[] = [
  ['الصين', 'China'], ['بكين', 'Beijing'], ['واشنطن', 'Washington'], ['الولايات المتحدة', 'the United States'],
  ['الاتحاد الأوروبي', 'the European Union'], ['بروكسل', 'Brussels'], ['اليابان', 'Japan'], ['طوكيو', 'Tokyo'],
  ['كوريا الجنوبية', 'South Korea'], ['سيول', 'Seoul'], ['تايوان', 'Taiwan'], ['الهند', 'India'], ['نيودلهي', 'New Delhi'],
  ['السعودية', 'Saudi Arabia'], ['الرياض', 'Riyadh'], ['الإمارات', 'the UAE'], ['أبوظبي', 'Abu Dhabi'], ['دبي', 'Dubai'],
  ['مصر', 'Egypt'], ['القاهرة', 'Cairo'], ['المغرب', 'Morocco'], ['الرباط', 'Rabat'], ['الجزائر', 'Algeria'], ['تونس', 'Tunisia'],
  ['الأردن', 'Jordan'], ['عمّان', 'Amman'], ['لبنان', 'Lebanon'], ['بيروت', 'Beirut'], ['العراق', 'Iraq'], ['بغداد', 'Baghdad'],
  ['قطر', 'Qatar'], ['الدوحة', 'Doha'], ['الكويت', 'Kuwait'], ['عُمان', 'Oman'], ['مسقط', 'Muscat'], ['تركيا', 'Turkey'],
  ['أنقرة', 'Ankara'], ['إيران', 'Iran'], ['طهران', 'Tehran'], ['روسيا', 'Russia'], ['موسكو', 'Moscow'], ['ألمانيا', 'Germany'],
  ['برلين', 'Berlin'], ['فرنسا', 'France'], ['باريس', 'Paris'], ['بريطانيا', 'Britain'], ['لندن', 'London'], ['البرازيل', 'Brazil'],
  ['نيجيريا', 'Nigeria'], ['كينيا', 'Kenya'], ['إندونيسيا', 'Indonesia'], ['جاكرتا', 'Jakarta'], ['فيتنام', 'Vietnam'], ['أستراليا', 'Australia'],
];

const INSTITUTIONS: Pair[] = [
  ['البنك المركزي', 'the central bank'], ['وزارة المالية', 'the finance ministry'], ['وزارة التجارة', 'the commerce ministry'],
  ['وزارة الخارجية', 'the foreign ministry'], ['صندوق النقد الدولي', 'the International Monetary Fund'], ['البنك الدولي', 'the World Bank'],
  ['منظمة التجارة العالمية', 'the World Trade Organization'], ['منظمة الصحة العالمية', 'the World Health Organization'],
  ['مجلس الأمن', 'the Security Council'], ['البرلمان', 'parliament'], ['المحكمة العليا', 'the supreme court'], ['هيئة الجمارك', 'the customs authority'],
  ['هيئة الأسواق المالية', 'the markets regulator'], ['أوبك', 'OPEC'], ['مجموعة العشرين', 'the G20'], ['الجامعة العربية', 'the Arab League'],
  ['المفوضية الأوروبية', 'the European Commission'], ['الحكومة', 'the government'], ['وكالة الطاقة الدولية', 'the International Energy Agency'],
];

const COMPANIES: Pair[] = [
  ['إنفيديا', 'Nvidia'], ['أبل', 'Apple'], ['سامسونغ', 'Samsung'], ['هواوي', 'Huawei'], ['تي إس إم سي', 'TSMC'], ['إنتل', 'Intel'],
  ['مايكروسوفت', 'Microsoft'], ['غوغل', 'Google'], ['أمازون', 'Amazon'], ['تسلا', 'Tesla'], ['أرامكو', 'Aramco'], ['بي واي دي', 'BYD'],
  ['علي بابا', 'Alibaba'], ['تينسنت', 'Tencent'], ['سوني', 'Sony'], ['توتال', 'TotalEnergies'], ['شل', 'Shell'], ['بوينغ', 'Boeing'],
  ['إيرباص', 'Airbus'], ['ميتا', 'Meta'], ['أوبن إيه آي', 'OpenAI'], ['إيه إم دي', 'AMD'], ['كوالكوم', 'Qualcomm'], ['أرم', 'Arm'],
];

const ROLES: Pair[] = [
  ['الرئيس التنفيذي', 'chief executive'], ['وزير المالية', 'finance minister'], ['وزيرة التجارة', 'trade minister'], ['محافظ البنك المركزي', 'central bank governor'],
  ['رئيس الوزراء', 'prime minister'], ['المتحدث باسم الحكومة', 'government spokesman'], ['كبير الاقتصاديين', 'chief economist'], ['المدير العام', 'director general'],
  ['وزير الطاقة', 'energy minister'], ['وزير الخارجية', 'foreign minister'], ['المحلل', 'analyst'], ['السفير', 'ambassador'],
];

const THINGS: Pair[] = [
  ['الرقائق', 'chips'], ['أشباه الموصلات', 'semiconductors'], ['النفط', 'oil'], ['الغاز الطبيعي', 'natural gas'], ['القمح', 'wheat'],
  ['الصادرات', 'exports'], ['الواردات', 'imports'], ['الرسوم الجمركية', 'tariffs'], ['أسعار الفائدة', 'interest rates'], ['التضخم', 'inflation'],
  ['السندات', 'bonds'], ['الأسهم', 'shares'], ['العملة', 'the currency'], ['الاستثمارات', 'investment'], ['مراكز البيانات', 'data centres'],
  ['السيارات الكهربائية', 'electric cars'], ['البطاريات', 'batteries'], ['الألواح الشمسية', 'solar panels'], ['اللقاحات', 'vaccines'],
  ['الأدوية', 'medicines'], ['الحبوب', 'grain'], ['الشحنات', 'shipments'], ['الديون', 'debt'], ['الميزانية', 'the budget'], ['الأجور', 'wages'],
  ['الوظائف', 'jobs'], ['الإنتاج', 'output'], ['الطلب', 'demand'], ['المخزونات', 'stockpiles'], ['العقود', 'contracts'], ['المعادن النادرة', 'rare earths'],
  ['الهواتف الذكية', 'smartphones'], ['الطائرات', 'aircraft'], ['الموانئ', 'ports'], ['الكهرباء', 'electricity'], ['المياه', 'water'],
];

const VERBS: Pair[] = [
  ['توافق على', 'approves'], ['ترفض', 'rejects'], ['تفرض قيودًا على', 'restricts'], ['ترفع', 'raises'], ['تخفض', 'cuts'], ['تعلّق', 'suspends'],
  ['تستأنف', 'resumes'], ['تراجع', 'reviews'], ['توسّع', 'expands'], ['تدرس', 'weighs'], ['تحظر', 'bans'], ['تدعم', 'backs'], ['تؤجل', 'delays'],
  ['تضاعف', 'doubles'], ['تستثمر في', 'invests in'], ['تفاوض على', 'negotiates'], ['تسمح باستيراد', 'allows imports of'], ['تنتقد', 'criticises'],
];

const QUALIFIERS: Pair[] = [
  ['بعد أشهر من المفاوضات', 'after months of talks'], ['وسط تراجع الطلب', 'as demand slows'], ['رغم اعتراضات المعارضة', 'despite objections from the opposition'],
  ['قبل قمة مرتقبة', 'ahead of a closely watched summit'], ['في خطوة مفاجئة', 'in a surprise move'], ['لأول مرة منذ سنوات', 'for the first time in years'],
  ['بحسب مصادر مطلعة', 'according to people familiar with the matter'], ['وسط توترات متصاعدة', 'amid rising tensions'], ['في ظل ضغوط التضخم', 'under pressure from inflation'],
  ['بعد تحقيق استمر عامًا', 'after a year-long investigation'], ['على خلفية أزمة الإمدادات', 'against the backdrop of a supply crunch'],
];

const CONNECTORS: Pair[] = [
  ['وقال', 'said'], ['وأضاف', 'added'], ['وأوضح', 'explained'], ['وأكد', 'stressed'], ['وحذّر', 'warned'], ['ورجّح', 'suggested'],
];

const SYLLABLES_AR = ['سا', 'مي', 'را', 'لي', 'نو', 'ها', 'دي', 'كو', 'ري', 'فا', 'جو', 'تا', 'بي', 'زا', 'وو', 'يا', 'شي', 'غا'];
const SYLLABLES_EN = ['sa', 'mi', 'ra', 'li', 'no', 'ha', 'di', 'ko', 'ri', 'fa', 'jo', 'ta', 'bi', 'za', 'wu', 'ya', 'shi', 'ga'];

/** Arabic-Indic digits, as some Arabic copy writes numbers. */
const toArabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

function isoDay(base: number, offset: number): string {
  return new Date(base - offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `n` briefings (twins: Arabic then English with the same slug, so about
 * n/2 per language), dated backwards one or two a day from `latest`.
 */
export function syntheticBriefings(n: number, seed = 1, latest = '2026-11-01'): SyntheticBriefing[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const base = Date.parse(`${latest}T00:00:00Z`);
  // Names grow with the corpus, as a real archive's do.
  const name = (): Pair => {
    const parts = Array.from({ length: int(2, 3) }, () => int(0, SYLLABLES_AR.length - 1));
    const family = Array.from({ length: int(2, 3) }, () => int(0, SYLLABLES_AR.length - 1));
    const ar = `${parts.map((i) => SYLLABLES_AR[i]).join('')} ${family.map((i) => SYLLABLES_AR[i]).join('')}`;
    const en = `${parts.map((i) => SYLLABLES_EN[i]).join('')} ${family.map((i) => SYLLABLES_EN[i]).join('')}`.replace(/\b\w/g, (c) => c.toUpperCase());
    return [ar, en];
  };
  const actor = (): Pair => (rnd() < 0.5 ? pick(PLACES) : rnd() < 0.5 ? pick(COMPANIES) : pick(INSTITUTIONS));

  const out: SyntheticBriefing[] = [];
  for (let i = 0; out.length < n; i++) {
    const slug = `synthetic-${String(i + 1).padStart(6, '0')}`;
    const date = isoDay(base, Math.floor(i / 2));
    const topics = [...new Set([pick(SYNTHETIC_TOPICS).id, pick(SYNTHETIC_TOPICS).id])].slice(0, int(1, 2));
    const who = actor();
    const verb = pick(VERBS);
    const what = pick(THINGS);
    const where = pick(PLACES);
    const why = pick(QUALIFIERS);
    const person = name();
    const role = pick(ROLES);
    const amount = int(2, 950);
    const pct = `${int(1, 40)}.${int(0, 9)}`;
    const company = pick(COMPANIES);
    const model = `${'HXMB'[int(0, 3)]}${int(1, 9)}${int(0, 9)}0`;

    const sentenceAr = (): string => {
      const s = pick([
        () => `${pick(CONNECTORS)[0]} ${pick(ROLES)[0]} ${name()[0]} إن ${pick(THINGS)[0]} في ${pick(PLACES)[0]} ارتفعت بنسبة ${rnd() < 0.3 ? toArabicIndic(pct) : pct}% خلال الربع الماضي.`,
        () => `وتأتي هذه الخطوة ${pick(QUALIFIERS)[0]}، فيما تترقب ${pick(INSTITUTIONS)[0]} بيانات جديدة عن ${pick(THINGS)[0]}.`,
        () => `وذكرت مصادر أن ${pick(COMPANIES)[0]} تجري محادثات مع ${pick(PLACES)[0]} بشأن ${pick(THINGS)[0]} بقيمة ${amount} مليون دولار.`,
        () => `ويرى محللون أن القرار قد يؤثر على ${pick(THINGS)[0]} و${pick(THINGS)[0]} في المدى القصير، لكن أثره على المدى الطويل يبقى غير واضح.`,
        () => `وكانت ${pick(PLACES)[0]} قد أعلنت في وقت سابق من هذا العام خطة لزيادة ${pick(THINGS)[0]} إلى مستوى قياسي.`,
        () => `ولم تردّ ${pick(INSTITUTIONS)[0]} على طلبات التعليق حتى وقت النشر، بحسب ما أفادت رويترز.`,
        () => `وتُظهر الأرقام الرسمية أن ${pick(THINGS)[0]} تراجعت إلى أدنى مستوى لها منذ عام ${int(2008, 2024)}.`,
        () => `وقالت مسؤولة في ${pick(INSTITUTIONS)[0]} إنّ المفاوضات مع ${pick(PLACES)[0]} «بنّاءة» لكنها لم تنتهِ بعد.`,
      ])();
      return rnd() < 0.1 ? s.replace('ال', 'الْ') : s;
    };
    const sentenceEn = (): string =>
      pick([
        () => `${name()[1]}, ${pick(ROLES)[1]}, ${pick(CONNECTORS)[1]} ${pick(THINGS)[1]} in ${pick(PLACES)[1]} rose ${pct}% in the last quarter.`,
        () => `The move comes ${pick(QUALIFIERS)[1]}, while ${pick(INSTITUTIONS)[1]} awaits fresh data on ${pick(THINGS)[1]}.`,
        () => `Sources said ${pick(COMPANIES)[1]} was in talks with ${pick(PLACES)[1]} over ${pick(THINGS)[1]} worth $${amount} million.`,
        () => `Analysts said the decision could weigh on ${pick(THINGS)[1]} and ${pick(THINGS)[1]} in the short run, though its longer-term effect is unclear.`,
        () => `${pick(PLACES)[1]} announced a plan earlier this year to lift ${pick(THINGS)[1]} to a record.`,
        () => `${pick(INSTITUTIONS)[1]} did not respond to requests for comment by the time of publication, Reuters reported.`,
        () => `Official figures show ${pick(THINGS)[1]} fell to their lowest level since ${int(2008, 2024)}.`,
        () => `An official at ${pick(INSTITUTIONS)[1]} described talks with ${pick(PLACES)[1]} as “constructive” but unfinished.`,
      ])();
    const paragraphs = int(3, 6);
    const bodyOf = (locale: 'ar' | 'en') => {
      const sentence = locale === 'ar' ? sentenceAr : sentenceEn;
      const heading = locale === 'ar' ? ['ما الذي حدث', 'لماذا يهم', 'ما التالي'] : ['What happened', 'Why it matters', 'What next'];
      const keyPoints = Array.from({ length: 3 }, () => `- ${sentence()}`);
      const blocks: string[] = ['<KeyPoints>', ...keyPoints, '</KeyPoints>', ''];
      for (let p = 0; p < paragraphs; p++) {
        if (p % 2 === 0) blocks.push(`## ${heading[(p / 2) % heading.length]}`, '');
        blocks.push(Array.from({ length: int(3, 5) }, sentence).join(' '), '');
      }
      blocks.push(`<Callout title="${locale === 'ar' ? 'للسياق' : 'Context'}">`, sentence(), '</Callout>', '');
      return blocks.join('\n');
    };

    // Titles stay inside the editors' limits (80 Arabic, 90 English characters): drop the qualifier when long.
    const titleAr = `${who[0]} ${verb[0]} ${what[0]} ${why[0]}`;
    const titleEn = `${who[1].replace(/^the /, 'The ')} ${verb[1]} ${what[1]} ${why[1]}`;
    out.push({
      locale: 'ar',
      slug,
      title: titleAr.length <= 75 ? titleAr : `${who[0]} ${verb[0]} ${what[0]}`,
      summary: `${who[0]} ${verb[0]} ${what[0]} في ${where[0]}، في قرار قال ${role[0]} ${person[0]} إنه يمس ${pick(THINGS)[0]} وشركات مثل ${company[0]} و${model}.`,
      date,
      topics,
      body: bodyOf('ar'),
    });
    if (out.length < n) {
      out.push({
        locale: 'en',
        slug,
        title: (titleEn.length <= 85 ? titleEn : `${who[1].replace(/^the /, 'The ')} ${verb[1]} ${what[1]}`).replace(/^./, (c) => c.toUpperCase()),
        summary: `${who[1].replace(/^./, (c) => c.toUpperCase())} ${verb[1]} ${what[1]} in ${where[1]}, a decision ${role[1]} ${person[1]} said touches ${pick(THINGS)[1]} and companies such as ${company[1]} and its ${model}.`,
        date,
        topics,
        body: bodyOf('en'),
      });
    }
  }
  return out;
}
