import type { Script } from '@/i18n/locales';

/** Each script's `font-family` lists as next/font gives them: the face, then its fallbacks. */
export type ScriptFaces = Record<Script, string[]>;

/** Splits a CSS font-family list at its commas (family names here never contain one). */
function families(list: string): string[] {
  return list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
}

/**
 * A page's font stack: the web faces of its own script, then the web faces
 * of every other script, and only then the primary face's fallbacks (its
 * metric-adjusted Arial, then local and generic faces). Why not
 * `var(--font-arabic), var(--font-latin)`: each next/font variable expands to
 * its face AND its whole fallback list ("'arabic', 'arabic Fallback', 'Noto
 * Naskh Arabic', 'Geeza Pro', sans-serif"), and a fallback in the Arabic list
 * covers Latin, so "H200" in an Arabic headline rendered in Arial (Liberation
 * Sans on Linux) before Inter was ever tried; likewise "العربية" on English
 * pages (DejaVu Sans before Naskh).
 *
 * `faces` holds next/font's `style.fontFamily` of each face: the face's own
 * family first, then its fallbacks.
 */
export function fontStack(primary: Script, faces: ScriptFaces): string {
  const order = [primary, ...(Object.keys(faces) as Script[]).filter((s) => s !== primary)];
  const webFaces = order.flatMap((script) => faces[script].map((list) => families(list)[0]!));
  const fallbacks = faces[primary].flatMap((list) => families(list).slice(1));
  const stack = [...webFaces, ...fallbacks, 'sans-serif'];
  return stack.filter((family, i) => stack.indexOf(family) === i).join(', ');
}
