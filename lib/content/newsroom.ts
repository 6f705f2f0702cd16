import type { SitePage } from 'contentlayer/generated';
import { locales, type Locale } from '@/i18n/locales';
import { instantOf } from '@/lib/format/date';
import type { AuthorKind } from './authors-file';
import { readAuthorList, readSitePages } from './build-files';

/**
 * The newsroom's side of the content: who signs briefings (content/authors.yaml),
 * the corrections made to them, and the site's own pages (about, standards,
 * corrections policy, in content/pages/). Re-exported by ./index.ts.
 */

export type { SitePage };
export type Author = { id: string; kind: AuthorKind; name: Record<Locale, string>; bio: Record<Locale, string> };
export type Correction = { date: string; text: string };

/** What these queries read of a briefing (contentlayer's Briefing has it). */
type Signed = { locale: string; slug: string; title: string; date: string; authors?: string[]; corrections?: Correction[] };

// Every card of every list asks for its byline: read the authors once.
let authorsById: Map<string, Author> | null = null;

export function getAuthors(): Author[] {
  authorsById ??= new Map(
    // An absent content/authors.yaml leaves the singleton undefined: no authors.
    (readAuthorList()?.authors ?? []).map((a) => [
      a.id,
      { id: a.id, kind: a.kind === 'person' ? 'person' : 'organization', name: a.name as Record<Locale, string>, bio: a.bio as Record<Locale, string> },
    ]),
  );
  return [...authorsById.values()];
}

export function getAuthor(id: string): Author | null {
  if (!authorsById) getAuthors();
  return authorsById!.get(id) ?? null;
}

/** A briefing's authors, in its order (every id is checked at build time). */
export function getAuthorsOf(briefing: Signed): Author[] {
  return (briefing.authors ?? []).map(getAuthor).filter((a): a is Author => a !== null);
}

/** One language's briefings signed by an author, in the order of `list` (newest first). */
export function briefingsBy<T extends Signed>(list: readonly T[], authorId: string): T[] {
  return list.filter((b) => b.authors?.includes(authorId));
}

/** A briefing's corrections, newest first. */
export function correctionsOf(briefing: Signed): Correction[] {
  return [...(briefing.corrections ?? [])].sort((a, b) => instantOf(b.date) - instantOf(a.date));
}

export type CorrectionEntry<T> = { briefing: T; correction: Correction };

/** Every correction of a list of briefings, newest first (then by slug): the corrections page. */
export function correctionEntries<T extends Signed>(list: readonly T[]): CorrectionEntry<T>[] {
  return list
    .flatMap((briefing) => (briefing.corrections ?? []).map((correction) => ({ briefing, correction })))
    .sort((a, b) => instantOf(b.correction.date) - instantOf(a.correction.date) || a.briefing.slug.localeCompare(b.briefing.slug));
}

/** The site's pages by language and slug. */
export function getSitePage(locale: string, slug: string): SitePage | null {
  return readSitePages().find((p) => p.locale === locale && p.slug === slug) ?? null;
}

export function getSitePages(locale?: Locale): SitePage[] {
  return readSitePages().filter((p) => !locale || p.locale === locale).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The languages a site page exists in, in table order. */
export function getSitePageLocales(slug: string): Locale[] {
  return locales.filter((l) => getSitePage(l, slug) !== null);
}
