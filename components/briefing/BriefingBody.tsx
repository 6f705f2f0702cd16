import { getMDXComponent } from 'next-contentlayer2/hooks';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { mdxComponents } from '../mdx';

type Props = { code: string };

/** The MDX body of a briefing, rendered on the server. */
export function BriefingBody({ code }: Props) {
  const t = useTranslations('Mdx');
  const locale = useLocale() as Locale;
  const Body = getMDXComponent(code);
  const components = mdxComponents({ locale, labels: { keyPoints: t('keyPoints'), timeline: t('timeline') }, variant: 'page', url: (href) => href });
  return (
    <div className="prose">
      {/* A server component renders once and holds no state: a component made
          from the briefing's code here loses nothing (the rule guards client
          components' state across renders). */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Body components={components} />
    </div>
  );
}
