import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Face, Font } from 'harfbuzzjs';
import { localeInfo, type Locale, type Script } from '@/i18n/locales';
import { loadHarfBuzz, type HarfBuzz } from './harfbuzz';
import { woffToSfnt } from './woff';

/**
 * The share images use the site's families, from npm: Noto Naskh Arabic for
 * Arabic and Inter for Latin. @fontsource ships them split by subset, as WOFF
 * and WOFF2; HarfBuzz reads neither, so the WOFF 1.0 files are converted back
 * to sfnt in-process (see ./woff.ts).
 */
export type FontWeight = 400 | 700;

export interface FontSpec {
  /** Stable key, also the CSS family name the browser test declares. */
  readonly key: string;
  /** Package subpath of the WOFF 1.0 file. */
  readonly file: string;
  readonly weight: FontWeight;
}

export interface LoadedFont {
  readonly spec: FontSpec;
  /** The HarfBuzz instance that owns face and font. */
  readonly hb: HarfBuzz;
  /** The sfnt bytes (TTF/OTF), reusable by satori. */
  readonly sfnt: Uint8Array;
  readonly face: Face;
  readonly font: Font;
  /** Units per em. */
  readonly upem: number;
  /** hhea/OS2 ascender and descender in font units, both positive. */
  readonly ascender: number;
  readonly descender: number;
  /** Code points the font maps (its cmap). */
  readonly unicodes: ReadonlySet<number>;
}

/** Ordered list of fonts; the first that has a cluster's glyphs sets it, as CSS does. */
export type FontStack = readonly LoadedFont[];

type Family = 'naskh' | 'inter' | 'interExt';

const FILES: Record<Family, (w: FontWeight) => string> = {
  naskh: (w) => `@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${w}-normal.woff`,
  inter: (w) => `@fontsource/inter/files/inter-latin-${w}-normal.woff`,
  // Latin Extended for names such as "Erdoğan" or "Łódź".
  interExt: (w) => `@fontsource/inter/files/inter-latin-ext-${w}-normal.woff`,
};

export function fontSpec(family: Family, weight: FontWeight): FontSpec {
  return { key: `og-${family}-${weight}`, file: FILES[family](weight), weight };
}

/**
 * The families of each script of the locale table, primary first. Arabic
 * cards lead with Naskh, so spaces and Arabic punctuation come from it and
 * Latin words fall back to Inter; Latin cards lead with Inter and fall back
 * to Naskh for Arabic words. A new script needs a row (TypeScript asks).
 */
const SCRIPT_FAMILIES: Record<Script, Family[]> = {
  arabic: ['naskh', 'inter', 'interExt'],
  latin: ['inter', 'interExt', 'naskh'],
};

/** The font stack for a locale, primary font first, from its script. */
export function fontStackSpecs(locale: Locale, weight: FontWeight): FontSpec[] {
  return SCRIPT_FAMILIES[localeInfo(locale).script].map((family) => fontSpec(family, weight));
}

/**
 * Absolute path of a font file in the project's node_modules (it may not
 * exist: readers check). Not `require.resolve`: Turbopack cannot follow a
 * computed specifier and rewrites it, so the build would warn and miss.
 */
export function resolveFontFile(spec: FontSpec): string {
  return join(process.cwd(), 'node_modules', spec.file);
}

async function readFontFile(spec: FontSpec): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(resolveFontFile(spec)));
  } catch {
    return null;
  }
}

async function loadFontUncached(spec: FontSpec): Promise<LoadedFont | null> {
  const [hb, woff] = await Promise.all([loadHarfBuzz(), readFontFile(spec)]);
  if (!hb || !woff) return null;
  const sfnt = woffToSfnt(woff);
  if (!sfnt) return null;
  const face = new hb.Face(new hb.Blob(sfnt));
  const font = new hb.Font(face);
  const extents = font.hExtents();
  return {
    spec,
    hb,
    sfnt,
    face,
    font,
    upem: face.upem,
    ascender: extents.ascender,
    descender: Math.abs(extents.descender),
    unicodes: new Set(face.collectUnicodes()),
  };
}

const cache = new Map<string, Promise<LoadedFont | null>>();

/** Loads a font once per process; null when its file or HarfBuzz is missing. */
export function loadFont(spec: FontSpec): Promise<LoadedFont | null> {
  let entry = cache.get(spec.key);
  if (!entry) {
    entry = loadFontUncached(spec).catch((error: unknown) => {
      console.error(`[og] font ${spec.file} failed to load:`, error);
      return null;
    });
    cache.set(spec.key, entry);
  }
  return entry;
}

/** Loads a stack, skipping fonts that are missing; null when none loads. */
export async function loadFontStack(specs: readonly FontSpec[]): Promise<FontStack | null> {
  const fonts = (await Promise.all(specs.map(loadFont))).filter((f): f is LoadedFont => f !== null);
  return fonts.length > 0 ? fonts : null;
}

/** The stack for a locale and weight (see fontStackSpecs). */
export function localeFontStack(locale: Locale, weight: FontWeight): Promise<FontStack | null> {
  return loadFontStack(fontStackSpecs(locale, weight));
}
