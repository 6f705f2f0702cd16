import { getTranslations } from 'next-intl/server';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { getBriefing, getPrerenderedBriefings, getTopic, getTopicLocales, getTopicPages, type Briefing, type Topic } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { shareFormats, shareImageContentType, type ShareCardInput, type ShareFormat } from './share-card';
import { briefingCard, pageCard, shareImageId } from './card-input';

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

export async function homeImage(locale: Locale): Promise<ShareImage> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return image(paths.home(locale), { locale }, pageCard(t('tagline'), locale));
}

export function briefingImage(briefing: Briefing, locale: Locale, format: ShareFormat = 'wide'): ShareImage {
  const card = briefingCard(briefing, locale, getTopic(briefing.topics[0] ?? ''), format);
  return image(paths.briefing(locale, briefing.slug), { locale, slug: briefing.slug }, card);
}

/** A briefing's images in every shape (16:9, 4:3, 1:1), wide first: all listed in its JSON-LD `image`. */
export function briefingImageSet(briefing: Briefing, locale: Locale): ShareImage[] {
  return (Object.keys(shareFormats) as ShareFormat[]).map((format) => briefingImage(briefing, locale, format));
}

export async function topicImage(topic: Topic, locale: Locale): Promise<ShareImage> {
  const t = await getTranslations({ locale, namespace: 'Topic' });
  return image(paths.topic(locale, topic.id), { locale, topic: topic.id }, pageCard(topic.label[locale], locale, t('eyebrow')));
}

/**
 * Every share image of the site, derived from the content and the locale
 * table: the image routes prerender exactly these, and page metadata points
 * at the same ones.
 */
export function homeImages(): Promise<ShareImage[]> {
  return Promise.all(locales.map(homeImage));
}

/** The images `next build` prerenders: those of the prerendered briefings (the rest render on first request). */
export function briefingImages(): ShareImage[] {
  return locales.flatMap((locale) => getPrerenderedBriefings(locale).flatMap((b) => briefingImageSet(b, locale)));
}

export function topicImages(): Promise<ShareImage[]> {
  return Promise.all(getTopicPages().map(({ locale, topic }) => topicImage(topic, locale)));
}

/**
 * The image of one page, looked up from its route params (null when the page
 * has none): what a share-image request needs, without listing every image.
 */
export const findShareImage = {
  home: async ({ locale }: Record<string, string>) => (isLocale(locale) ? homeImage(locale) : null),
  briefing: ({ locale, slug, id }: Record<string, string>) => {
    const briefing = isLocale(locale) && slug ? getBriefing(locale, slug) : null;
    if (!briefing) return null;
    const set = briefingImageSet(briefing, briefing.locale as Locale);
    return set.find((img) => img.params.id === id) ?? set[0]!;
  },
  topic: async ({ locale, topic: id }: Record<string, string>) => {
    const topic = id ? getTopic(id) : null;
    return topic && isLocale(locale) && getTopicLocales(topic.id).includes(locale) ? topicImage(topic, locale) : null;
  },
};

/** What page metadata needs of a share image. */
export function imageMeta(img: ShareImage) {
  const { width, height } = shareFormats[img.input.format ?? 'wide'];
  return { url: img.path, width, height, type: shareImageContentType, alt: img.input.title };
}
