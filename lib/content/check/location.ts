import { isLocale, locales } from '../../../i18n/locales';
import { AUTHORS_FILE, BRIEFINGS_DIR, PAGES_DIR, SLUG_PATTERN, TOPICS_FILE } from '../schema';
import type { Report } from './report';

/** Where a briefing lives: `content/briefings/<locale>/<slug>.mdx`. */
export type BriefingLocation = { locale: string; slug: string };

export function briefingLocation(path: string): BriefingLocation | null {
  const match = new RegExp(`(?:^|/)content/${BRIEFINGS_DIR}/([^/]+)/([^/]+)\\.mdx$`).exec(path);
  if (!match) return null;
  return { locale: match[1]!, slug: match[2]! };
}

/** Where a site page lives: `content/pages/<locale>/<slug>.mdx`. */
export function pageLocation(path: string): BriefingLocation | null {
  const match = new RegExp(`(?:^|/)content/${PAGES_DIR}/([^/]+)/([^/]+)\\.mdx$`).exec(path);
  if (!match) return null;
  return { locale: match[1]!, slug: match[2]! };
}

/** A kebab-case slug close to what the editor typed: `China_Chips` → `china-chips`. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** Checks where a file under content/ sits and how it is named. */
export function checkLocation(path: string, report: Report): BriefingLocation | null {
  if (path.endsWith(`content/${TOPICS_FILE}`) || path.endsWith(`content/${AUTHORS_FILE}`)) return null;
  const page = pageLocation(path);
  const location = page ?? briefingLocation(path);
  const dir = page ? PAGES_DIR : BRIEFINGS_DIR;
  if (!location) {
    const hint = /\.mdx?$/.test(path) && !path.endsWith('.mdx') ? ' (briefings and pages end in .mdx, not .md)' : '';
    report(
      'location',
      null,
      `this file is not where briefings or site pages live${hint}`,
      `move it to content/${BRIEFINGS_DIR}/{${locales.join(',')}}/<slug>.mdx (a briefing) or content/${PAGES_DIR}/{${locales.join(',')}}/<slug>.mdx (a site page), or delete it`,
    );
    return null;
  }
  if (!isLocale(location.locale)) {
    report(
      'location',
      null,
      `"${location.locale}" is not a language of this site`,
      `move the file into one of content/${dir}/{${locales.join(',')}}/`,
    );
    return null;
  }
  if (!SLUG_PATTERN.test(location.slug)) {
    const suggestion = suggestSlug(location.slug);
    report(
      'slug',
      null,
      `the file name "${location.slug}" is not a valid slug (ASCII lower-case words joined by hyphens)`,
      suggestion ? `rename the file to ${suggestion}.mdx (in both languages)` : 'rename the file with ASCII letters, digits and hyphens',
    );
  }
  return location;
}
