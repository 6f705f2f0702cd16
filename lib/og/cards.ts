import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/locales';
import { getBriefings, getTopic, getTopics } from '@/lib/content';
import type { ShareCardInput } from './card';
import { briefingCard, pageCard, shareImageId } from './share';

/** One share image: the page it belongs to, what it shows, and its URL. */
export type ShareImage = {
  /** The page's route params, plus `id`: `<hash>.png`. */
  params: Record<string, string> & { locale: Locale; id: string };
  input: ShareCardInput;
  /** Site-relative URL of the PNG. */
  path: string;
};

function image(pagePath: string, params: Record<string, string> & { locale: Locale }, input: ShareCardInput): ShareImage {
  const id = `${shareImageId(input)}.png`;
  return { params: { ...params, id }, input, path: `${pagePath}/share-image/${id}` };
}

/**
 * Every share image of the site, derived from the content and the locale
 * table: the image routes prerender exactly these, and page metadata points
 * at them.
 */
export async function homeImages(): Promise<ShareImage[]> {
  return Promise.all(
    locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'Site' });
      return image(`/${locale}`, { locale }, pageCard(t('tagline'), locale));
    }),
  );
}

export function briefingImages(): ShareImage[] {
  return locales.flatMap((locale) =>
    getBriefings(locale).map((b) =>
      image(`/${locale}/briefings/${b.slug}`, { locale, slug: b.slug }, briefingCard(b, locale, getTopic(b.topics[0] ?? ''))),
    ),
  );
}

export async function topicImages(): Promise<ShareImage[]> {
  const nested = await Promise.all(
    locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'Topic' });
      return getTopics().map((topic) =>
        image(`/${locale}/topics/${topic.id}`, { locale, topic: topic.id }, pageCard(topic.label[locale], locale, t('eyebrow'))),
      );
    }),
  );
  return nested.flat();
}

/** The image whose params match, or null. */
export function findImage(images: readonly ShareImage[], params: Record<string, string>): ShareImage | null {
  return images.find((img) => Object.entries(img.params).every(([k, v]) => k === 'id' || params[k] === v)) ?? null;
}
