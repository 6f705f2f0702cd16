import { locales, type Locale } from '../../../i18n/locales';
import { briefingLocation } from '../check/location';
import type { SourceChange } from './source-changes';

/** One line of `git diff --name-status`: A(dded), M(odified), D(eleted), R(enamed)… and the path it leaves. */
export type ChangedFile = { status: string; path: string };

/** A translation a change leaves behind: the twin of a changed briefing that the change does not touch. */
export type StaleTranslation = { source: string; sourceLocale: Locale; translation: string; locale: Locale; slug: string };

/** `git diff --name-status` output, one entry per line; a rename or copy counts as its new path. */
export function parseNameStatus(text: string): ChangedFile[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [status = '', ...paths] = line.split('\t');
      return { status: status.charAt(0), path: paths[paths.length - 1] ?? '' };
    });
}

/**
 * Which translations a set of changed files leaves behind: for each briefing
 * the change edits (or renames into place), every twin in another language
 * that exists and that the change does not touch as well. A new briefing
 * (its first version, or a translation just added) leaves nothing behind,
 * and neither does a deleted one. Pure: `exists` says which briefing files
 * exist after the change.
 */
export function staleTranslations(changed: readonly ChangedFile[], exists: (path: string) => boolean): StaleTranslation[] {
  const touched = new Set(changed.map((c) => c.path));
  const stale: StaleTranslation[] = [];
  for (const { status, path } of changed) {
    if (status !== 'M' && status !== 'R') continue;
    const at = briefingLocation(path);
    if (!at || !(locales as readonly string[]).includes(at.locale)) continue;
    const prefix = path.slice(0, path.length - `${at.locale}/${at.slug}.mdx`.length);
    for (const locale of locales) {
      if (locale === at.locale) continue;
      const translation = `${prefix}${locale}/${at.slug}.mdx`;
      if (touched.has(translation) || !exists(translation)) continue;
      stale.push({ source: path, sourceLocale: at.locale as Locale, translation, locale, slug: at.slug });
    }
  }
  return stale.sort((a, b) => a.translation.localeCompare(b.translation));
}

/** The marker by which the workflow finds and replaces its earlier comment. */
export const STALE_MARKER = '<!-- mawjaz:stale-translations -->';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What changed in a source, in one table cell. */
export function describeChange(change: Pick<SourceChange, 'fields' | 'paragraphs'> | undefined): string {
  if (!change) return '';
  const parts = [
    ...(change.fields.length ? [`fields: ${change.fields.map((f) => `\`${f}\``).join(', ')}`] : []),
    `${plural(change.paragraphs.added.length, 'paragraph')} new or rewritten, ${change.paragraphs.removed.length} removed`,
  ];
  return parts.join('; ');
}

/** The pull-request comment: a table of the translations left behind, or '' when there are none. */
export function formatStaleComment(stale: readonly StaleTranslation[], changes: ReadonlyMap<string, Pick<SourceChange, 'fields' | 'paragraphs'>>): string {
  if (stale.length === 0) return '';
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    STALE_MARKER,
    `### ${plural(stale.length, 'translation')} this pull request leaves behind`,
    '',
    'The briefing changed in one language but not in the other. Bring each translation up to date, then set its `translationOf.commit` to the source’s new commit (EDITORS.md §7). A change that needs no translation (a typo) needs nothing.',
    '',
    '| changed | translation to update | what changed |',
    '| --- | --- | --- |',
    ...stale.map((s) => `| \`${s.source}\` | \`${s.translation}\` | ${escape(describeChange(changes.get(s.source)))} |`),
    '',
  ].join('\n');
}

/** The same for a terminal: one line per translation. */
export function formatStaleText(stale: readonly StaleTranslation[], changes: ReadonlyMap<string, Pick<SourceChange, 'fields' | 'paragraphs'>>): string {
  if (stale.length === 0) return 'No translation is left behind.';
  return stale.map((s) => `${s.translation} is behind ${s.source}${changes.has(s.source) ? ` (${describeChange(changes.get(s.source))})` : ''}`).join('\n');
}
