import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import { editionText } from './text-edition';

const bidi = bidiFactory();
const direction = (text: string) => (bidi.getEmbeddingLevels(text).paragraphs[0]!.level % 2 === 1 ? 'rtl' : 'ltr');

const entries = [
  { slug: 'b', title: 'Nvidia تبيع رقائق H200', summary: '2026 عام حاسم للرقائق.', keyPoints: ['OpenAI تعلّق', 'نقطة ثانية'], url: 'https://x.test/ar/briefings/b', date: '2026-01-28', topics: [] },
  { slug: 'a', title: 'عنوان عربي', summary: 'ملخص.', keyPoints: [], url: 'https://x.test/ar/briefings/a', date: '2026-01-28', topics: [] },
];
const labels = { heading: 'الموجز اليومي · 28 يناير 2026', read: 'اقرأ:', web: 'على الموقع:', footer: ['إلغاء الاشتراك:', 'https://x.test/u?token=t'] };

describe('editionText', () => {
  const text = editionText({ dir: 'rtl', url: 'https://x.test/ar/digest/2026-01-28', entries }, labels);

  it('lists the items in order with their summaries, key points and absolute links', () => {
    const plain = text.replace(/[\u200F\u2068\u2069]/g, '');
    expect(plain.indexOf('Nvidia تبيع')).toBeLessThan(plain.indexOf('عنوان عربي'));
    for (const url of ['https://x.test/ar/digest/2026-01-28', ...entries.map((e) => e.url)]) expect(plain).toContain(`\n${url}\n`);
    expect(plain).toContain('• OpenAI تعلّق');
    expect(plain.endsWith('https://x.test/u?token=t\n')).toBe(true);
  });

  it('reads right to left in every Arabic paragraph, by the bidi algorithm', () => {
    const paragraphs = text.split('\n').filter((l) => l.trim() && !/^—+$/.test(l));
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) expect([p, direction(p)]).toEqual([p, 'rtl']);
  });

  it('leaves an English edition unmarked', () => {
    const en = editionText({ dir: 'ltr', url: 'https://x.test/en/digest/2026-01-28', entries }, labels);
    expect(en).not.toMatch(/[\u200F\u2068\u2069]/);
  });
});
