import type { Locale } from '../../../i18n/locales';
import { locales } from '../../../i18n/locales';
import { parseCalendarDate, parseEditorDate } from '../dates';
import type { Frontmatter, Position } from '../frontmatter';
import { COMMIT_PATTERN, correctionFields, imageFields, sourceFields, translationOfFields } from '../schema';
import type { Report } from './report';
import type { RuleContext } from './run';
import { didYouMean } from './suggest';
import { dateProblem, homePageProblem, urlProblem } from './values';

/**
 * The rules of the contract's nested objects: a source, a correction, the
 * lead image and translationOf, each against its table in ../schema.ts.
 * ./field-rules.ts checks the fields that hold them.
 */

export type FieldContext = RuleContext & { locale: Locale | null };

type EditorDate = NonNullable<ReturnType<typeof parseEditorDate>>;
/** Whether `a` is before `b`: by instant when both have a time, else by day in the site's zone. */
export function isBefore(a: EditorDate, b: EditorDate): boolean {
  if (a.hasTime && b.hasTime) return a.epoch < b.epoch;
  const day = (d: EditorDate) => (d.hasTime ? parseCalendarDate(d.iso)! : d.writtenDay);
  return day(a) < day(b);
}

/**
 * Reports each key of a nested object (an image, a source, a correction,
 * translationOf) that its table in ../schema.ts does not have, at the key's
 * line, with the nearest known name as a guess.
 */
function reportUnknownKeys(
  entry: Record<string, unknown>,
  allowed: readonly string[],
  names: { path: string; what: (key: string) => string; owner: string },
  fm: Frontmatter,
  report: Report,
  fallback: Position,
): void {
  for (const key of Object.keys(entry)) {
    if (allowed.includes(key)) continue;
    const guess = didYouMean(key, allowed);
    report(
      'unknown-field',
      fm.positionOf(`${names.path}.${key}`) ?? fallback,
      `unknown field ${names.what(key)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      `${names.owner} has only: ${allowed.join(', ')}`,
    );
  }
}

/**
 * The form of `translationOf`, alone: a language of the site other than the
 * file's own, and a commit id. Whether that twin exists and git knows the
 * commit is decided with the rest of the corpus (./translation-rules.ts).
 */
export function checkTranslationOf(entry: Record<string, unknown>, fm: Frontmatter, ctx: FieldContext, report: Report, fallback: Position): void {
  reportUnknownKeys(entry, translationOfFields, { path: 'translationOf', what: (key) => `"translationOf.${key}"`, owner: 'translationOf' }, fm, report, fallback);
  const others = locales.filter((l) => l !== ctx.locale);
  const { locale, commit } = entry;
  const localeAt = fm.positionOf('translationOf.locale') ?? fallback;
  if (typeof locale !== 'string' || !locale.trim()) {
    report('translation-of', localeAt, 'translationOf has no locale: the language of the version this one was translated from', `add locale: ${others[0] ?? 'ar'} under translationOf`);
  } else if (!(locales as readonly string[]).includes(locale)) {
    report('translation-of', localeAt, `translationOf.locale "${locale}" is not a language of this site`, `use ${others.join(' or ')}`);
  } else if (locale === ctx.locale) {
    report('translation-of', localeAt, `translationOf.locale is "${locale}", this file's own language: a version is not a translation of itself`, `name the language it was translated from (${others.join(' or ')}), or remove translationOf`);
  }
  const commitAt = fm.positionOf('translationOf.commit') ?? fallback;
  if (typeof commit === 'number') {
    report('translation-of', commitAt, `translationOf.commit ${String(commit)} was read as a number, not a commit id`, `put it in quotes: commit: "${String(commit)}"`);
  } else if (typeof commit !== 'string' || !commit.trim()) {
    report(
      'translation-of',
      commitAt,
      'translationOf has no commit: the git commit of the source file this translation was made from',
      'add commit: the id `git log -1 --format=%H -- <source file>` prints',
    );
  } else if (!COMMIT_PATTERN.test(commit.trim())) {
    report(
      'translation-of',
      commitAt,
      `translationOf.commit "${commit}" is not a git commit id (7 to 40 lower-case hex digits)`,
      'copy the id `git log -1 --format=%H -- <source file>` prints',
    );
  }
}

export function checkSource(source: unknown, i: number, fm: Frontmatter, report: Report, fallback: Position): void {
  const where = fm.positionOf(`sources.${i}`) ?? fallback;
  const n = i + 1;
  if (!source || typeof source !== 'object' || Array.isArray(source)) {
    report('source', where, `source ${n} should have a name and a url or a date`, 'write it as `- name: Reuters` with `url: https://…` (or `date: YYYY-MM-DD`) on the next line');
    return;
  }
  const entry = source as Record<string, unknown>;
  reportUnknownKeys(entry, sourceFields, { path: `sources.${i}`, what: (key) => `"${key}" in source ${n}`, owner: 'a source' }, fm, report, where);
  if (typeof entry.name !== 'string' || !entry.name.trim()) {
    report('source', where, `source ${n} has no name`, 'add name: the publisher, e.g. name: Reuters');
  }
  if (entry.title !== undefined && (typeof entry.title !== 'string' || !entry.title.trim())) {
    report('source', fm.positionOf(`sources.${i}.title`) ?? where, `source ${n} has an empty title`, 'write the report\'s headline in quotes, or remove the line');
  }
  const hasDate = entry.date !== undefined && entry.date !== null && entry.date !== '';
  if (hasDate) {
    const problem = typeof entry.date === 'string' ? dateProblem(entry.date) : 'is not a date';
    if (problem) {
      report('source', fm.positionOf(`sources.${i}.date`) ?? where, `source ${n} date "${String(entry.date)}" ${problem}`, 'write the date the report was published, as YYYY-MM-DD');
    }
  }
  const url = entry.url;
  if (url === undefined || url === null || (typeof url === 'string' && !url.trim())) {
    // An address is best; a report known only by its date (and headline) is still a citation.
    if (!hasDate) {
      report(
        'source-url',
        typeof url === 'string' ? (fm.positionOf(`sources.${i}.url`) ?? where) : where,
        `source ${n} has neither a url nor a date`,
        'add url: the full https:// address of the report — or, when it has none, date: the day it was published',
      );
    }
    return;
  }
  if (typeof url !== 'string') {
    report('source-url', fm.positionOf(`sources.${i}.url`) ?? where, `source ${n} url is not text`, 'write the full address of the report, starting with https://');
    return;
  }
  const problem = urlProblem(url.trim());
  if (problem) {
    report(
      'source-url',
      fm.positionOf(`sources.${i}.url`) ?? where,
      `source ${n} url "${url}" ${problem}`,
      'use the full address of the report, starting with https:// (or http://)',
    );
    return;
  }
  if (homePageProblem(url.trim())) {
    report(
      'source-home',
      fm.positionOf(`sources.${i}.url`) ?? where,
      `source ${n} url "${url}" is the home page of a site, not the report: a reader cannot check the briefing against it`,
      'link to the article itself — or, when you do not have its address, remove url and give the report\'s date (and title)',
      'warning',
    );
  }
}

export function checkCorrection(correction: unknown, i: number, fm: Frontmatter, ctx: FieldContext, report: Report, fallback: Position): void {
  const where = fm.positionOf(`corrections.${i}`) ?? fallback;
  const n = i + 1;
  if (!correction || typeof correction !== 'object' || Array.isArray(correction)) {
    report('correction', where, `correction ${n} should have a date and a text`, 'write it as `- date: YYYY-MM-DDTHH:MM+03:00` with `text: "…"` on the next line');
    return;
  }
  const entry = correction as Record<string, unknown>;
  reportUnknownKeys(entry, correctionFields, { path: `corrections.${i}`, what: (key) => `"${key}" in correction ${n}`, owner: 'a correction' }, fm, report, where);
  if (typeof entry.text !== 'string' || !entry.text.trim()) {
    report('correction', where, `correction ${n} has no text`, 'add text: what was wrong and what the briefing says now, e.g. text: "An earlier version gave the wrong date."');
  }
  const dateAt = fm.positionOf(`corrections.${i}.date`) ?? where;
  if (typeof entry.date !== 'string' || !entry.date.trim()) {
    report('correction', dateAt, `correction ${n} has no date`, 'add date: when the correction was made, e.g. date: 2026-01-29T10:00+03:00');
    return;
  }
  const problem = dateProblem(entry.date);
  if (problem) {
    report('correction', dateAt, `correction ${n} date "${entry.date}" ${problem}`, 'write it as YYYY-MM-DD, or YYYY-MM-DDTHH:MM+03:00');
    return;
  }
  const when = parseEditorDate(entry.date)!;
  const published = parseEditorDate(fm.data?.date);
  if (published && isBefore(when, published)) {
    report('correction', dateAt, `correction ${n} (${entry.date}) is dated before the briefing was published (${String(fm.data?.date)})`, 'a correction is made after publication: check its date');
  }
  const day = parseCalendarDate(entry.date)!;
  if (ctx.today && day > ctx.today) {
    report('correction', dateAt, `correction ${n} is dated ${entry.date}, in the future (today is ${ctx.today})`, 'date it when it is made, not before');
  }
}

/** The lead image: known keys only, a src and alt text. */
export function checkImage(image: Record<string, unknown>, fm: Frontmatter, report: Report, position: Position): void {
  reportUnknownKeys(image, imageFields, { path: 'image', what: (key) => `"image.${key}"`, owner: 'an image' }, fm, report, position);
  if (typeof image.src !== 'string' || !image.src.trim()) {
    report('image', position, `the image has no "src"`, 'add src: /images/<file> or an https:// address');
  }
  if (typeof image.alt !== 'string' || !image.alt.trim()) {
    report('alt', position, `the image has no alt text`, 'add alt: "…" describing what the image shows, for readers who cannot see it');
  }
}
