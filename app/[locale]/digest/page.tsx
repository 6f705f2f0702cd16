import type { Metadata } from 'next';
import { Edition } from '@/components/digest/Edition';
import { Subscribe } from '@/components/newsletter/Subscribe';
import { PageShell } from '@/components/layouts/PageShell';
import { getEdition, getLatestEditionDay } from '@/lib/digest';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { editionMetadata } from '@/lib/seo/page-metadata';

function lookup(segment: string) {
  const l = localeParam(segment);
  const day = l ? getLatestEditionDay(l.locale) : null;
  const edition = l && day ? getEdition(l.locale, day) : null;
  return l && edition ? { locale: l.locale, edition } : null;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = lookup((await params).locale);
  return page ? editionMetadata(page.locale, page.edition.day, true) : {};
}

/** The latest edition of the Daily Brief, rendered again when a new day's briefing comes out (lib/clock/schedule.mjs). */
export default async function LatestEditionPage({ params }: PageProps) {
  const { locale, edition } = found(lookup((await params).locale));
  return (
    <PageShell locale={locale} alternates={pageAlternates.digest()}>
      <Edition locale={locale} edition={edition} latest />
      <Subscribe locale={locale} source="digest" />
    </PageShell>
  );
}
