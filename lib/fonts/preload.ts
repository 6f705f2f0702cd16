import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The URL next/font gave a face's file in this build
 * (`/_next/static/media/noto_naskh_arabic_subset-s.<hash>.woff2`), found by
 * the start of its name, or null. Why: next/font preloads a face on every
 * page or on none, and an English page must not fetch Naskh (issue 21), nor
 * a lite page any face; app/[locale]/layout.tsx preloads the page's own
 * faces with React's `preload` instead, and without a preload the face came
 * after the first paint and moved the lines (Lighthouse CLS 0.12). The
 * folder is Next's build output (docs/UPGRADING.md); when it is not there
 * (a test rendering a component), no preload, nothing else changes.
 */
export function builtFontUrl(stem: string, dir = join(process.cwd(), '.next', 'static', 'media')): string | null {
  const files = listed(dir);
  const file = files.find((f) => f.startsWith(`${stem}-`) || f.startsWith(`${stem}.`));
  return file && file.endsWith('.woff2') ? `/_next/static/media/${file}` : null;
}

const listings = new Map<string, string[]>();
function listed(dir: string): string[] {
  let files = listings.get(dir);
  if (!files) {
    try {
      files = readdirSync(dir).sort();
    } catch {
      files = [];
    }
    listings.set(dir, files);
  }
  return files;
}
