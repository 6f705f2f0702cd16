import { describe, expect, it } from 'vitest';
import { pageCard, shareImageId } from './card-input';

describe('shareImageId', () => {
  const card = pageCard('الصين توافق على استيراد أول دفعة من رقائق إنفيديا H200', 'ar', 'أشباه الموصلات');

  it('is stable for the same card', () => {
    expect(shareImageId(card)).toBe(shareImageId({ ...card }));
    expect(shareImageId(card)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes when anything drawn on the card changes', () => {
    const ids = new Set([
      shareImageId(card),
      shareImageId({ ...card, title: `${card.title}!` }),
      shareImageId({ ...card, date: '29 يناير 2026' }),
      shareImageId({ ...card, topic: 'الصين' }),
      shareImageId({ ...card, source: 'رويترز' }),
      shareImageId({ ...card, locale: 'en', dir: 'ltr' }),
    ]);
    expect(ids.size).toBe(6);
  });

  it('gives a right-to-left card for Arabic and left-to-right for English', () => {
    expect(pageCard('x', 'ar').dir).toBe('rtl');
    expect(pageCard('x', 'en').dir).toBe('ltr');
  });
});
