import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary project of the real content and the generated documents of
 * `npm test`'s contentlayer run, for tests that read or write the build's
 * content files. The caller removes it.
 */
export function copyContentProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(process.cwd(), '.contentlayer', 'generated'), join(root, '.contentlayer', 'generated'), { recursive: true });
  return root;
}

/**
 * The id (`briefings/<locale>/<slug>.mdx`) of a briefing of the real content
 * that contentlayer compiled, picked at run time (the first in id order), so
 * that tests of the readers name no real slug and survive its renaming.
 */
export function compiledBriefingId(locale = 'en'): string {
  const index = JSON.parse(readFileSync(join(process.cwd(), '.contentlayer', 'generated', 'Briefing', '_index.json'), 'utf8')) as { _id: string }[];
  const id = index
    .map((b) => b._id)
    .sort()
    .find((i) => i.startsWith(`briefings/${locale}/`));
  if (!id) throw new Error(`no compiled ${locale} briefing in .contentlayer/generated: run npm run content:build`);
  return id;
}

/** A string as a literal part of a regular expression. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
