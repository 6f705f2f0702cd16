import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from './diagnostic';
import { hasErrors, sortDiagnostics } from './diagnostic';
import { parseFrontmatter } from './frontmatter';
import { briefingLocation, checkBriefingFile, type SourceFile } from './rules';
import { TOPICS_FILE } from './schema';
import { parseTopicsFile } from './topics-file';

export type FileState = 'published' | 'draft' | 'scheduled' | 'rejected';

export type CorpusReport = {
  diagnostics: Diagnostic[];
  /** Every file found under content/, with what happens to it. */
  files: { path: string; state: FileState | 'data' }[];
  ok: boolean;
};

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * Runs every rule over a content folder: the one implementation behind both
 * `npm run content:check` and the contentlayer build hook.
 *
 * @param root the repository root (paths in diagnostics are relative to it)
 * @param today the calendar date that decides whether a briefing is scheduled
 */
export function checkContent(root: string, today: string): CorpusReport {
  const contentDir = join(root, 'content');
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const files: CorpusReport['files'] = [];

  const topicsPath = join(contentDir, TOPICS_FILE);
  let topicIds = new Set<string>();
  try {
    const parsed = parseTopicsFile(rel(topicsPath), readFileSync(topicsPath, 'utf8'));
    diagnostics.push(...parsed.diagnostics);
    topicIds = new Set(parsed.topics.map((t) => t.id));
    files.push({ path: rel(topicsPath), state: 'data' });
  } catch {
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

  const sources: SourceFile[] = walk(contentDir)
    .filter((p) => p !== topicsPath)
    .sort()
    .map((p) => ({ path: rel(p), raw: readFileSync(p, 'utf8') }));

  for (const file of sources) {
    const found = checkBriefingFile(file, { topicIds });
    diagnostics.push(...found);
    const rejected = hasErrors(found);
    let state: FileState = 'rejected';
    if (!rejected && briefingLocation(file.path)) {
      const data = parseFrontmatter(file.raw)?.data ?? {};
      state = data.draft === true ? 'draft' : String(data.date) > today ? 'scheduled' : 'published';
    }
    files.push({ path: file.path, state });
  }

  sortDiagnostics(diagnostics);
  return { diagnostics, files, ok: !hasErrors(diagnostics) };
}
