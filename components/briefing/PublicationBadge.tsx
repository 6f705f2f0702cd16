import { getTranslations } from 'next-intl/server';
import type { PublicationState } from '@/lib/content/select';

type Props = { state: PublicationState };

/** Marks drafts and scheduled briefings, which only `next dev` shows. */
export async function PublicationBadge({ state }: Props) {
  if (state === 'published') return null;
  const t = await getTranslations('Briefing');
  return (
    <span className={`badge badge-${state}`} data-state={state}>
      {t(state)}
    </span>
  );
}
