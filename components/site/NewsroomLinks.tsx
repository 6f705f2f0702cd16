import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getSitePage } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type Props = { locale: Locale };

/** The site pages that say who we are and how we work, in the footer (each only where it exists). */
export async function NewsroomLinks({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const links = [
    { slug: 'about', label: t('aboutLink') },
    { slug: 'standards', label: t('standardsLink') },
    { slug: 'corrections-policy', label: t('correctionsPolicyLink') },
  ]
    .filter((l) => getSitePage(locale, l.slug) !== null)
    .map((l) => ({ href: paths.sitePage(locale, l.slug), label: l.label }));
  links.push({ href: paths.corrections(locale), label: t('correctionsLink') });
  return (
    <nav className="newsroom-links" aria-label={t('aboutNav')}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={modeHref(l.href)}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
