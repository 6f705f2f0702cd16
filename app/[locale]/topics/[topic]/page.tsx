import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { locales } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { BriefingCard } from '@/components/BriefingCard';
import { PageShell } from '@/components/PageShell';
import { everywhere } from '@/lib/alternates';
import { getBriefingsByTopic, getTopic, getTopics } from '@/lib/content';
import { paths } from '@/lib/routes';

type Props = { params: Promise<{ locale: string; topic: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getTopics().map((t) => ({ locale, topic: t.id })));
}

export default async function TopicPage({ params }: Props) {
  const { locale, topic: topicId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const topic = getTopic(topicId);
  if (!topic) notFound();
  const t = await getTranslations({ locale, namespace: 'Topic' });
  const briefings = getBriefingsByTopic(locale, topic.id);

  return (
    <PageShell locale={locale} alternates={everywhere((l) => paths.topic(l, topic.id))}>
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1 className="page-title">{topic.label[locale]}</h1>
      <p className="count">{t('count', { count: briefings.length })}</p>
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
