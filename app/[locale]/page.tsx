import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { BriefingCard } from '@/components/BriefingCard';
import { PageShell } from '@/components/PageShell';
import { everywhere } from '@/lib/alternates';
import { getBriefings } from '@/lib/content';
import { paths } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const briefings = getBriefings(locale);

  return (
    <PageShell locale={locale} alternates={everywhere(paths.home)}>
      <h1 className="page-title">{t('title')}</h1>
      {briefings.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="briefing-list">
          {briefings.map((b) => (
            <BriefingCard key={b.slug} locale={locale} briefing={b} />
          ))}
        </div>
      )}
    </PageShell>
  );
}
