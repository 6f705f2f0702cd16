import { localeInfo, locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type NotFoundMessages = { title: string; description: string; home: string };

async function notFoundMessages(locale: Locale): Promise<NotFoundMessages> {
  return (await import(`../messages/${locale}.json`)).default.NotFound;
}

/**
 * Only for paths outside any locale (the proxy redirects most of those), so
 * it speaks every language of the site, the default one first.
 */
export default async function GlobalNotFound() {
  const sections = await Promise.all(locales.map(async (locale) => ({ locale, t: await notFoundMessages(locale) })));
  const first = locales[0]!;
  return (
    <html lang={first} dir={localeInfo(first).dir}>
      <body>
        <main className="page container global-not-found">
          {sections.map(({ locale, t }) => (
            <section key={locale} lang={locale} dir={localeInfo(locale).dir}>
              <h1>{t.title}</h1>
              <p>{t.description}</p>
              <p>
                <a href={modeHref(paths.home(locale))}>{t.home}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
