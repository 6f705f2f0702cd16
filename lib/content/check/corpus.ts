import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { localeInfo, locales, siteTimeZone, type Locale } from '../../../i18n/locales';
import { now } from '../../clock/clock.mjs';
import { instantOf } from '../../format/date';
import { calendarDateIn, parseCalendarDate } from '../dates';
import type { Diagnostic } from './diagnostic';
import { hasErrors, sortDiagnostics } from './diagnostic';
import { parseFrontmatter, type Frontmatter } from '../frontmatter';
import type { LinkTarget } from './mdx-rules';
import { briefingLocation, pageLocation } from './location';
import { reporter } from './report';
import { checkBriefingFile, type SourceFile } from './run';
import { publicationState } from '../select';
import { AUTHORS_FILE, SLUG_PATTERN, TOPICS_FILE } from '../schema';
import { parseTopicsFile } from '../topics-file';
import { parseAuthorsFile } from '../authors-file';
import { existingCommits } from '../editors/git-history';
import { checkLiveHistory } from './live-rules';
import { checkTwins } from './translation-rules';

export type FileState = 'published' | 'draft' | 'scheduled' | 'rejected';

/** One file found under content/, with what happens to it. */
export type CorpusFile = {
  path: string;
  state: FileState | 'data';
  /** A site page (content/pages/<locale>/<slug>.mdx) rather than a briefing. */
  page?: boolean;
  /** For a briefing in content/briefings/<locale>/<slug>.mdx. */
  locale?: string;
  slug?: string;
  /** The frontmatter dates when they are valid, YYYY-MM-DD. */
  date?: string | null;
  updated?: string | null;
  /** How many corrections the briefing carries. */
  corrections?: number;
  /** The version this one was translated from, when `translationOf` is well formed. */
  translationOf?: { locale: string; commit: string };
  errors: number;
  warnings: number;
};

export type CorpusReport = {
  /** The calendar date the states were decided on. */
  today: string;
  diagnostics: Diagnostic[];
  /** Every file found under content/: none is left out. */
  files: CorpusFile[];
  ok: boolean;
};

/**
 * Every file under a folder. Hidden files (.gitkeep, .DS_Store) are skipped,
 * except hidden .md/.mdx files: those look like briefings to an editor, so
 * they are reported rather than silently ignored.
 */
function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    if (name.startsWith('.') && !/\.mdx?$/.test(name)) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export type Parsed = SourceFile & {
  location: { locale: Locale; slug: string } | null;
  /** A site page under content/pages/ (not a briefing: no twins, no links to it by slug). */
  page: boolean;
  fm: Frontmatter | null;
  /** What a link to this briefing finds, for located files. */
  target: LinkTarget | null;
};

function linkTarget(fm: Frontmatter | null, today: string): LinkTarget {
  const data = fm?.errors.length === 0 ? (fm.data ?? {}) : {};
  const written = typeof data.date === 'string' ? data.date.trim() : '';
  const date = parseCalendarDate(written) ?? '';
  const state = publicationState({ locale: '', slug: '', topics: [], date: written, draft: data.draft === true }, checkInstant(today));
  return { state, date };
}

/**
 * The instant a check decides publication at: now (the one clock) when
 * `today` is today, as the site would; for another day (`--today`), the
 * end of that day in the site's time zone, so that all of its briefings
 * count as out.
 */
function checkInstant(today: string): number {
  if (today === calendarDateIn(siteTimeZone)) return now();
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return instantOf(next) - 1;
}

/** Two files whose slugs differ only in case: one file on macOS and Windows, and never paired as twins. */
function checkSlugCase(files: Parsed[], out: Diagnostic[]): void {
  const groups = new Map<string, Parsed[]>();
  for (const f of files) {
    if (!f.location || f.page) continue;
    const key = f.location.slug.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [lower, group] of groups) {
    if (new Set(group.map((f) => f.location!.slug)).size < 2) continue;
    for (const f of group) {
      const others = group.filter((o) => o.location!.slug !== f.location!.slug).map((o) => o.path);
      reporter(f.path, out)(
        'slug-case',
        null,
        `this file name differs only in upper/lower case from ${others.join(', ')}: on macOS and Windows they are one file, and twins must have exactly the same name`,
        SLUG_PATTERN.test(lower) ? `name every version ${lower}.mdx, and delete or rename any duplicate` : 'give the files one lower-case name',
      );
    }
  }
}

/** A briefing with no version in another language of the site: allowed, but worth knowing. */
function checkTranslations(files: Parsed[], diagnostics: Diagnostic[]): void {
  files = files.filter((f) => !f.page);
  const present = new Set(files.filter((f) => f.location).map((f) => `${f.location!.locale}/${f.location!.slug}`));
  const failing = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  for (const f of files) {
    // A file with errors is fixed first; the missing twin can wait.
    if (!f.location || failing.has(f.path) || !SLUG_PATTERN.test(f.location.slug)) continue;
    for (const other of locales) {
      if (other === f.location.locale || present.has(`${other}/${f.location.slug}`)) continue;
      const language = localeInfo(other).nativeName;
      reporter(f.path, diagnostics)(
        'translation',
        null,
        `there is no ${other} version (${language}) of this briefing: it appears in ${f.location.locale} only`,
        `add content/briefings/${other}/${f.location.slug}.mdx when it is translated (npm run new:briefing -- ${f.location.slug} --locales ${other})`,
        'warning',
      );
    }
  }
}

/**
 * Runs every rule over a content folder: the one implementation behind
 * `npm run content:check`, `npm run content:status` and the contentlayer
 * build hook.
 *
 * @param root the repository root (paths in diagnostics are relative to it)
 * @param today the calendar date that decides whether a briefing is scheduled
 */
export function checkContent(root: string, today: string): CorpusReport {
  const corpus = collectCorpus(root, today);
  return finishReport(corpus, checkFiles(corpus.parsed, corpus.context));
}

/** The rules of each file, given what they need to know of the rest. */
export function checkFiles(files: readonly Parsed[], context: CorpusContext): Diagnostic[] {
  return files.flatMap((f) => checkBriefingFile(f, context, f.fm));
}

/** What the rules of one file need to know of the rest of content/. */
export type CorpusContext = {
  topicIds: Set<string>;
  authorIds: Set<string>;
  briefings: Map<string, LinkTarget>;
  sitePages: Set<string>;
  today: string;
};

/** Every file of content/, read and parsed, with the context its rules need and the data files' diagnostics. */
export type Corpus = {
  parsed: Parsed[];
  context: CorpusContext;
  diagnostics: Diagnostic[];
  files: CorpusFile[];
  today: string;
  /** The repository root, where git is asked about `translationOf` commits. */
  root?: string;
};

/**
 * The first pass: reads and parses every file once, so that the rules can
 * see the whole corpus (links between briefings, twins, case clashes).
 */
export function collectCorpus(root: string, today: string): Corpus {
  const contentDir = join(root, 'content');
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const files: CorpusFile[] = [];

  /** A data file of content/, parsed, its problems reported and itself counted; null when it is missing. */
  const dataFile = <T extends { diagnostics: Diagnostic[] }>(path: string, parse: (file: string, text: string) => T): T | null => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    const data = parse(rel(path), text);
    diagnostics.push(...data.diagnostics);
    files.push({ path: rel(path), state: 'data', errors: data.diagnostics.length, warnings: 0 });
    return data;
  };

  const topicsPath = join(contentDir, TOPICS_FILE);
  const topicsFile = dataFile(topicsPath, parseTopicsFile);
  if (!topicsFile) {
    diagnostics.push({
      file: rel(topicsPath),
      line: 1,
      column: 1,
      rule: 'topics',
      severity: 'error',
      message: 'the topics file is missing',
      fix: `create content/${TOPICS_FILE} with a \`topics:\` list`,
    });
  }
  const topicIds = new Set(topicsFile?.topics.map((t) => t.id));

  // No authors file: allowed while no briefing names an author (the
  // `author` rule then says where to declare one).
  const authorsPath = join(contentDir, AUTHORS_FILE);
  const authorIds = new Set(dataFile(authorsPath, parseAuthorsFile)?.authors.map((a) => a.id));

  const parsed: Parsed[] = walk(contentDir)
    .filter((p) => p !== topicsPath && p !== authorsPath)
    .sort()
    .map((p) => {
      const path = rel(p);
      const raw = readFileSync(p, 'utf8');
      const asPage = pageLocation(path);
      const at = asPage ?? briefingLocation(path);
      const location = at && (locales as string[]).includes(at.locale) ? { locale: at.locale as Locale, slug: at.slug } : null;
      const fm = location ? parseFrontmatter(raw) : null;
      return { path, raw, location, page: asPage !== null, fm, target: location && !asPage ? linkTarget(fm, today) : null };
    });

  const briefings = new Map<string, LinkTarget>();
  for (const f of parsed) {
    if (f.location && f.target) briefings.set(`${f.location.locale}/${f.location.slug}`, f.target);
  }

  const sitePages = new Set(parsed.filter((f) => f.page && f.location).map((f) => `${f.location!.locale}/${f.location!.slug}`));

  return { parsed, context: { topicIds, authorIds, briefings, sitePages, today }, diagnostics, files, today, root };
}

/** The corpus-wide rules, then each file's state: the report, from the files' own diagnostics. */
export function finishReport(corpus: Corpus, fileDiagnostics: Diagnostic[]): CorpusReport {
  const { parsed, today, files } = corpus;
  const diagnostics = [...corpus.diagnostics, ...fileDiagnostics];
  checkSlugCase(parsed, diagnostics);
  checkTranslations(parsed, diagnostics);
  const root = corpus.root;
  checkTwins(parsed, diagnostics, root ? (commits) => existingCommits(root, commits) : undefined);
  if (root) checkLiveHistory(parsed, root, diagnostics);

  const byFile = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const count = byFile.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') count.errors++;
    else count.warnings++;
    byFile.set(d.file, count);
  }

  for (const f of parsed) {
    const count = byFile.get(f.path) ?? { errors: 0, warnings: 0 };
    const data = f.fm?.errors.length === 0 ? (f.fm.data ?? {}) : {};
    const date = typeof data.date === 'string' ? parseCalendarDate(data.date) : null;
    const updated = typeof data.updated === 'string' ? parseCalendarDate(data.updated) : null;
    if (f.page) {
      files.push({
        path: f.path,
        state: count.errors > 0 || !f.location ? 'rejected' : 'published',
        page: true,
        ...(f.location ? { locale: f.location.locale, slug: f.location.slug, updated } : {}),
        ...count,
      });
      continue;
    }
    const state: FileState = count.errors > 0 || !f.target ? 'rejected' : f.target.state;
    const corrections = Array.isArray(data.corrections) ? data.corrections.length : 0;
    const of = data.translationOf as Record<string, unknown> | undefined;
    const translationOf = of && typeof of.locale === 'string' && typeof of.commit === 'string' ? { locale: of.locale, commit: of.commit.trim() } : undefined;
    files.push({
      path: f.path,
      state,
      ...(f.location
        ? { locale: f.location.locale, slug: f.location.slug, date, updated, ...(corrections ? { corrections } : {}), ...(translationOf ? { translationOf } : {}) }
        : {}),
      ...count,
    });
  }

  sortDiagnostics(diagnostics);
  return { today, diagnostics, files, ok: !hasErrors(diagnostics) };
}
