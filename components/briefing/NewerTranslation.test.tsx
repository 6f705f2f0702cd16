import { readFileSync } from 'node:fs';
import { createTranslator } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/locales';
import { NewerTranslation } from './NewerTranslation';

/** The notice as the page renders it, with the site's real messages (what the server sends). */
function render(locale: Locale, twin: Locale, revised: string): string {
  const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
  const t = createTranslator({ locale, messages, namespace: 'Briefing' });
  return renderToStaticMarkup(
    <NewerTranslation
      locale={locale}
      twin={{ locale: twin, slug: 'chips' }}
      revised={revised}
      words={{
        notice: (language, date, wrapDate) => t.rich('newerTranslation', { language, date, when: wrapDate }),
        link: (language) => t('newerTranslationLink', { language }),
        label: t('newerTranslationLabel'),
      }}
    />,
  );
}

describe('NewerTranslation', () => {
  it('tells Arabic readers, in Arabic and in Riyadh time, that the English version is newer, and links to it', () => {
    const html = render('ar', 'en', '2026-01-29T10:00+03:00');
    expect(html).toContain('<aside class="newer-translation" aria-label="نسخة أحدث بلغة أخرى" data-newer="en">');
    expect(html).toContain('حُدِّثت النسخة الإنجليزية من هذا الإيجاز في <bdi><time dateTime="2026-01-29T10:00:00+03:00">');
    // The numbering system the locale table pins (-u-nu-latn), and the site's zone by name.
    expect(html).toContain('>29 يناير 2026 في 10:00 ص التوقيت العربي الرسمي</time></bdi>، بعد آخر تحديث لهذه النسخة، وقد تتضمن معلومات أحدث. ');
    expect(html).toContain('<a href="/en/briefings/chips" hrefLang="en" dir="auto">اقرأ النسخة الإنجليزية</a>');
  });

  it('tells English readers that the Arabic version is newer, a day-only date as that day', () => {
    const html = render('en', 'ar', '2026-02-01');
    expect(html).toContain('The Arabic version of this briefing was updated on <bdi><time dateTime="2026-02-01">1 February 2026</time></bdi>, after this one');
    expect(html).toContain('<a href="/ar/briefings/chips" hrefLang="ar" dir="auto">Read the Arabic version</a>');
  });

  it('renders nothing for a date it cannot read', () => {
    expect(render('en', 'ar', 'soon')).toBe('');
  });
});
