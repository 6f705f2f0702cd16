import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatStripError, RuntimeStripError, stripRuntime } from './strip-runtime.mjs';

/**
 * The build's side of ./strip-runtime.mjs: every prerendered page of a
 * `next build` output stripped in place, once, so that no server (`npm
 * start`, bare `next start`, nginx reading the files, the Redis seed of
 * instrumentation.ts) ever has the runtime to send.
 */
export type StripReport = {
  /** Pages whose runtime was taken out (a page already stripped counts too). */
  pages: number;
  /** Their HTML bytes before and after. */
  before: number;
  after: number;
  /** React Server Components payload files emptied (`.rsc` and `.segments/**`). */
  payloads: number;
};

/** A page the build cannot strip: every such page, one line each (`path:line:column: strip-runtime: …`). */
export class StripBuildError extends Error {
  constructor(readonly lines: string[]) {
    super(`${lines.length} page${lines.length === 1 ? '' : 's'} cannot be stripped of Next's client runtime:\n${lines.join('\n')}`);
    this.name = 'StripBuildError';
  }
}

/**
 * The HTML documents Next prerendered under `distDir` (a `.next`): the App
 * Router's pages, and the Pages Router 404/500 copies Next makes of the
 * app's not-found and error pages. Not `server/route-cache`: that is the
 * cache of a server that ran, not the build.
 */
export function prerenderedHtml(distDir: string): string[] {
  const found: string[] = [];
  for (const dir of ['server/app', 'server/pages']) {
    const root = join(distDir, dir);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.html') && !entry.includes('.segments/')) found.push(join(dir, entry));
    }
  }
  return found.sort();
}

/**
 * Empties a stripped page's React Server Components payloads. Only the
 * client router asks for them (`RSC:` requests), and no page ships it any
 * more. They are emptied, not removed: Next's file-system cache treats a
 * page whose `.rsc` is missing as not cached at all and renders it again
 * (next/dist/server/lib/incremental-cache/file-system-cache.js, the
 * APP_PAGE branch of `get`), with the runtime.
 */
function emptyPayloads(htmlPath: string): number {
  const base = htmlPath.replace(/\.html$/, '');
  let emptied = 0;
  const empty = (file: string) => {
    if (statSync(file).size === 0) return;
    truncateSync(file, 0);
    emptied++;
  };
  if (existsSync(`${base}.rsc`)) empty(`${base}.rsc`);
  const segments = `${base}.segments`;
  if (existsSync(segments)) {
    for (const entry of readdirSync(segments, { recursive: true, encoding: 'utf8' })) {
      const file = join(segments, entry);
      if (entry.endsWith('.rsc') && statSync(file).isFile()) empty(file);
    }
  }
  return emptied;
}

/**
 * Strips every prerendered page of `distDir`, and the same pages in each of
 * `copies` (other `.next` folders holding a copy of the build, such as the
 * standalone output's), in place. Throws a StripBuildError naming every
 * page that cannot be stripped, before writing anything.
 *
 * @param display how a path is named in errors (relative to the project).
 */
export function stripBuild(distDir: string, copies: string[] = [], display: (path: string) => string = (p) => p): StripReport {
  const report: StripReport = { pages: 0, before: 0, after: 0, payloads: 0 };
  const errors: string[] = [];
  const writes: { path: string; html: string }[] = [];
  const stripped = new Map<string, { input: string; output: string }>();
  const plan = (path: string, known?: { input: string; output: string }) => {
    const input = notFoundStandIn(path) ?? readFileSync(path, 'utf8');
    try {
      // A copy byte for byte the same as the build's page needs no second parse.
      const output = known && known.input === input ? known.output : stripRuntime(input);
      if (output !== input) writes.push({ path, html: output });
      return { input, output };
    } catch (error) {
      if (!(error instanceof RuntimeStripError)) throw error;
      errors.push(formatStripError(display(path), error));
      return null;
    }
  };
  for (const page of prerenderedHtml(distDir)) {
    const result = plan(join(distDir, page));
    if (!result) continue;
    stripped.set(page, result);
    report.pages++;
    report.before += Buffer.byteLength(result.input);
    report.after += Buffer.byteLength(result.output);
  }
  for (const copy of copies) {
    for (const page of prerenderedHtml(copy)) plan(join(copy, page), stripped.get(page));
  }
  if (errors.length > 0) throw new StripBuildError(errors);
  for (const { path, html } of writes) writeFileSync(path, html);
  for (const dir of [distDir, ...copies]) {
    for (const page of prerenderedHtml(dir)) report.payloads += emptyPayloads(join(dir, page));
  }
  return report;
}

/**
 * A page Next prerendered as a 404 (its `.meta` says so: a topic whose
 * first briefing is still scheduled, lib/content/topics.ts
 * getTopicPagesToBuild) is an empty shell whose text only the client
 * runtime would draw. It is written as the localized 404 document instead,
 * the language's `not-found-view` page (lib/http/not-found-document.ts),
 * which says the same with its text in the HTML. Null for any other page.
 */
export function notFoundStandIn(htmlPath: string): string | null {
  const meta = htmlPath.replace(/\.html$/, '.meta');
  if (!existsSync(meta)) return null;
  let status: unknown;
  try {
    status = (JSON.parse(readFileSync(meta, 'utf8')) as { status?: unknown }).status;
  } catch {
    return null;
  }
  if (status !== 404) return null;
  const match = /^(.*[\\/]server[\\/]app)[\\/]([^\\/]+)[\\/]/.exec(htmlPath);
  if (!match) return null;
  // A lite page's segment (`lite-ar`, lib/routing/lite.ts) has no 404 view of its own: its language's.
  const view = join(match[1]!, match[2]!.replace(/^lite-/, ''), 'not-found-view.html');
  return view !== htmlPath && existsSync(view) ? readFileSync(view, 'utf8') : null;
}

/** `path` relative to `root`, for messages. */
export const relativeTo = (root: string) => (path: string) => relative(root, path);
