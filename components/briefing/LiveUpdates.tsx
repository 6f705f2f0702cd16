import { getMDXComponent } from 'next-contentlayer2/hooks';
import { getTranslations } from 'next-intl/server';
import type { ReactElement } from 'react';
import type { Locale } from '@/i18n/locales';
import { isPartOf, topLevelParts } from '@/lib/content/mdx-parts';
import { updatePageCount, updatesOnPage, type LiveUpdate } from '@/lib/content/live';
import { paths } from '@/lib/routing/paths';
import { mdxComponents } from '../mdx';
import { Pagination } from '../site/Pagination';

type Props = {
  locale: Locale;
  slug: string;
  /** The compiled MDX of the body. */
  code: string;
  /** The briefing's updates, newest first (the metadata index). */
  updates: readonly LiveUpdate[];
  /** 1-based: page 1 is the briefing's own URL and also shows the text before the updates. */
  page: number;
};

/**
 * A live briefing's body: on page 1 the text around the updates, then the
 * page's updates newest first, each an <article> with its anchor
 * (components/mdx/Update.tsx), then plain links to the other pages. No
 * JavaScript: a reader reloads, and the page is cached 30 s at most while
 * live (lib/http/cache-policy.mjs).
 */
export async function LiveUpdates({ locale, slug, code, updates, page }: Props) {
  const t = await getTranslations({ locale, namespace: 'Live' });
  const mdx = await getTranslations({ locale, namespace: 'Mdx' });
  const components = mdxComponents({
    locale,
    labels: { keyPoints: mdx('keyPoints'), timeline: mdx('timeline'), live: { keyEvent: t('keyEvent'), breaking: t('breaking') } },
    variant: 'page',
    url: (href) => href,
  });
  const parts = topLevelParts(getMDXComponent(code) as never, components);
  const byId = new Map<string, ReactElement>();
  for (const part of parts) if (isPartOf<{ id: string }>(part, components.Update)) byId.set(String(part.props.id).trim(), part);
  const shown = updatesOnPage(updates, page) ?? [];
  const intro = parts.filter((p) => !isPartOf(p, components.Update));
  return (
    <div className="prose live-body">
      {page === 1 && intro}
      <section className="live-updates" aria-labelledby="live-updates-heading">
        <h2 id="live-updates-heading" className="visually-hidden">
          {t('updates')}
        </h2>
        {shown.map((u) => byId.get(u.id)).filter((el) => el !== undefined)}
      </section>
      <Pagination locale={locale} page={page} pageCount={updatePageCount(updates.length)} pathFor={(n) => paths.liveUpdates(locale, slug, n)} />
    </div>
  );
}
