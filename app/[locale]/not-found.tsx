import { useLocale } from 'next-intl';
import { NotFoundView } from '@/components/layouts/NotFoundView';

/**
 * For notFound() inside a locale; unknown URLs get ./missing instead.
 * 404 path: next.config.mjs (fallback rewrite) → app/[locale]/missing/route.ts → lib/http/not-found-document.ts → app/[locale]/not-found-view/page.tsx → components/layouts/NotFoundView.tsx; app/[locale]/not-found.tsx for notFound() in a page.
 */
export default function NotFoundPage() {
  return <NotFoundView locale={useLocale()} />;
}
