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
      <Body components={components} />
    </div>
  );
}
