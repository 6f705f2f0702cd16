import { locales, type Locale } from '../../../i18n/locales';
import { parseCalendarDate, parseEditorDate } from '../dates';
import type { Frontmatter, Position } from '../frontmatter';
import { COMMIT_PATTERN } from '../schema';
import type { Diagnostic } from './diagnostic';
import { reporter } from './report';

/** What these rules need of a briefing file: where it is and its parsed frontmatter. */
export type TwinFile = { path: string; location: { locale: Locale; slug: string } | null; page: boolean; fm: Frontmatter | null };

/**
 * Which of the commit ids given git knows, or null when that cannot be told
 * (no git, not a checkout, a shallow clone): the commit rule is then skipped,
 * never guessed.
 */
export type CommitLookup = (commits: readonly string[]) => ReadonlySet<string> | null;

type Correction = { date: string; text: string };

/** A version's corrections as written, the malformed ones left out (the `correction` rule reports those). */
function correctionsOf(fm: Frontmatter | null): Correction[] {
  const list = fm?.data?.corrections;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c) => {
    const entry = c as Record<string, unknown> | null;
    return entry && typeof entry.date === 'string' && parseCalendarDate(entry.date) && typeof entry.text === 'string'
      ? [{ date: entry.date.trim(), text: entry.text }]
      : [];
  });
}

const instant = (value: string) => parseEditorDate(value)?.epoch ?? 0;

/**
 * The corrections of `source` that `twin` has no counterpart for. The two
 * texts are in different languages, so only dates can pair them: both lists
 * in date order, the first with the first and so on, whatever the day (a
 * translator may catch up days later, and either version may be corrected
 * first); the source's corrections past the end of the twin's list are the
 * ones it lacks. This keeps the rule symmetric: two versions with one
 * correction each never warn each other.
 */
export function missingCorrections(source: readonly Correction[], twin: readonly Correction[]): Correction[] {
  const byDate = (a: Correction, b: Correction) => instant(a.date) - instant(b.date);
  return [...source].sort(byDate).slice(twin.length);
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);
const languageInEnglish = (locale: Locale) => new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;

/**
 * The rules between a briefing and its twins (the other languages' files of
 * the same slug), run once the files' own rules are done:
 * - `translation-of`: the version `translationOf` names exists, and git knows
 *   its commit (an error: a translation tied to nothing cannot say what it
 *   missed);
 * - `translation-correction` (a warning): a version lacks a correction one of
 *   its twins has, so readers of one language still read the error.
 * Files with errors are skipped: they are fixed first.
 */
export function checkTwins(files: readonly TwinFile[], diagnostics: Diagnostic[], knownCommits?: CommitLookup): void {
  const briefings = files.filter((f) => !f.page && f.location && f.fm?.data && f.fm.errors.length === 0);
  const failing = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const byKey = new Map(briefings.map((f) => [`${f.location!.locale}/${f.location!.slug}`, f]));

  const tied: { file: TwinFile; commit: string; at: Position }[] = [];
  for (const f of briefings) {
    if (failing.has(f.path)) continue;
    const { locale: own, slug } = f.location!;
    const report = reporter(f.path, diagnostics);
    const of = f.fm!.data!.translationOf as Record<string, unknown> | undefined;
    if (of && typeof of === 'object' && typeof of.locale === 'string' && of.locale !== own && (locales as readonly string[]).includes(of.locale)) {
      if (!byKey.has(`${of.locale}/${slug}`)) {
        report(
          'translation-of',
          f.fm!.positionOf('translationOf.locale'),
          `translationOf names the ${of.locale} version, but content/briefings/${of.locale}/${slug}.mdx does not exist`,
          `correct the locale, or remove translationOf if this version is not a translation`,
        );
      }
      if (typeof of.commit === 'string' && COMMIT_PATTERN.test(of.commit.trim())) {
        tied.push({ file: f, commit: of.commit.trim(), at: f.fm!.positionOf('translationOf.commit') ?? { line: 1, column: 1 } });
      }
    }

    // Every correction a twin has, this version needs too.
    const mine = correctionsOf(f.fm);
    for (const other of locales) {
      const twin = other === own ? undefined : byKey.get(`${other}/${slug}`);
      if (!twin || failing.has(twin.path)) continue;
      for (const correction of missingCorrections(correctionsOf(twin.fm), mine)) {
        const where = f.fm!.keyPositions.get('corrections') ?? { line: Math.max(1, f.fm!.bodyLine - 1), column: 1 };
        report(
          'translation-correction',
          where,
          `the ${other} version has a correction dated ${correction.date} that this version lacks: "${excerpt(correction.text)}"`,
          `correct this text too and add under corrections: - date: ${correction.date} with its text in ${languageInEnglish(own)} (see ${twin.path})`,
          'warning',
        );
      }
    }
  }

  if (!knownCommits || tied.length === 0) return;
  const known = knownCommits([...new Set(tied.map((t) => t.commit))]);
  if (!known) return;
  for (const { file, commit, at } of tied) {
    if (known.has(commit)) continue;
    const source = `content/briefings/${(file.fm!.data!.translationOf as { locale: string }).locale}/${file.location!.slug}.mdx`;
    reporter(file.path, diagnostics)(
      'translation-of',
      at,
      `translationOf.commit ${commit} is not a commit of this repository's history`,
      `copy the id \`git log -1 --format=%H -- ${source}\` prints (the commit of the version you translated)`,
    );
  }
}
