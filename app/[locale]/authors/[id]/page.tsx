import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/locales';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { BriefingList } from '@/components/briefing/BriefingList';
import { PageShell } from '@/components/layouts/PageShell';
import { briefingsBy, getAuthor, getAuthors, getBriefings, getToday, type Author } from '@/lib/content';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { authorMetadata } from '@/lib/seo/page-metadata';
import { withLite } from '@/lib/routing/lite';

type Props = PageProps<'id'>;

export const dynamicParams = false;

export function generateStaticParams() {
  // With each one's lite twin (lib/routing/lite.ts): this route refuses params it did not build.
  return withLite(locales.flatMap((locale) => getAuthors().map((a) => ({ locale, id: a.id }))));
}

async function lookup(params: Props['params']): Promise<{ locale: Locale; author: Author } | null> {
  const { locale: segment, id } = await params;
  const l = localeParam(segment);
  const author = l ? getAuthor(id) : null;
  return l && author ? { locale: l.locale, author } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await lookup(params);
  return page ? authorMetadata(page.locale, page.author) : {};
}

/** An author or desk: who they are, and every briefing they signed, newest first. */
export default async function AuthorPage({ params }: Props) {
  const { locale, author } = found(await lookup(params));
  const t = await getTranslations({ locale, namespace: 'Author' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const briefing = await getTranslations({ locale, namespace: 'Briefing' });
  const signed = briefingsBy(getBriefings(locale), author.id);

  return (
    <PageShell locale={locale} alternates={pageAlternates.author(author.id)}>
      <Breadcrumbs
        label={briefing('breadcrumb')}
        trail={[
          { name: site('homeLink'), path: paths.home(locale) },
          { name: author.name[locale], path: paths.author(locale, author.id) },
        ]}
      />
      <p className="eyebrow">{t('eyebrow', { kind: author.kind })}</p>
      <h1 className="page-title" data-author={author.id} data-kind={author.kind}>
        {author.name[locale]}
      </h1>
      <p className="author-bio">{author.bio[locale]}</p>
      {/* A section of the page, smaller than its h1; a desk is not called an author. */}
      <h2 className="section-title">{t('briefings', { kind: author.kind })}</h2>
      <BriefingList locale={locale} briefings={signed} empty={t('empty')} today={getToday()} omitAuthor={author.id} />
    </PageShell>
  );
}
