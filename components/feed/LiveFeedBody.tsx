import { getMDXComponent } from 'next-contentlayer2/hooks';
import { localeInfo } from '@/i18n/locales';
import { isPartOf, topLevelParts } from '@/lib/content/mdx-parts';
import type { RenderLiveUpdates } from '@/lib/feeds/live-feed';
import { renderStatic } from '@/lib/feeds/static-html';
import { feedComponents } from './FeedBody';

/**
 * Each update of a live briefing as HTML for its feed entry, by id: the
 * feed variant of the editors' components (no classes, absolute URLs), in
 * one element that carries the language and direction.
 */
export const renderLiveUpdates: RenderLiveUpdates = ({ locale, code, labels, base, pageUrl }) => {
  const components = feedComponents(locale, labels, base, pageUrl);
  const { dir } = localeInfo(locale);
  const out = new Map<string, string>();
  for (const part of topLevelParts(getMDXComponent(code) as never, components)) {
    if (!isPartOf<{ id: string }>(part, components.Update)) continue;
    out.set(
      String(part.props.id).trim(),
      renderStatic(
        <div lang={locale} dir={dir}>
          {part}
        </div>,
      ),
    );
  }
  return out;
};
