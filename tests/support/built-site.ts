import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the e2e build holds, read at run time so that tests name no
 * editorial slug: a briefing prerendered as a file, one of the long tail
 * (rendered on its first request), a prerendered topic and site page.
 */
export type BuiltSite = { prerendered: string; longTail: string; topic: string; sitePage: string };

const names = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();

export function builtSite(locale = 'en', root = process.cwd()): BuiltSite {
  const pages = join(root, '.next', 'mawjaz-site', 'pages', locale);
  const prerendered = names(join(pages, 'briefings'));
  const all = (JSON.parse(readFileSync(join(root, '.contentlayer', 'mawjaz', 'briefings.json'), 'utf8')) as { locale: string; slug: string }[]).filter((b) => b.locale === locale).map((b) => b.slug);
  const longTail = all.find((slug) => !prerendered.includes(slug));
  if (!prerendered[0] || !longTail) throw new Error(`the e2e build needs a prerendered and a long-tail briefing in ${locale}`);
  return { prerendered: prerendered[0], longTail, topic: names(join(pages, 'topics'))[0]!, sitePage: names(join(pages, 'pages'))[0]! };
}
