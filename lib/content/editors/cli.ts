import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { siteTimeZone } from '../../../i18n/locales';
import { checkContent, type CorpusReport } from '../check/corpus';
import type { Briefing } from '../build-files';
import { checkCorpusInParallel } from '../check/parallel';
import { calendarDateIn, parseCalendarDate } from '../dates';
import { changedFilesSince, fileAtCommit, hasUncommittedChanges, lastCommitOf, mergeBase, readLastChanges } from './git-history';
import { formatReport, isOutputFormat, outputFormats, summaryLine, type OutputFormat } from '../check/output';
import { planNewBriefing, writeNewBriefing } from './scaffold';
import { editorMinute } from './scaffold-live';
import { now as clockNow } from '../../clock/clock.mjs';
import { AUTHORS_FILE, TOPICS_FILE } from '../schema';
import { buildStatus, formatStatusJson, formatStatusTable, staleRows } from './status';
import { compareBriefingTexts, sourceChangesSince } from './source-changes';
import { formatStaleComment, formatStaleText, parseNameStatus, staleTranslations } from './stale';
import { parseTopicsFile } from '../topics-file';
import { parseAuthorsFile, type AuthorDeclaration } from '../authors-file';

/**
 * The three editors' commands, as functions from arguments to output and an
 * exit code, so they are tested without spawning processes. scripts/*.ts
 * only print what these return.
 */
export type CliResult = { stdout: string; stderr: string; code: number };
export type CliEnv = { cwd: string; now?: Date };

const usageError = (usage: string, message: string): CliResult => ({ stdout: '', stderr: `${message}\n\nusage: ${usage}`, code: 2 });

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>, allowPositionals = false) {
  try {
    return { ok: true as const, ...parseArgs({ args: argv, options, allowPositionals, strict: true }) };
  } catch (error) {
    return { ok: false as const, message: (error as Error).message };
  }
}

/** --root and --today, shared by the commands (tests and the benchmark point them elsewhere). */
function common(values: Record<string, unknown>, env: CliEnv): { root: string; today: string } | { error: string } {
  const root = resolve(env.cwd, typeof values.root === 'string' ? values.root : '.');
  if (typeof values.today === 'string') {
    const today = parseCalendarDate(values.today);
    return today ? { root, today } : { error: `--today ${values.today} is not a date (YYYY-MM-DD)` };
  }
  return { root, today: calendarDateIn(siteTimeZone, env.now) };
}

const CHECK_USAGE = `npm run content:check -- [--format ${outputFormats.join('|')}] [--quiet-ok] [--root DIR] [--today YYYY-MM-DD]`;

/**
 * `npm run content:check`: every rule over content/, every problem in one
 * run. Exit 1 on any error, 0 otherwise (warnings included), 2 on bad usage.
 * --quiet-ok prints nothing when there is nothing to say (no error, no
 * warning): `npm run build` runs the check first this way, and is then the
 * only place the build reports content problems (see ../check/build-check.ts).
 */
export function runContentCheck(argv: string[], env: CliEnv): CliResult {
  const args = checkArgs(argv, env);
  return 'usage' in args ? args.usage : present(checkContent(args.root, args.today), args);
}

/**
 * The same, for `npm run content:check` and the build: the rules run over
 * the files on every core (../check/parallel.ts), which a build of a large
 * archive waits for. `whenOk` gets, when the check passes, the metadata of
 * every briefing it read: the content index (scripts/content-build.ts).
 */
export async function runContentCheckOnAllCores(argv: string[], env: CliEnv, whenOk?: (briefings: Briefing[]) => void): Promise<CliResult> {
  const args = checkArgs(argv, env);
  if ('usage' in args) return args.usage;
  const { report, briefings } = await checkCorpusInParallel(args.root, args.today);
  if (report.ok) whenOk?.(briefings);
  return present(report, args);
}

type CheckArgs = { root: string; today: string; format: OutputFormat; quietOk: boolean };

function checkArgs(argv: string[], env: CliEnv): CheckArgs | { usage: CliResult } {
  const args = parse(argv, {
    format: { type: 'string', default: 'text' },
    'quiet-ok': { type: 'boolean', default: false },
    root: { type: 'string' },
    today: { type: 'string' },
  });
  if (!args.ok) return { usage: usageError(CHECK_USAGE, args.message) };
  const { format } = args.values;
  if (!isOutputFormat(format)) return { usage: usageError(CHECK_USAGE, `unknown format "${String(format)}"`) };
  const where = common(args.values, env);
  if ('error' in where) return { usage: usageError(CHECK_USAGE, where.error) };
  return { ...where, format, quietOk: args.values['quiet-ok'] === true };
}

function present(report: CorpusReport, { format, quietOk }: CheckArgs): CliResult {
  const code = report.ok ? 0 : 1;
  if (report.diagnostics.length === 0 && quietOk) return { stdout: '', stderr: '', code };
  // The diagnostics (or the JSON) on stdout, to pipe or grep; the summary on stderr.
  return { stdout: formatReport(report, format), stderr: format === 'json' ? '' : summaryLine(report), code };
}

const STATUS_USAGE = 'npm run content:status -- [--format text|json] [--stale] [--root DIR] [--today YYYY-MM-DD]';

/** `npm run content:status`: a report, never a gate, so it exits 0 whatever it finds. */
export function runContentStatus(argv: string[], env: CliEnv): CliResult {
  const args = parse(argv, {
    format: { type: 'string', default: 'text' },
    stale: { type: 'boolean', default: false },
    root: { type: 'string' },
    today: { type: 'string' },
  });
  if (!args.ok) return usageError(STATUS_USAGE, args.message);
  const { format } = args.values;
  if (format !== 'text' && format !== 'json') return usageError(STATUS_USAGE, `unknown format "${String(format)}"`);
  const where = common(args.values, env);
  if ('error' in where) return usageError(STATUS_USAGE, where.error);

  const report = checkContent(where.root, where.today);
  const all = buildStatus(report, readLastChanges(where.root), siteTimeZone, (source, commit) => sourceChangesSince(where.root, source, commit));
  // --stale: only what a translator has to do.
  const rows = args.values.stale ? staleRows(all) : all;
  const stdout = format === 'json' ? formatStatusJson(rows, where.today) : formatStatusTable(rows, where.today, siteTimeZone);
  const stderr = report.ok ? '' : `(some versions are rejected: npm run content:check says why)`;
  return { stdout, stderr, code: 0 };
}

const NEW_USAGE = 'npm run new:briefing -- <slug> [--live] [--locales ar,en] [--topics a,b] [--authors id,…] [--root DIR] [--today YYYY-MM-DD]';

const list = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/** `npm run new:briefing`: writes the template in each language, never over an existing file. */
export function runNewBriefing(argv: string[], env: CliEnv): CliResult {
  const args = parse(
    argv,
    { locales: { type: 'string' }, topics: { type: 'string' }, authors: { type: 'string' }, root: { type: 'string' }, today: { type: 'string' }, live: { type: 'boolean' } },
    true,
  );
  if (!args.ok) return usageError(NEW_USAGE, args.message);
  if (args.positionals.length !== 1) return usageError(NEW_USAGE, args.positionals.length ? 'give exactly one slug' : 'give the slug of the new briefing');
  const where = common(args.values, env);
  if ('error' in where) return usageError(NEW_USAGE, where.error);

  let topicIds = new Set<string>();
  try {
    const path = join(where.root, 'content', TOPICS_FILE);
    topicIds = new Set(parseTopicsFile(path, readFileSync(path, 'utf8')).topics.map((t) => t.id));
  } catch {
    // No topics file: any --topics is refused below, and the check reports the file.
  }
  let authors: AuthorDeclaration[] = [];
  try {
    const path = join(where.root, 'content', AUTHORS_FILE);
    authors = parseAuthorsFile(path, readFileSync(path, 'utf8')).authors;
  } catch {
    // No authors file: the template leaves a placeholder for the byline.
  }
  const plan = planNewBriefing(
    { slug: args.positionals[0]!, locales: list(args.values.locales), topics: list(args.values.topics), authors: list(args.values.authors) },
    {
      root: where.root,
      today: where.today,
      topicIds,
      authors,
      sourceCommit: (path) => ({ commit: lastCommitOf(where.root, path), uncommitted: hasUncommittedChanges(where.root, path) }),
      // A live briefing starts now, to the minute, as an editor writes it (Riyadh time and offset).
      ...(args.values.live === true ? { liveStart: editorMinute(env.now ? env.now.getTime() : clockNow(), siteTimeZone) } : {}),
    },
  );
  if ('error' in plan) return { stdout: '', stderr: `new:briefing: ${plan.error}`, code: 1 };
  try {
    writeNewBriefing(where.root, plan.files);
  } catch (error) {
    return { stdout: '', stderr: `new:briefing: ${(error as Error).message}`, code: 1 };
  }
  const created = plan.files.map((f) => `created ${f.path}`);
  const tied = plan.translationOf;
  return {
    stdout: [
      ...created,
      ...(tied ? [`translationOf: the ${tied.locale} version at commit ${tied.commit.slice(0, 12)} (npm run content:status shows what changes there after it)`] : []),
      ...plan.notes.map((n) => `note: ${n}`),
      '',
      'Next: replace every TODO (npm run content:check lists each one with its line),',
      'then preview with npm run dev. See EDITORS.md.',
    ].join('\n'),
    stderr: '',
    code: 0,
  };
}

const STALE_USAGE = 'npm run translations:stale -- --base <git ref> [--format text|markdown] [--root DIR]';

/**
 * `npm run translations:stale`: the translations the commits since `--base`
 * (a pull request's base branch) leave behind, with what changed in each
 * source. `--format markdown` is the pull-request comment
 * (.github/workflows/translations.yml), and prints nothing when no
 * translation is behind. A report, never a gate: exits 0, or 2 when git
 * does not know the base.
 */
export function runStaleTranslations(argv: string[], env: CliEnv): CliResult {
  const args = parse(argv, { base: { type: 'string' }, format: { type: 'string', default: 'text' }, root: { type: 'string' } });
  if (!args.ok) return usageError(STALE_USAGE, args.message);
  const { format, base } = args.values;
  if (format !== 'text' && format !== 'markdown') return usageError(STALE_USAGE, `unknown format "${String(format)}"`);
  if (typeof base !== 'string' || !base) return usageError(STALE_USAGE, 'give --base: the branch or commit the changes are compared with, e.g. --base origin/main');
  const root = resolve(env.cwd, typeof args.values.root === 'string' ? args.values.root : '.');
  const from = mergeBase(root, base);
  const diff = from && changedFilesSince(root, from);
  if (!from || diff === null || diff === undefined) {
    return { stdout: '', stderr: `translations:stale: git does not know "${base}" here (fetch it, or the whole history: fetch-depth: 0)`, code: 2 };
  }
  const stale = staleTranslations(parseNameStatus(diff), (path) => existsSync(join(root, path)));
  const changes = new Map(
    [...new Set(stale.map((s) => s.source))].map((source) => {
      let now = '';
      try {
        now = readFileSync(join(root, source), 'utf8');
      } catch {
        // Gone from the working copy: compared with nothing.
      }
      return [source, compareBriefingTexts(fileAtCommit(root, from, source) ?? '', now)] as const;
    }),
  );
  return { stdout: format === 'markdown' ? formatStaleComment(stale, changes) : formatStaleText(stale, changes), stderr: '', code: 0 };
}
