import type { Script } from '@/i18n/locales';

/** Each script's `font-family` lists as next/font gives them: the face, then its fallbacks. */
export type ScriptFaces = Record<Script, string[]>;

const FALLBACK = /fallback['"]?$/i;

/** Splits a CSS font-family list at its top-level commas. */
function families(list: string): string[] {
  return list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
}

/**
 * A page's font stack: the web faces of its own script, then the web faces
 * of every other script, and only then the fallbacks (metric-adjusted Arial,
 * system faces). Why not `var(--font-arabic), var(--font-latin)`: each
 * next/font variable expands to its face AND its fallback list, and Arial in
 * the Arabic list covers Latin, so "H200" in an Arabic headline rendered in
 * Arial (Liberation Sans on Linux) before Inter was ever tried; the same
 * happened to "العربية" on English pages (DejaVu Sans before Naskh).
 */
export function fontStack(primary: Script, faces: ScriptFaces): string {
  const order = [primary, ...(Object.keys(faces) as Script[]).filter((s) => s !== primary)];
  const webFaces: string[] = [];
  const fallbacks: string[] = [];
  for (const script of order) {
    for (const list of faces[script]) {
      for (const family of families(list)) {
        const bucket = FALLBACK.test(family) ? fallbacks : webFaces;
        if (!bucket.includes(family)) bucket.push(family);
      }
    }
  }
  // The primary face's own fallback first: its metrics match the primary face.
  return [...webFaces, ...fallbacks.slice(0, 1), 'sans-serif'].join(', ');
}
