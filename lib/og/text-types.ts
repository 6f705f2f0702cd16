import type { FontStack } from './fonts';

/** What ./text.ts's `setText` takes and gives back (re-exported there). */

export type TextDir = 'rtl' | 'ltr';
export type TextAlign = 'start' | 'center' | 'end';

export interface SetTextOptions {
  text: string;
  /** Fallback order, primary first (see fonts.ts). */
  fonts: FontStack;
  /** Largest font size, px. */
  size: number;
  /** Smallest size to shrink to before ellipsizing; defaults to `size` (no shrinking). */
  minSize?: number;
  /** Most lines allowed; beyond it the size shrinks, then the text ends in "…". */
  maxLines?: number;
  /** Box width, px. */
  width: number;
  /** Paragraph direction: 'rtl' for Arabic pages, 'ltr' for English. */
  dir: TextDir;
  /** BCP 47 language for shaping (localized forms); defaults from dir. */
  lang?: string;
  /** Fill colour (any SVG colour). */
  color?: string;
  /** Line height as a multiple of the size, as CSS `line-height: <number>`. */
  lineHeight?: number;
  /** Inline alignment, relative to dir. */
  align?: TextAlign;
  /** Shrink the box to the widest line (for labels laid out by flexbox). */
  fitWidth?: boolean;
}

export interface SetLine {
  /** UTF-16 range of the line in `SetText.text`, trailing spaces excluded. */
  start: number;
  end: number;
  /** Advance width, px. */
  width: number;
  /** Offset of the line's left edge in the box, px (from dir and align). */
  x: number;
  /** Baseline from the top of the block, px. */
  baseline: number;
  /** Ascent and descent of the primary font at this size, px. */
  ascent: number;
  descent: number;
  /** The line's runs in visual order (left to right): what font set what, at which bidi level. */
  runs: SetRun[];
  /** SVG path data of the line's glyphs, in block coordinates (px, y down). */
  path: string;
}

export interface SetRun {
  /** UTF-16 range in `SetText.text`. */
  start: number;
  end: number;
  /** Bidi level; odd is right-to-left. */
  level: number;
  /** Key of the font that set it (FontSpec.key). */
  font: string;
  glyphs: number;
}

export interface SetText {
  /** The text as set: whitespace collapsed, "…" appended if truncated. */
  text: string;
  /** The font size chosen, px. */
  size: number;
  /** Line pitch, px (in 1/64 px, as Blink lays lines out). */
  lineHeight: number;
  /** Box width and block height (lines × lineHeight), px. */
  width: number;
  height: number;
  lines: SetLine[];
  truncated: boolean;
  /**
   * Margin around the box inside the SVG, px, so that marks and swashes that
   * leave the line box are not clipped. Place the image at (-bleed, -bleed)
   * relative to the box (./image.tsx, TextImage, does this).
   */
  bleed: number;
  svgWidth: number;
  svgHeight: number;
  svg: string;
  /** `data:image/svg+xml;base64,…`, for an <img> in the @vercel/og tree. */
  dataUri: string;
}
