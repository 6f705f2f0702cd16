import { isLocale } from '../../../i18n/locales';
import { parseCalendarDate } from '../dates';
import { parseFrontmatter, type Frontmatter } from '../frontmatter';
import type { Diagnostic } from './diagnostic';
import { checkFields } from './field-rules';
import { checkEncoding, missingFrontmatter } from './file-rules';
import { checkLocation, pageLocation } from './location';
import { pageFields } from '../schema';
import { checkBody, type LinkTarget } from './mdx-rules';
import { reporter, type Report } from './report';
import { checkUpdates } from './live-rules';
import { now as clockNow } from '../../clock/clock.mjs';

/** What the rules need to know about the rest of the content. */
export type RuleContext = {
  topicIds: ReadonlySet<string>;
  /** The ids of content/authors.yaml; without it, every author is unknown. */
  authorIds?: ReadonlySet<string>;
  /** Today's calendar date in the site's zone: a correction dated later is refused. */
  today?: string;
  /**
   * Every briefing of the corpus by `<locale>/<slug>`, for links between
   * briefings. Without it, every such link is reported as broken.
   */
  briefings?: ReadonlyMap<string, LinkTarget>;
  /** Every site page by `<locale>/<slug>`, for links to them; without it, such links are not checked. */
  sitePages?: ReadonlySet<string>;
  /** The instant an update's time may not be after (ms); the clock's now without it. */
  now?: number;
};

export type SourceFile = {
  /** Path relative to the repository root, forward slashes, e.g. `content/briefings/ar/<slug>.mdx`. */
  path: string;
  raw: string;
};

/**
 * All rules for one briefing file. `fm` may be passed when the caller has
 * parsed the file already (the corpus does, to know every briefing's state).
 */
export function checkBriefingFile(file: SourceFile, ctx: RuleContext, parsed?: Frontmatter | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = reporter(file.path, out);
  const location = checkLocation(file.path, report);
  if (!location) return out;
  if (pageLocation(file.path)) return checkPageFile(file, ctx, parsed, location.locale);
  const fm = frontmatterOf(file, parsed, report);
  if (!fm) return out;
  const locale = isLocale(location.locale) ? location.locale : null;
  const data = fm.errors.length === 0 ? (fm.data ?? {}) : {};
  if (fm.errors.length === 0) checkFields(fm, { ...ctx, locale }, report);
  // The body is checked even when the frontmatter is broken: every problem
  // of the file is reported in one run.
  checkBody(
    fm.body,
    fm.bodyLine,
    {
      briefings: ctx.briefings ?? new Map(),
      topicIds: ctx.topicIds,
      isDraft: data.draft === true,
      date: typeof data.date === 'string' ? parseCalendarDate(data.date) : null,
      ...(ctx.sitePages ? { sitePages: ctx.sitePages } : {}),
    },
    (rule, position, message, fix, severity) => report(rule, position, message, fix, severity),
  );
  checkUpdates(fm.body, fm.bodyLine, data, ctx.now ?? clockNow(), report);
  return out;
}

/**
 * A site page (content/pages/<locale>/<slug>.mdx): the same file, YAML and
 * MDX rules as a briefing, against the pages' smaller contract.
 */
function checkPageFile(file: SourceFile, ctx: RuleContext, parsed: Frontmatter | null | undefined, localeCode: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = reporter(file.path, out);
  const fm = frontmatterOf(file, parsed, report);
  if (!fm) return out;
  const locale = isLocale(localeCode) ? localeCode : null;
  if (fm.errors.length === 0) checkFields(fm, { ...ctx, locale }, report, pageFields);
  checkBody(
    fm.body,
    fm.bodyLine,
    { briefings: ctx.briefings ?? new Map(), topicIds: ctx.topicIds, isDraft: false, date: null, ...(ctx.sitePages ? { sitePages: ctx.sitePages } : {}) },
    (rule, position, message, fix, severity) => report(rule, position, message, fix, severity),
  );
  return out;
}

/**
 * A file's frontmatter, with every problem of its encoding, its fences and
 * its YAML reported; null when it has none (and nothing more can be checked).
 */
function frontmatterOf(file: SourceFile, parsed: Frontmatter | null | undefined, report: Report): Frontmatter | null {
  checkEncoding(file.raw, report);
  const fm = parsed === undefined ? parseFrontmatter(file.raw) : parsed;
  if (!fm) {
    const { position, message, fix } = missingFrontmatter(file.raw);
    report('frontmatter', position, message, fix);
    return null;
  }
  for (const error of fm.errors) {
    report('yaml', error.position, `the frontmatter is not valid YAML: ${error.message}`, 'check the indentation, and put titles that contain a colon (:) or start with a quote in "double quotes"');
  }
  return fm;
}
