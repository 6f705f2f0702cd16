/** The vocabulary of the synthetic briefings (./synthetic-briefings.ts): names, places and sources, in both languages. */

// ------------------------------------------------------------------ vocabulary
// Pairs [English, Arabic]. Latin names that stay Latin inside Arabic are marked
// with `latin: true` so the body wraps them in <bdi>.

export type Term = readonly [en: string, ar: string];
export type Named = { en: string; ar: string; latin?: boolean };

export const COUNTRIES: Term[] = [
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

export const CITIES: Term[] = [
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

export const ORGS: Named[] = [
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

export const PRODUCTS: string[] = ['H200', 'B200', 'H20', 'Ascend 910C', 'GPT-5', 'EUV', 'HBM3E', 'Snapdragon X', 'Model Y', 'A18 Pro'];

export const SECTORS: Term[] = [
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

export const PEOPLE: Term[] = [
  ['Li Wei', 'لي وي'],
  ['Sarah Collins', 'سارة كولينز'],
  ['Ahmed Al-Mansouri', 'أحمد المنصوري'],
  ['Mona Farid', 'منى فريد'],
  ['Kenji Sato', 'كينجي ساتو'],
  ['Daniel Weber', 'دانيال فيبر'],
  ['Priya Nair', 'بريا ناير'],
  ['Omar Haddad', 'عمر حداد'],
];

export const ROLES: Term[] = [
  ['an analyst at a Hong Kong brokerage', 'محلل في شركة وساطة في هونغ كونغ'],
  ['chief economist at a regional bank', 'كبير الاقتصاديين في بنك إقليمي'],
  ['a former trade negotiator', 'مفاوض تجاري سابق'],
  ['head of research at a Gulf investment firm', 'رئيس قسم الأبحاث في شركة استثمار خليجية'],
  ['a professor of international economics', 'أستاذ الاقتصاد الدولي'],
  ['an industry consultant', 'مستشار في القطاع'],
];

export const SOURCES: { en: string; ar: string; host: string; sections: string[] }[] = [
  { en: 'Reuters', ar: 'رويترز', host: 'www.reuters.com', sections: ['business', 'world', 'technology', 'markets'] },
  { en: 'Associated Press', ar: 'أسوشيتد برس', host: 'apnews.com', sections: ['article'] },
  { en: 'Bloomberg', ar: 'بلومبرغ', host: 'www.bloomberg.com', sections: ['news/articles'] },
  { en: 'Financial Times', ar: 'فايننشال تايمز', host: 'www.ft.com', sections: ['content'] },
  { en: 'Al Jazeera', ar: 'الجزيرة', host: 'www.aljazeera.net', sections: ['ebusiness', 'news'] },
  { en: 'Asharq Al-Awsat', ar: 'الشرق الأوسط', host: 'aawsat.com', sections: ['economy'] },
  { en: 'BBC News', ar: 'بي بي سي', host: 'www.bbc.com', sections: ['news/articles'] },
  { en: 'Nikkei Asia', ar: 'نيكاي آسيا', host: 'asia.nikkei.com', sections: ['Business', 'Economy'] },
];
