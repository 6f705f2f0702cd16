import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layouts/PageShell';
import { ConfirmForm } from '@/components/newsletter/ConfirmForm';
import { ManageForms } from '@/components/newsletter/ManageForms';
import { Subscribe } from '@/components/newsletter/Subscribe';
import { localeInfo } from '@/i18n/locales';
import { now } from '@/lib/clock/clock.mjs';
import { newsletterConfig } from '@/lib/newsletter/config';
import { sharedDb } from '@/lib/newsletter/db';
import { pageMode, stateMessages } from '@/lib/newsletter/page-mode';
import { getSubscriber } from '@/lib/newsletter/store';
import { everywhere } from '@/lib/routing/alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { siteUrl } from '@/lib/site/url';

type Props = PageProps & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const l = localeParam((await params).locale);
  if (!l) return {};
  const t = await getTranslations({ locale: l.locale, namespace: 'Newsletter' });
  return { title: t('pageTitle'), robots: { index: false, follow: true } };
}

/**
 * The newsletter's page, rendered per request (its query carries a signed
 * token or a state): the confirmation button, the manage forms, or what a
 * form post led to, each with the sign-up form where it helps.
 */
export default async function NewsletterPage({ params, searchParams }: Props) {
  const { locale } = found(localeParam((await params).locale));
  const t = await getTranslations({ locale, namespace: 'Newsletter' });
  const mode = pageMode(await searchParams, newsletterConfig(process.env, siteUrl()).secret, now());
  let body;
  if (mode.kind === 'confirm') body = <ConfirmForm locale={locale} email={mode.claims.email} token={mode.token} />;
  else if (mode.kind === 'manage') {
    const stored = await getSubscriber(await sharedDb(), mode.claims.email);
    body = stored ? (
      <ManageForms locale={locale} email={stored.email} current={stored.locale} token={mode.token} />
    ) : (
      <>
        <h1 className="page-title">{t('unsubscribedTitle')}</h1>
        <p>{t('unsubscribed')}</p>
      </>
    );
  } else if (mode.kind === 'state') {
    const m = stateMessages[mode.state];
    body = (
      <>
        <h1 className="page-title">{t(m.title as never)}</h1>
        <p>{t(m.text as never, { language: localeInfo(locale).nativeName } as never)}</p>
        {['invalid', 'bad-address', 'unsubscribed'].includes(mode.state) && <Subscribe locale={locale} source="newsletter" />}
      </>
    );
  } else {
    body = (
      <>
        <h1 className="page-title">{t('pageTitle')}</h1>
        <Subscribe locale={locale} source="newsletter" />
      </>
    );
  }
  return (
    <PageShell locale={locale} alternates={everywhere(paths.newsletter)}>
      {body}
    </PageShell>
  );
}
