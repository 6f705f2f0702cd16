import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectCorpus, finishReport, checkFiles } from './check/corpus';
import type { Diagnostic } from './check/diagnostic';
import { briefingsOfCorpus } from './briefing-list';
import { PREVIEW_FILE, type Briefing, type PreviewState } from './build-files';

/**
 * The preview's side of ./build-files.ts (`npm run dev`, scripts/dev.ts): after
 * every save under content/, the content check runs over content/ and its
 * result is written to PREVIEW_FILE, which `next dev` reads on the next
 * request instead of contentlayer's output. contentlayer2 dev took 0.2–8 s
 * to regenerate, kept a broken file's old body beside its new frontmatter,
 * and rewrote files a reload could read half-written; this takes
 * milliseconds, and the file is replaced whole (rename), never seen
 * half-written. Never imported by a page.
 */

/**
 * What the preview shows, from one run of the content check: the briefings
 * whose files have no error (a broken one is left out of every list, and
 * its page shows its problems instead), and every diagnostic.
 */
export function previewState(root: string, today: string): PreviewState {
  const corpus = collectCorpus(root, today);
  const report = finishReport(corpus, checkFiles(corpus.parsed, corpus.context));
  const broken = filesWithErrors(report.diagnostics);
  const briefings: Briefing[] = briefingsOfCorpus({ parsed: corpus.parsed.filter((f) => !broken.has(f.path)) });
  const diagnostics: Diagnostic[] = report.diagnostics;
  return { briefings, diagnostics };
}

/** The files (paths relative to the project) that have at least one error: the preview shows their problems instead of them. */
export function filesWithErrors(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
}

/** Writes the preview's state under `root`; returns it. */
export function writePreview(root: string, today: string): PreviewState {
  const state = previewState(root, today);
  const file = join(root, PREVIEW_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
  return state;
}
