import type { Locale } from '../../../i18n/locales';
import { zoneOffsetMs } from '../../clock/zone.mjs';
import { PLACEHOLDER } from '../schema';

const T = PLACEHOLDER;

/**
 * Pure: an instant as editors write it, to the minute, in `timeZone` with its
 * offset: `2026-01-28T14:05+03:00`.
 */
export function editorMinute(epoch: number, timeZone: string): string {
  const offset = zoneOffsetMs(epoch, timeZone);
  const local = new Date(Math.floor(epoch / 60_000) * 60_000 + offset).toISOString().slice(0, 16);
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const words: Record<Locale, { intro: string; update: string; end: string }> = {
  ar: {
    intro: `${T}: فقرة تمهيدية تشرح القصة لمن يصل إليها الآن (احذفها إن لم تلزم).`,
    update: `${T}: أول تحديث: ما الذي حدث، وبحسب من.`,
    end: 'أضِف موعد انتهاء التغطية حين تنتهي القصة',
  },
  en: {
    intro: `${T}: a paragraph of context for a reader arriving now (remove it if not needed).`,
    update: `${T}: the first update: what happened, according to whom.`,
    end: 'add when the coverage ends',
  },
};

/** The frontmatter lines of a new live briefing (after `sources`). */
export function liveFrontmatter(locale: Locale, start: string): string {
  return `live:\n  start: ${start}\n  # end: ${start}   # ${words[locale].end}\n`;
}

/** The body of a new live briefing: context, then its first update (EDITORS.md §9). */
export function liveBody(locale: Locale, start: string): string {
  const w = words[locale];
  return `${w.intro}\n\n<Update id="first-update" time="${start}" keyEvent>\n${w.update}\n</Update>\n`;
}
