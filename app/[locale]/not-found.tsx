import { useLocale } from 'next-intl';
import { NotFoundView } from '@/components/layouts/NotFoundView';

/** For notFound() inside a locale; unknown URLs get ./missing instead. */
export default function NotFoundPage() {
  return <NotFoundView locale={useLocale()} />;
}
