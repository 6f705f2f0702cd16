import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';

const cache = new Map<Locale | 'site', string>();

/**
 * The prerendered HTML of /{locale}/not-found-view, read once from the build
 * output. Returns null where there is none (`next dev` prerenders nothing).
 * 404 path: next.config.mjs (fallback rewrite) → app/[locale]/missing/route.ts → lib/http/not-found-document.ts → app/[locale]/not-found-view/page.tsx → components/layouts/NotFoundView.tsx; app/[locale]/not-found.tsx for notFound() in a page.
 */
export async function notFoundDocument(locale: string, distDir = join(process.cwd(), '.next')): Promise<string | null> {
  const l: Locale = isLocale(locale) ? locale : defaultLocale;
  const hit = cache.get(l);
  if (hit) return hit;
  try {
    const html = await readFile(join(distDir, 'server', 'app', l, 'not-found-view.html'), 'utf8');
    cache.set(l, html);
    return html;
  } catch {
    return null;
  }
}

/**
 * The site-wide 404 (app/not-found.tsx, in every language of the site),
 * prerendered by the build as `.next/server/app/_not-found.html`, read once.
 * For unknown paths outside any locale that the proxy does not redirect
 * (`/.env`, `/wp-login.php`): Next itself would answer them through the
 * `[locale]` route with its error shell, whose text only the client runtime
 * draws. Null where there is none (`next dev`).
 */
export async function siteNotFoundDocument(distDir = join(process.cwd(), '.next')): Promise<string | null> {
  const hit = cache.get('site');
  if (hit) return hit;
  try {
    const html = await readFile(join(distDir, 'server', 'app', '_not-found.html'), 'utf8');
    cache.set('site', html);
    return html;
  } catch {
    return null;
  }
}
