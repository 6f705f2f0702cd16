import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatDiagnostic, type Diagnostic } from '@/lib/content';
import { everywhere } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { PageShell } from './PageShell';

type Props = { locale: Locale; problems: Diagnostic[] };

/**
 * What the preview (`npm run dev`) shows instead of a briefing whose file
 * has errors: each diagnostic of the content check, as `npm run
 * content:check` prints it (`path:line:column: rule: message — fix`) and
 * field by field, around text in the editor's language. The checker's own
 * messages are English (lib/content/check). Production never renders this:
 * the build refuses such a file.
 */
export async function PreviewProblemsView({ locale, problems }: Props) {
  const t = await getTranslations({ locale, namespace: 'Preview' });
  const code = (chunks: ReactNode) => <code dir="ltr">{chunks}</code>;
  return (
    <PageShell locale={locale} alternates={everywhere(paths.home)}>
      <h1 className="page-title">{t('title')}</h1>
      <p>{t.rich('description', { code })}</p>
      <ol className="preview-problems">
        {problems.map((d) => (
          <li key={`${d.line}:${d.column}:${d.rule}:${d.message}`} className="preview-problem" data-severity={d.severity}>
            <pre dir="ltr" className="preview-problem-line">
              {formatDiagnostic(d)}
            </pre>
            <dl className="preview-problem-fields">
              <dt>{t('file')}</dt>
              <dd dir="ltr">{d.file}</dd>
              <dt>{t('line')}</dt>
              <dd>
                <bdi>{d.line}</bdi>
              </dd>
              <dt>{t('column')}</dt>
              <dd>
                <bdi>{d.column}</bdi>
              </dd>
              <dt>{t('rule')}</dt>
              <dd dir="ltr">
                {d.rule}
                {d.severity === 'warning' ? ` (${t('warning')})` : ''}
              </dd>
              <dt>{t('problem')}</dt>
              <dd dir="ltr">{d.message}</dd>
              <dt>{t('fix')}</dt>
              <dd dir="ltr">{d.fix}</dd>
            </dl>
          </li>
        ))}
      </ol>
      <p>{t.rich('english', { code })}</p>
    </PageShell>
  );
}
