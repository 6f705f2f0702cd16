import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { locales } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { BriefingArticle } from '@/components/BriefingArticle';
import { PageShell } from '@/components/PageShell';
import { briefingAlternates } from '@/lib/alternates';
import { getBriefing, getBriefings, getTranslations as getTwins } from '@/lib/content';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getBriefings(locale).map((b) => ({ locale, slug: b.slug })));
}

export default async function BriefingPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const briefing = getBriefing(locale, slug);
  if (!briefing) notFound();
  const twins = getTwins(briefing);
  const available = [locale, ...(Object.keys(twins) as typeof locales)];

  return (
    <PageShell locale={locale} alternates={briefingAlternates(slug, available)}>
      <BriefingArticle locale={locale} briefing={briefing} />
    </PageShell>
  );
}
