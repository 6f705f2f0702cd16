import type { Metadata } from 'next';
import { Edition } from '@/components/digest/Edition';
import { PageShell } from '@/components/layouts/PageShell';
import { Subscribe } from '@/components/newsletter/Subscribe';
import { locales } from '@/i18n/locales';
import { getEdition, getPrerenderedEditionDays } from '@/lib/digest';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { editionMetadata } from '@/lib/seo/page-metadata';

type Props = PageProps<'day'>;

/**
 * The editions of the prerendered briefings' days are built with the site;
 * older days render on their first request and are cached (dynamicParams,
 * the default), like older briefings. The proxy answers an unknown day with
 * the localized 404 first (lib/routing/on-demand.ts).
 */
export function generateStaticParams() {
  return locales.flatMap((locale) => getPrerenderedEditionDays(locale).map((day) => ({ locale, day })));
}

async function lookup(params: Props['params']) {
  const { locale, day } = await params;
  const l = localeParam(locale);
  const edition = l ? getEdition(l.locale, day) : null;
  return l && edition ? { locale: l.locale, edition } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await lookup(params);
  return page ? editionMetadata(page.locale, page.edition.day) : {};
}

export default async function EditionPage({ params }: Props) {
  const { locale, edition } = found(await lookup(params));
  return (
    <PageShell locale={locale} alternates={pageAlternates.edition(edition.day)}>
      <Edition locale={locale} edition={edition} />
      <Subscribe locale={locale} source="edition" />
    </PageShell>
  );
}
